package org.chuangcheng.problem;

import java.util.Arrays;
import java.util.Optional;

/**
 * The named subsets of problems that the rates count and the lists show ({@code GET /problems?scope=...}).
 * The names are a URL contract: dashboards link to them.
 */
public enum ProblemScope {
    /** 交办问题数: every problem not cancelled. */
    ASSIGNED("assigned"),
    /** 设定整改期限数: not cancelled, with a deadline. */
    WITH_DEADLINE("withDeadline"),
    /** 完成整改数: with a deadline and closed. */
    CLOSED("closed"),
    /** With a deadline, and closed or past the deadline: the on-time rate's denominator. */
    DUE("due"),
    /** Closed, and the accepted evidence was submitted on or before the deadline. */
    ON_TIME("onTime"),
    /** 逾期: has a deadline, still open, deadline before today. */
    OVERDUE("overdue"),
    /** Still with the unit or the office: ASSIGNED, SUBMITTED, RETURNED. */
    OPEN("open"),
    /** Open, with two working days or fewer left. */
    DUE_SOON("dueSoon"),
    /** Evidence returned, waiting for the unit. */
    RETURNED("returned"),
    /** Evidence submitted, waiting for the office (the verification queue). */
    PENDING("pending");

    private final String param;

    ProblemScope(String param) {
        this.param = param;
    }

    /** The value used in URLs ({@code scope=...}). Not called param(): Thymeleaf reserves that name. */
    public String urlValue() {
        return param;
    }

    public static Optional<ProblemScope> fromParam(String value) {
        return Arrays.stream(values()).filter(s -> s.param.equals(value)).findFirst();
    }

    public String messageKey() {
        return "problem.scope." + param;
    }
}
