package org.chuangcheng.shared;

import org.chuangcheng.shared.BusinessRuleException;

/** A step the life cycle does not allow now (e.g. closing a problem whose evidence is not submitted). */
public class IllegalStep extends BusinessRuleException {

    public IllegalStep(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
