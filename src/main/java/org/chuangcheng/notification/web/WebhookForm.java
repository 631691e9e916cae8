package org.chuangcheng.notification.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;
import org.chuangcheng.notification.UnitWebhook;
import org.chuangcheng.notification.WebhookFormat;

/** A unit's group robot or webhook, as the office enters it. */
@Getter
@Setter
class WebhookForm {

    @NotNull(message = "{notification.webhook.unit.required}")
    private Long unitId;

    @NotNull(message = "{notification.webhook.format.required}")
    private WebhookFormat format;

    @NotBlank(message = "{notification.webhook.url.invalid}")
    @Size(max = 500, message = "{notification.webhook.url.invalid}")
    @Pattern(regexp = "https?://\\S+", message = "{notification.webhook.url.invalid}")
    private String url;

    @Size(max = 200, message = "{validation.maxSize}")
    private String secret;

    /** The version of the robot being changed; none for a unit that has none yet. */
    private Long version;

    static WebhookForm of(UnitWebhook webhook) {
        WebhookForm form = new WebhookForm();
        form.unitId = webhook.getUnitId();
        form.format = webhook.getFormat();
        form.url = webhook.getUrl();
        form.secret = webhook.getSecret();
        form.version = webhook.getVersion();
        return form;
    }
}
