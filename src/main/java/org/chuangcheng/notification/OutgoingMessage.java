package org.chuangcheng.notification;

import java.util.List;

/**
 * A notification as a channel sends it: to whom (name, username, phone, e-mail, unit), the title, the text, and
 * the absolute link to the record, in the recipient's language. {@code mentions}: the phones a group robot's
 * message mentions (the recipient's, or everyone's of the unit whom the same notice reached).
 */
public record OutgoingMessage(Long notificationId, String kind, boolean urgent, String recipientName,
        String username, String phone, String email, String title, String text, String link, Long unitId,
        List<String> mentions) {

    public OutgoingMessage {
        mentions = mentions == null ? List.of() : List.copyOf(mentions);
    }

    OutgoingMessage mentioning(List<String> phones) {
        return new OutgoingMessage(notificationId, kind, urgent, recipientName, username, phone, email, title, text,
                link, unitId, phones);
    }
}
