package org.chuangcheng.ranking;

/** The rates a unit's monthly score is made of (DOMAIN.md "Formulas"). */
public enum RankingComponent {
    /** 整改率: closed / with a deadline, of the problems assigned in the month. */
    RECTIFICATION,
    /** 按期整改率: on time / due, of the same problems. */
    ON_TIME,
    /** 达标率 of the unit's checkpoints, from their latest inspection up to the month's end. */
    COMPLIANCE,
    /** 按期完成率 of the tasks the unit leads that fell due or were closed in the month. */
    TASKS,
    /** 走访率 of the checkpoints the unit answers for: pairings visited by their leader in the month / pairings. */
    VISITS,
    /** 随手拍办结: of the citizen reports submitted in the month and dispatched to the unit, the resolved ones. */
    REPORTS;

    public String messageKey() {
        return "ranking.component." + name();
    }
}
