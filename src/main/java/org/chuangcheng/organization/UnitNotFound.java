package org.chuangcheng.organization;

import org.chuangcheng.shared.NotFoundException;

/** No such unit, or one the actor may not see. */
public class UnitNotFound extends NotFoundException {

    public UnitNotFound(Object id) {
        super("unit", id);
    }
}
