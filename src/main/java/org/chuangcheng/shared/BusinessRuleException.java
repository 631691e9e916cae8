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

    public BusinessRuleException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments;
    }
}
