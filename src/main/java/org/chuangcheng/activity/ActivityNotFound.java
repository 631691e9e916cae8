package org.chuangcheng.activity;

import org.chuangcheng.shared.NotFoundException;

/** No such activity, or one of another unit for a liaison. */
public class ActivityNotFound extends NotFoundException {

    public ActivityNotFound(Object id) {
        super("volunteer activity", id);
    }
}
