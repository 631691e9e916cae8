package org.chuangcheng.shared;

/**
 * A record does not exist, or exists but the actor may not see it: both answer 404 so that a
 * liaison typing another unit's URL learns nothing about it.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what, Object id) {
        super(what + " " + id + " not found");
    }
}
