package org.chuangcheng.notification;

/**
 * A way to reach people outside the application: e-mail, an SMS gateway, a WeCom or DingTalk robot. A channel
 * that is not configured says so and is never asked to send. {@link #send} throws when the message did not get
 * through; the dispatcher then retries it and, after the last attempt, reports it as failed.
 */
public interface NotificationChannel {

    /** The name recorded with each delivery, e.g. {@code EMAIL}. */
    String name();

    /** Whether the channel is configured (a mail host, a webhook address). */
    boolean isEnabled();

    /** Whether the person asked for this channel (and gave what it needs, e.g. an address). */
    boolean isChosenBy(NotificationPreferences preferences);

    /** Whether the channel has a way to reach this account (e.g. a robot for her unit); most always do. */
    default boolean reaches(Long accountId) {
        return true;
    }

    void send(OutgoingMessage message) throws Exception;
}
