package org.chuangcheng.ranking;

import java.time.Instant;
import java.time.YearMonth;

/**
 * One closing of a month (第 n 版): who closed it and why (from the second edition on), whether and why it
 * was reopened, and the settings and definitions (口径) its figures were computed with.
 */
public record RankingEdition(long id, YearMonth month, int edition, Instant closedAt, String closedBy, String reason,
        Instant reopenedAt, String reopenedBy, String reopenReason, RankingSettings settings, String definitions) {

    public boolean isInForce() {
        return reopenedAt == null;
    }
}
