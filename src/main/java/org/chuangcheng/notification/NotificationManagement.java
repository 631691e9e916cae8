package org.chuangcheng.notification;

import java.time.Clock;
import java.time.LocalTime;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.chuangcheng.shared.Actor;
import org.chuangcheng.shared.NotPermitted;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The bell and its list, each person's channels and quiet hours, and the office's escalation ladder. Everyone
 * reads and marks only her own notifications: another's is "not found".
 */
@Service
@Transactional
@RequiredArgsConstructor
public class NotificationManagement {

    /** Beyond this the bell only says "99+": no need to count further. */
    public static final int UNREAD_CAP = 100;

    private final Notifications notifications;
    private final PreferencesStore preferences;
    private final EscalationSettingsStore settings;
    private final List<NotificationChannel> channels;
    private final Clock clock;
    private final ReminderRun reminders;
    private final org.chuangcheng.calendar.WorkingDayCalendar calendar;
    private final UnitWebhooks unitWebhooks;
    private final org.chuangcheng.shared.UnitDirectory units;

    /** The actor's notifications, newest first. */
    @Transactional(readOnly = true)
    public Page<Notification> inbox(Actor actor, Pageable pageable) {
        return notifications.findByRecipientIdOrderByCreatedAtDescIdDesc(actor.accountId(),
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize()));
    }

    /** The actor's unread notifications, counted up to {@value #UNREAD_CAP} (the bell shows "99+" beyond 99). */
    @Transactional(readOnly = true)
    public long unreadCount(Actor actor) {
        return actor.accountId() == null ? 0 : notifications.countUnreadUpTo(actor.accountId(), UNREAD_CAP);
    }

    /** One of the actor's notifications (a digest's text is read here). */
    @Transactional(readOnly = true)
    public Notification get(Actor actor, Long id) {
        return notifications.findByIdAndRecipientId(id, actor.accountId()).orElseThrow(() -> new NotificationNotFound(id));
    }

    /** Marks one of the actor's notifications read and returns it (to follow its link). */
    public Notification open(Actor actor, Long id) {
        Notification notification = get(actor, id);
        notifications.markRead(actor.accountId(), id, clock.instant());
        return notification;
    }

    public int markAllRead(Actor actor) {
        return notifications.markAllRead(actor.accountId(), clock.instant());
    }

    /** The actor's channels and quiet hours (the defaults until she first saves them). */
    @Transactional(readOnly = true)
    public NotificationPreferences preferences(Actor actor) {
        return preferences.findById(actor.accountId()).orElseGet(() -> NotificationPreferences.defaults(actor.accountId()));
    }

    /** Saves the actor's own choice, in Chinese; {@code expectedVersion} refuses a stale form (0 for a first save). */
    public NotificationPreferences changePreferences(Actor actor, long expectedVersion, String email, boolean byEmail,
            boolean byWebhook, LocalTime quietFrom, LocalTime quietUntil) {
        return changePreferences(actor, expectedVersion, email, byEmail, byWebhook, quietFrom, quietUntil, "zh");
    }

    /**
     * Saves the actor's own choice, with the language ({@code zh} or {@code en}) of her mail and messages;
     * {@code expectedVersion} refuses a stale form (0 for a first save).
     */
    public NotificationPreferences changePreferences(Actor actor, long expectedVersion, String email, boolean byEmail,
            boolean byWebhook, LocalTime quietFrom, LocalTime quietUntil, String language) {
        NotificationPreferences current = preferences.findById(actor.accountId()).orElse(null);
        if (current == null) {
            current = new NotificationPreferences(actor.accountId());
        } else if (current.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(NotificationPreferences.class, actor.accountId());
        }
        if (byEmail && (email == null || email.isBlank())) {
            throw new org.chuangcheng.shared.BusinessRuleException("notification.preferences.emailRequired")
                    .concerning("email");
        }
        if (!NotificationPreferences.LANGUAGES.contains(language)) {
            throw new org.chuangcheng.shared.BusinessRuleException("notification.preferences.language.invalid")
                    .concerning("language");
        }
        current.change(email, byEmail, byWebhook, quietFrom, quietUntil, language);
        return preferences.save(current);
    }

    /** The names of the channels configured on this installation (e-mail only with a mail host, ...). */
    @Transactional(readOnly = true)
    public List<String> enabledChannels() {
        return channels.stream().filter(NotificationChannel::isEnabled).map(NotificationChannel::name).toList();
    }

    /** The units' group robots and webhooks, by unit id. */
    @Transactional(readOnly = true)
    public List<UnitWebhook> unitWebhooks() {
        return unitWebhooks.findAllByOrderByUnitId();
    }

    @Transactional(readOnly = true)
    public java.util.Optional<UnitWebhook> unitWebhook(Long unitId) {
        return unitWebhooks.findById(unitId);
    }

    /**
     * The office (or an administrator) sets a unit's robot or webhook; {@code expectedVersion} is the version of
     * the one being changed (null for a unit that has none), so a stale form is refused.
     */
    public UnitWebhook saveUnitWebhook(Actor actor, Long unitId, Long expectedVersion, WebhookFormat format, String url,
            String secret) {
        if (!actor.isOfficeOrAdmin()) {
            throw new NotPermitted("notification.webhook.denied");
        }
        if (!units.exists(unitId)) {
            throw new org.chuangcheng.shared.BusinessRuleException("notification.webhook.unit.required")
                    .concerning("unitId");
        }
        if (format == null) {
            throw new org.chuangcheng.shared.BusinessRuleException("notification.webhook.format.required")
                    .concerning("format");
        }
        if (url == null || !url.trim().matches("https?://\\S+") || url.trim().length() > 500) {
            throw new org.chuangcheng.shared.BusinessRuleException("notification.webhook.url.invalid").concerning("url");
        }
        UnitWebhook webhook = unitWebhooks.findById(unitId).orElse(null);
        if (webhook == null ? expectedVersion != null
                : expectedVersion == null || webhook.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(UnitWebhook.class, unitId);
        }
        if (webhook == null) {
            webhook = new UnitWebhook(unitId);
        }
        webhook.change(format, url, secret);
        return unitWebhooks.saveAndFlush(webhook);
    }

    public void removeUnitWebhook(Actor actor, Long unitId) {
        if (!actor.isOfficeOrAdmin()) {
            throw new NotPermitted("notification.webhook.denied");
        }
        unitWebhooks.deleteById(unitId);
    }

    @Transactional(readOnly = true)
    public EscalationSettings settings() {
        return settings.current();
    }

    /** The office (or an administrator) sets the ladder. */
    public EscalationSettings changeSettings(Actor actor, long expectedVersion, int liaisonAfter, int headAfter,
            int officeAfter, int dueSoonDays, int monthClosingDays) {
        if (!actor.isOfficeOrAdmin()) {
            throw new NotPermitted("notification.settings.denied");
        }
        EscalationSettings current = settings.current();
        if (current.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(EscalationSettings.class, 1);
        }
        current.change(liaisonAfter, headAfter, officeAfter, dueSoonDays, monthClosingDays);
        return settings.saveAndFlush(current);
    }

    /**
     * Sends today's reminders and digests now (the scheduled job does it every hour of the working day); safe to
     * call again, nothing is sent twice. Returns the number of new notifications.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.NOT_SUPPORTED)
    public int sendTodaysReminders() {
        return reminders.run(calendar.today());
    }
}
