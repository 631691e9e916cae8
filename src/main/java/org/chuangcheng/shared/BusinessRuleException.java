package org.chuangcheng.shared;

import lombok.Getter;

/**
 * A request that breaks a rule of the campaign (an illegal step, a duplicate name...). Carries a
 * message key so the user reads the reason in her own language.
 */
@Getter
public class BusinessRuleException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;
    /** The input the rule concerns (a form field's name), or null when it concerns the request as a whole. */
    private String field;

    public BusinessRuleException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }

    /** Names the input this rule concerns, so that a form shows the message next to it ({@link FormErrors}). */
    public BusinessRuleException concerning(String inputName) {
        this.field = inputName;
        return this;
    }
}
