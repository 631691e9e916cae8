package org.chuangcheng.problem.web;

import lombok.RequiredArgsConstructor;
import org.chuangcheng.problem.ProblemCounts;
import org.chuangcheng.problem.ProblemManagement;
import org.chuangcheng.shared.CurrentActor;
import org.springframework.stereotype.Component;

/** The home page's problem figures for the signed-in user: {@code ${@problemCards.mine()}}. */
@Component("problemCards")
@RequiredArgsConstructor
class ProblemCards {

    private final ProblemManagement problems;

    public ProblemCounts mine() {
        return problems.counts(CurrentActor.get());
    }
}
