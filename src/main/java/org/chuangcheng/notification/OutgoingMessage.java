package org.chuangcheng.notification;

/**
 * A notification as a channel sends it: to whom (name, username, phone, e-mail, unit), the title, the text, and
 * the absolute link to the record, in the recipient's language.
 */
public record OutgoingMessage(Long notificationId, String kind, boolean urgent, String recipientName,
        String username, String phone, String email, String title, String text, String link, Long unitId) {
}
