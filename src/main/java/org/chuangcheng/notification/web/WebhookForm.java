package org.chuangcheng.notification.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;
import org.chuangcheng.notification.UnitRobot;
import org.chuangcheng.notification.WebhookFormat;

/** A unit's group robot or webhook, as the office enters it. */
@Getter
@Setter
class WebhookForm {

    @NotNull(message = "{notification.webhook.unit.required}")
    private Long unitId;

    @NotNull(message = "{notification.webhook.format.required}")
    private WebhookFormat format;

    /** Blank when editing: the robot keeps its address (which is never sent back to the browser). */
    @Size(max = 500, message = "{notification.webhook.url.invalid}")
    @Pattern(regexp = "(https?://\\S+)?", message = "{notification.webhook.url.invalid}")
    private String url;

    /** Blank keeps the robot's secret. */
    @Size(max = 200, message = "{validation.maxSize}")
    private String secret;

    private boolean removeSecret;

    /** The robot being edited, masked, to tell the office what a blank field keeps. */
    private String maskedUrl;
    private String maskedSecret;

    /** The version of the robot being changed; none for a unit that has none yet. */
    private Long version;

    static WebhookForm of(UnitRobot robot) {
        WebhookForm form = new WebhookForm();
        form.unitId = robot.unitId();
        form.format = robot.format();
        form.version = robot.version();
        form.maskedUrl = robot.maskedUrl();
        form.maskedSecret = robot.maskedSecret();
        return form;
    }
}
