package org.chuangcheng.shared;

import org.springframework.security.access.AccessDeniedException;

/**
 * The actor may not take this step at all (her role or unit), as an aggregate's permission check
 * answers it; a 403 like any other denied access. The message is a bundle key saying why.
 */
public class NotPermitted extends AccessDeniedException {

    public NotPermitted(String messageKey) {
        super(messageKey);
    }
}
