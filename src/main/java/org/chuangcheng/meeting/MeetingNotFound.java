package org.chuangcheng.meeting;

import org.chuangcheng.shared.NotFoundException;

/** No such meeting. */
public class MeetingNotFound extends NotFoundException {

    public MeetingNotFound(Object id) {
        super("meeting", id);
    }
}
