package org.chuangcheng.shared;

import org.springframework.validation.BindingResult;

/** Shows a broken business rule on the form the user submitted, in her language, instead of an error page. */
public final class FormErrors {

    private FormErrors() {
    }

    /**
     * Puts the rule's message next to {@code field}, or above the form when the rule concerns no single
     * field ({@code field == null}).
     */
    /**
     * Puts the rule's message next to the input it concerns ({@link BusinessRuleException#getField()})
     * when the form has that input, above the form otherwise.
     */
    public static void show(BindingResult errors, BusinessRuleException e) {
        String field = e.getField();
        show(errors, e, field != null && errors.getFieldType(field) != null ? field : null);
    }

    public static void show(BindingResult errors, BusinessRuleException e, String field) {
        if (field == null) {
            errors.reject(e.getMessageKey(), e.getArguments(), e.getMessageKey());
        } else {
            errors.rejectValue(field, e.getMessageKey(), e.getArguments(), e.getMessageKey());
        }
    }
}
