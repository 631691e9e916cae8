package org.chuangcheng.attachment;

import org.chuangcheng.shared.BusinessRuleException;

/** An upload that is not an accepted image, or too large. The message key tells the user which. */
public class AttachmentRejected extends BusinessRuleException {

    public AttachmentRejected(String messageKey, Object... arguments) {
        super(messageKey, arguments);
        concerning("photos");
    }
}
