package org.chuangcheng.problem;

import org.chuangcheng.shared.NotFoundException;

/** No such problem, or the actor may not see it. */
public class ProblemNotFound extends NotFoundException {

    public ProblemNotFound(Object id) {
        super("problem", id);
    }
}
