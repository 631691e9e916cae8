package org.chuangcheng.rates;

import org.chuangcheng.shared.BusinessRuleException;

/** A filter the rates cannot be computed for (no period, a period that ends before it starts…). */
public class InvalidRateFilter extends BusinessRuleException {

    public InvalidRateFilter(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
