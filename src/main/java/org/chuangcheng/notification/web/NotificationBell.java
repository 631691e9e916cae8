package org.chuangcheng.notification.web;

import lombok.RequiredArgsConstructor;
import org.chuangcheng.notification.NotificationManagement;
import org.chuangcheng.shared.CurrentActor;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The bell's unread count for the navigation bar, rendered with the page (templates call
 * {@code ${@notificationBell.unread()}}): one indexed count, at most once per request however often a page asks,
 * instead of a second request from every page load. The badge then refreshes itself on a timer only.
 */
@Component("notificationBell")
@RequiredArgsConstructor
public class NotificationBell {

    private static final String CACHED = NotificationBell.class.getName() + ".unread";

    private final NotificationManagement notifications;

    /** The signed-in person's unread notifications (capped at {@link NotificationManagement#UNREAD_CAP}); 0 for anonymous. */
    public long unread() {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request != null && request.getAttribute(CACHED, RequestAttributes.SCOPE_REQUEST) instanceof Long cached) {
            return cached;
        }
        long unread = CurrentActor.find().map(notifications::unreadCount).orElse(0L);
        if (request != null) {
            request.setAttribute(CACHED, unread, RequestAttributes.SCOPE_REQUEST);
        }
        return unread;
    }
}
