package org.chuangcheng.notification;

/**
 * A notification as a channel sends it: to whom (name, username, phone, e-mail), the title, the text, and the
 * absolute link to the record.
 */
public record OutgoingMessage(Long notificationId, String kind, boolean urgent, String recipientName,
        String username, String phone, String email, String title, String text, String link) {
}
