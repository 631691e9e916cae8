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
    private final org.chuangcheng.shared.SecretBox box;
    private final org.springframework.context.ApplicationEventPublisher events;

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

    /** The units' group robots and webhooks, by unit id, masked. */
    @Transactional(readOnly = true)
    public List<UnitRobot> unitWebhooks() {
        return unitWebhooks.findAllByOrderByUnitId().stream().map(this::masked).toList();
    }

    @Transactional(readOnly = true)
    public java.util.Optional<UnitRobot> unitWebhook(Long unitId) {
        return unitWebhooks.findById(unitId).map(this::masked);
    }

    /** As {@link #saveUnitWebhook(Actor, Long, Long, WebhookFormat, String, String, boolean)}, keeping the secret. */
    public UnitRobot saveUnitWebhook(Actor actor, Long unitId, Long expectedVersion, WebhookFormat format, String url,
            String secret) {
        return saveUnitWebhook(actor, unitId, expectedVersion, format, url, secret, false);
    }

    /**
     * The office (or an administrator) sets a unit's robot or webhook; {@code expectedVersion} is the version of
     * the one being changed (null for a unit that has none), so a stale form is refused. The address and secret are
     * stored encrypted and never shown again in full: a blank {@code url} or {@code secret} keeps the robot's own
     * (a new robot needs an address), {@code removeSecret} drops the signing secret. The audit log records the change
     * with the last four characters only.
     */
    public UnitRobot saveUnitWebhook(Actor actor, Long unitId, Long expectedVersion, WebhookFormat format, String url,
            String secret, boolean removeSecret) {
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
        UnitWebhook webhook = unitWebhooks.findById(unitId).orElse(null);
        boolean keepUrl = webhook != null && (url == null || url.isBlank());
        if (!keepUrl && (url == null || !url.trim().matches("https?://\\S+") || url.trim().length() > 500)) {
            throw new org.chuangcheng.shared.BusinessRuleException("notification.webhook.url.invalid").concerning("url");
        }
        if (webhook == null ? expectedVersion != null
                : expectedVersion == null || webhook.getVersion() != expectedVersion) {
            throw new ObjectOptimisticLockingFailureException(UnitWebhook.class, unitId);
        }
        boolean created = webhook == null;
        if (created) {
            webhook = new UnitWebhook(unitId);
        }
        String sealedUrl = keepUrl ? webhook.sealedUrl() : box.encrypt(url.trim());
        String sealedSecret = removeSecret ? null
                : secret == null || secret.isBlank() ? webhook.sealedSecret() : box.encrypt(secret.trim());
        webhook.change(format, sealedUrl, sealedSecret);
        UnitRobot saved = masked(unitWebhooks.saveAndFlush(webhook));
        events.publishEvent(org.chuangcheng.shared.AuditEvents.of(actor, created ? "UNIT_WEBHOOK_CREATED"
                : "UNIT_WEBHOOK_CHANGED", "unit " + unitId, "format " + format + "; url " + saved.maskedUrl()
                + (keepUrl ? " (unchanged)" : "") + "; secret " + (saved.signed() ? saved.maskedSecret() : "none")));
        return saved;
    }

    public void removeUnitWebhook(Actor actor, Long unitId) {
        if (!actor.isOfficeOrAdmin()) {
            throw new NotPermitted("notification.webhook.denied");
        }
        if (unitWebhooks.existsById(unitId)) {
            unitWebhooks.deleteById(unitId);
            events.publishEvent(org.chuangcheng.shared.AuditEvents.of(actor, "UNIT_WEBHOOK_REMOVED", "unit " + unitId,
                    null));
        }
    }

    /** The robot as a page may show it; an address that cannot be decrypted (another key) shows as such. */
    private UnitRobot masked(UnitWebhook webhook) {
        return new UnitRobot(webhook.getUnitId(), webhook.getVersion(), webhook.getFormat(),
                maskedAddress(webhook.sealedUrl()), webhook.sealedSecret() == null ? "" : maskedSecret(webhook.sealedSecret()));
    }

    private String maskedAddress(String sealed) {
        try {
            String url = box.decrypt(sealed);
            String host = java.net.URI.create(url).getHost();
            return (host == null ? "" : host + " ") + org.chuangcheng.shared.SecretBox.mask(url);
        } catch (org.chuangcheng.shared.SecretBox.UnreadableSecret | IllegalArgumentException e) {
            return "????";
        }
    }

    private String maskedSecret(String sealed) {
        try {
            return org.chuangcheng.shared.SecretBox.mask(box.decrypt(sealed));
        } catch (org.chuangcheng.shared.SecretBox.UnreadableSecret e) {
            return "????";
        }
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
