package org.chuangcheng.notification;

/**
 * A unit's group robot as pages show it: its address and signing secret masked (the last four characters), never
 * in full. {@code maskedSecret} is empty for a robot without signing.
 */
public record UnitRobot(Long unitId, long version, WebhookFormat format, String maskedUrl, String maskedSecret) {

    public boolean signed() {
        return !maskedSecret.isEmpty();
    }
}
