package org.chuangcheng.notification;

import org.chuangcheng.shared.NotFoundException;

/** No such notification, or it is someone else's: both answer 404. */
public class NotificationNotFound extends NotFoundException {

    public NotificationNotFound(Long id) {
        super("notification", id);
    }
}
