package org.chuangcheng.security.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;
import org.chuangcheng.security.Account;
import org.chuangcheng.security.StrongPassword;
import org.chuangcheng.shared.Role;

/** An administrator's form for creating and editing an account; the password fields only on creation. */
@Getter
@Setter
class AccountForm {

    private Long id;
    private long version;

    /** Constraints only checked when an account is created: the username and password never change in an edit. */
    interface OnCreate {
    }

    @NotBlank(message = "{validation.notBlank}", groups = OnCreate.class)
    @Size(max = 50, message = "{validation.maxSize}", groups = OnCreate.class)
    @Pattern(regexp = "^$|^[A-Za-z0-9._-]+$", message = "{account.username.pattern}", groups = OnCreate.class)
    private String username;

    @NotBlank(message = "{validation.notBlank}")
    @Size(max = 50, message = "{validation.maxSize}")
    private String displayName;

    @NotNull(message = "{validation.notNull}")
    private Role role;

    private Long unitId;

    @Size(max = 30, message = "{validation.maxSize}")
    @Pattern(regexp = "^$|^[0-9+()\\- ]{5,30}$", message = "{validation.phone}")
    private String phone;

    private boolean enabled = true;

    @StrongPassword(groups = OnCreate.class)
    private String password;

    private String passwordRepeat;

    public boolean isNew() {
        return id == null;
    }

    static AccountForm of(Account account) {
        AccountForm form = new AccountForm();
        form.id = account.getId();
        form.version = account.getVersion();
        form.username = account.getUsername();
        form.displayName = account.getDisplayName();
        form.role = account.getRole();
        form.unitId = account.getUnitId();
        form.phone = account.getPhone();
        form.enabled = account.isEnabled();
        return form;
    }
}
