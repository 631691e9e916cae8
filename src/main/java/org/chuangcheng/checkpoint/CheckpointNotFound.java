package org.chuangcheng.checkpoint;

import org.chuangcheng.shared.NotFoundException;

/** No such checkpoint, or one the actor may not see. */
public class CheckpointNotFound extends NotFoundException {

    public CheckpointNotFound(Object id) {
        super("checkpoint", id);
    }
}
