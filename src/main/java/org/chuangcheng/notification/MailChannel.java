package org.chuangcheng.notification;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * E-mail through Spring's mail support. Enabled only when {@code spring.mail.host} is set (Boot then provides
 * the sender); each person gives her address on her notification settings.
 */
@Component
class MailChannel implements NotificationChannel {

    private final ObjectProvider<JavaMailSender> sender;
    private final String from;

    MailChannel(ObjectProvider<JavaMailSender> sender, @Value("${app.notifications.mail-from:chuangcheng@localhost}") String from) {
        this.sender = sender;
        this.from = from;
    }

    @Override
    public String name() {
        return "EMAIL";
    }

    @Override
    public boolean isEnabled() {
        return sender.getIfAvailable() != null;
    }

    @Override
    public boolean isChosenBy(NotificationPreferences preferences) {
        return preferences.isByEmail() && preferences.getEmail() != null;
    }

    @Override
    public void send(OutgoingMessage message) {
        SimpleMailMessage mail = new SimpleMailMessage();
        mail.setFrom(from);
        mail.setTo(message.email());
        mail.setSubject(message.title());
        mail.setText(message.text() + "\n\n" + message.link());
        sender.getObject().send(mail);
    }
}
