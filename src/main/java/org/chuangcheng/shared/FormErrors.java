package org.chuangcheng.shared;

import org.springframework.validation.BindingResult;

/**
 * Shows a broken business rule on the form the user submitted, in her language, instead of an error page. The one
 * way a rule's message reaches a form: the rule names its input ({@link BusinessRuleException#concerning}), the
 * form shows the message next to that input, or above the form when it has no such input.
 */
public final class FormErrors {

    private FormErrors() {
    }

    /** Puts the rule's message next to the input it concerns ({@link BusinessRuleException#getField()}). */
    public static void show(BindingResult errors, BusinessRuleException e) {
        show(errors, e, e.getField());
    }

    /**
     * Puts the rule's message next to {@code field} (for a form whose input has another name than the rule's),
     * above the form when {@code field} is null or the form has no such input.
     */
    public static void show(BindingResult errors, BusinessRuleException e, String field) {
        if (field == null || errors.getFieldType(field) == null) {
            errors.reject(e.getMessageKey(), e.getArguments(), e.getMessageKey());
        } else {
            errors.rejectValue(field, e.getMessageKey(), e.getArguments(), e.getMessageKey());
        }
    }
}
