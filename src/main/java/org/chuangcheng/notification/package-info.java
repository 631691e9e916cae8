/**
 * Notifications, reminders and escalation: the bell and its list, deadline reminders and the office's
 * escalation ladder, daily and weekly digests, delivered in the application and through channels (e-mail,
 * webhook, log). Driven by the problem and task features' events and by scheduled jobs that run once
 * across instances.
 */
package org.chuangcheng.notification;
