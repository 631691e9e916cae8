package org.chuangcheng.ranking;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Set;

/**
 * One closing of a month (第 n 版): who closed it and why (from the second edition on), whether and why it
 * was reopened, and the settings and definitions (口径) its figures were computed with.
 *
 * @param uncounted the components it did not count: those added after it was closed (走访率 and 随手拍办结率 for the
 *                  editions closed before they existed), whose frozen figures are no measurement
 */
public record RankingEdition(long id, YearMonth month, int edition, Instant closedAt, String closedBy, String reason,
        Instant reopenedAt, String reopenedBy, String reopenReason, RankingSettings settings, String definitions,
        Set<RankingComponent> uncounted) {

    public boolean isInForce() {
        return reopenedAt == null;
    }
}
