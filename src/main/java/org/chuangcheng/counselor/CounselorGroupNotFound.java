package org.chuangcheng.counselor;

import org.chuangcheng.shared.NotFoundException;

/** No counselor group has this id. */
public class CounselorGroupNotFound extends NotFoundException {

    public CounselorGroupNotFound(Long id) {
        super("counselor group", id);
    }
}
