package org.chuangcheng.notification.web;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Size;
import java.time.LocalTime;
import lombok.Getter;
import lombok.Setter;
import org.chuangcheng.notification.NotificationPreferences;
import org.springframework.format.annotation.DateTimeFormat;

/** One's own channels and quiet hours. */
@Getter
@Setter
class PreferencesForm {

    private long version;

    @Email(message = "{notification.preferences.email.invalid}")
    @Size(max = 200, message = "{notification.preferences.email.invalid}")
    private String email;

    private boolean byEmail;

    private boolean byWebhook;

    @jakarta.validation.constraints.Pattern(regexp = "zh|en", message = "{notification.preferences.language.invalid}")
    private String language = "zh";

    @DateTimeFormat(pattern = "HH:mm")
    private LocalTime quietFrom;

    @DateTimeFormat(pattern = "HH:mm")
    private LocalTime quietUntil;

    static PreferencesForm of(NotificationPreferences preferences) {
        PreferencesForm form = new PreferencesForm();
        form.version = preferences.getVersion();
        form.email = preferences.getEmail();
        form.byEmail = preferences.isByEmail();
        form.byWebhook = preferences.isByWebhook();
        form.quietFrom = preferences.getQuietFrom();
        form.quietUntil = preferences.getQuietUntil();
        form.language = preferences.getLanguage();
        return form;
    }
}
