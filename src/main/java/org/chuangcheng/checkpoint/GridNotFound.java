package org.chuangcheng.checkpoint;

import org.chuangcheng.shared.NotFoundException;

/** No such grid. */
public class GridNotFound extends NotFoundException {

    public GridNotFound(Object id) {
        super("grid", id);
    }
}
