package org.chuangcheng.task;

import org.chuangcheng.shared.BusinessRuleException;

/**
 * A step that is allowed but unusual (a quantity above the target, a close below it): it goes ahead once the
 * user confirms it, so a form shows the message with a confirmation instead of a plain refusal.
 */
public class ConfirmationNeeded extends BusinessRuleException {

    public ConfirmationNeeded(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
