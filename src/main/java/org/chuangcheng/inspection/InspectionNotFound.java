package org.chuangcheng.inspection;

import org.chuangcheng.shared.NotFoundException;

/** No such inspection, or the actor may not see it. */
public class InspectionNotFound extends NotFoundException {

    public InspectionNotFound(Object id) {
        super("inspection", id);
    }
}
