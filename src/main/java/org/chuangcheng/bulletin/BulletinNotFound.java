package org.chuangcheng.bulletin;

import org.chuangcheng.shared.NotFoundException;

/** No such bulletin. */
public class BulletinNotFound extends NotFoundException {

    public BulletinNotFound(Object id) {
        super("bulletin", id);
    }
}
