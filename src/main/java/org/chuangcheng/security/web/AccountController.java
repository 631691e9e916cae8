package org.chuangcheng.security.web;

import org.chuangcheng.shared.Paging;
import org.chuangcheng.shared.FormErrors;
import jakarta.validation.Valid;
import jakarta.validation.groups.Default;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.chuangcheng.security.Account;
import org.chuangcheng.security.AccountManagement;
import org.chuangcheng.shared.BusinessRuleException;
import org.chuangcheng.shared.CurrentActor;
import org.chuangcheng.shared.Role;
import org.chuangcheng.shared.UnitDirectory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PageableDefault;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Account administration: list, create, edit, reset a forgotten password, lift a lock. The security
 * administrator uses the same pages for roles, enabling and locks, and to appoint and reset the officers
 * (AccountManagement decides who may do what to whom); other accounts are the system administrator's.
 */
@Controller
@RequestMapping("/admin/accounts")
@PreAuthorize("hasAnyRole('ADMIN','SECURITY')")
@RequiredArgsConstructor
class AccountController {

    private static final String FORM = "security/form";

    private final AccountManagement accounts;
    private final UnitDirectory units;
    private final Clock clock;

    /** The security administrator appoints officers only; the system administrator sees every role. */
    @ModelAttribute("roles")
    Role[] roles() {
        return CurrentActor.get().is(Role.SECURITY)
                ? java.util.Arrays.stream(Role.values()).filter(Role::isGuardedOfficer).toArray(Role[]::new)
                : Role.values();
    }

    @ModelAttribute("unitOptions")
    List<UnitDirectory.Option> unitOptions() {
        return units.activeUnits();
    }

    @GetMapping
    String list(@RequestParam(required = false) Role role, @RequestParam(required = false) String q,
            @PageableDefault(size = 20, sort = "username") Pageable pageable, Model model) {
        // never by a column that is not shown: sorting by the password hash would leak it bit by bit
        Page<Account> page = accounts.search(role, q,
                Paging.restrict(pageable, java.util.Set.of("username", "displayName"), Sort.by("username")));
        Map<Long, String> unitNames = new HashMap<>();
        page.forEach(a -> {
            if (a.getUnitId() != null) {
                unitNames.computeIfAbsent(a.getUnitId(), id -> units.nameOf(id).orElse(""));
            }
        });
        model.addAttribute("page", page);
        model.addAttribute("lockedIds", accounts.lockedAmong(page.getContent()));
        model.addAttribute("unitNames", unitNames);
        model.addAttribute("now", clock.instant());
        model.addAttribute("role", role);
        model.addAttribute("q", q);
        model.addAttribute("sort", currentSort(page.getSort()));
        return "security/list";
    }

    @GetMapping("/new")
    String createForm(Model model) {
        model.addAttribute("accountForm", new AccountForm());
        return FORM;
    }

    @PostMapping
    String create(@Validated({Default.class, AccountForm.OnCreate.class}) @ModelAttribute("accountForm") AccountForm form, BindingResult result,
            RedirectAttributes redirect) {
        form.setId(null);
        if (form.getPassword() == null || form.getPassword().isEmpty()) {
            result.rejectValue("password", "validation.notBlank");
        } else if (!form.getPassword().equals(form.getPasswordRepeat())) {
            result.rejectValue("passwordRepeat", "password.repeat.mismatch");
        }
        checkUnit(form, result);
        if (result.hasErrors()) {
            return FORM;
        }
        try {
            Account account = accounts.create(CurrentActor.get(), form.getUsername(), form.getPassword(), form.getDisplayName(),
                    form.getRole(), form.getUnitId(), form.getPhone());
            redirect.addFlashAttribute("success", "account.created");
            return "redirect:/admin/accounts?q=" + account.getUsername();
        } catch (BusinessRuleException e) {
            reject(result, e);
            return FORM;
        }
    }

    @GetMapping("/{id}/edit")
    String editForm(@PathVariable Long id, Model model) {
        Account account = accounts.get(id);
        model.addAttribute("accountForm", AccountForm.of(account));
        showAccount(account, model);
        return FORM;
    }

    @PostMapping("/{id}")
    String update(@PathVariable Long id, @Valid @ModelAttribute("accountForm") AccountForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        Account account = accounts.get(id);
        form.setId(id);
        form.setUsername(account.getUsername()); // the username never changes
        checkUnit(form, result);
        if (result.hasErrors()) {
            showAccount(account, model);
            return FORM;
        }
        try {
            accounts.update(CurrentActor.get(), id, form.getVersion(), form.getDisplayName(), form.getRole(),
                    form.getUnitId(), form.getPhone(), form.isEnabled());
            redirect.addFlashAttribute("success", "account.saved");
            return "redirect:/admin/accounts/" + id + "/edit";
        } catch (BusinessRuleException e) {
            reject(result, e);
            showAccount(account, model);
            return FORM;
        }
    }

    @GetMapping("/{id}/password")
    String resetForm(@PathVariable Long id, Model model) {
        model.addAttribute("account", resettable(id));
        model.addAttribute("passwordForm", new PasswordForm());
        return "security/reset";
    }

    @PostMapping("/{id}/password")
    String reset(@PathVariable Long id, @Valid @ModelAttribute("passwordForm") PasswordForm form,
            BindingResult result, Model model, RedirectAttributes redirect) {
        Account account = resettable(id);
        if (form.repeatDiffers()) {
            result.rejectValue("repeatPassword", "password.repeat.mismatch");
        }
        if (!result.hasErrors()) {
            try {
                accounts.resetPassword(CurrentActor.get(), id, form.getNewPassword());
                redirect.addFlashAttribute("success", "account.passwordReset");
                return "redirect:/admin/accounts/" + id + "/edit";
            } catch (BusinessRuleException e) {
                FormErrors.show(result, e);
            }
        }
        model.addAttribute("account", account);
        return "security/reset";
    }

    /** The account, if the signed-in officer may reset its password (else 403: it is the other officer's). */
    private Account resettable(Long id) {
        Account account = accounts.get(id);
        if (!accounts.mayResetPassword(CurrentActor.get(), account)) {
            throw new org.springframework.security.access.AccessDeniedException("reset by the other officer");
        }
        return account;
    }

    private void showAccount(Account account, Model model) {
        model.addAttribute("account", account);
        model.addAttribute("signIn", accounts.signInState(account));
        model.addAttribute("mayResetPassword", accounts.mayResetPassword(CurrentActor.get(), account));
        model.addAttribute("now", clock.instant());
    }

    @PostMapping("/{id}/unlock")
    String unlock(@PathVariable Long id, RedirectAttributes redirect) {
        accounts.unlock(id);
        redirect.addFlashAttribute("success", "account.unlocked");
        return "redirect:/admin/accounts/" + id + "/edit";
    }

    private static void checkUnit(AccountForm form, BindingResult result) {
        if (form.getRole() == Role.LIAISON && form.getUnitId() == null) {
            result.rejectValue("unitId", "account.unit.requiredForLiaison");
        }
    }

    /** The account form calls the new password's input "password" (the rule names it "newPassword"). */
    private static void reject(BindingResult result, BusinessRuleException e) {
        FormErrors.show(result, e, "newPassword".equals(e.getField()) ? "password" : e.getField());
    }

    private static String currentSort(Sort sort) {
        return sort.stream().findFirst()
                .map(o -> o.getProperty() + "," + o.getDirection().name().toLowerCase())
                .orElse("");
    }
}
