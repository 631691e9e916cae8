package org.chuangcheng.security.web;

import jakarta.validation.constraints.NotBlank;
import lombok.Getter;
import lombok.Setter;
import org.chuangcheng.security.StrongPassword;

/** A new password typed twice: the own-password change and an administrator's reset. */
@Getter
@Setter
class PasswordForm {

    /** Only for the own-password change: proves the person at the keyboard is the account holder. */
    private String currentPassword;

    @NotBlank(message = "{validation.notBlank}")
    @StrongPassword
    private String newPassword;

    @NotBlank(message = "{validation.notBlank}")
    private String repeatPassword;

    public boolean repeatDiffers() {
        return newPassword != null && repeatPassword != null && !repeatPassword.isEmpty()
                && !newPassword.equals(repeatPassword);
    }
}
