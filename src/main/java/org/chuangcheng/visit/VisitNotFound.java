package org.chuangcheng.visit;

import org.chuangcheng.shared.NotFoundException;

/** No such visit, or one the actor may not see. */
public class VisitNotFound extends NotFoundException {

    public VisitNotFound(Object id) {
        super("visit", id);
    }
}
