package org.chuangcheng.bulletin;

import java.time.YearMonth;
import java.util.List;
import org.chuangcheng.ranking.RankingEdition;
import org.chuangcheng.ranking.RankingEntry;
import org.chuangcheng.rates.Figures;
import org.chuangcheng.rates.RateRow;
import org.chuangcheng.rates.TypicalProblem;
import org.chuangcheng.shared.Ratio;

/**
 * What a bulletin says, gathered once when it is published: the month's headline figures, the frozen ranking,
 * the units with overdue problems and a few typical problems with their photos.
 *
 * @param overdueUnits units with overdue problems among those assigned in the month, most first
 */
record BulletinContent(YearMonth month, RankingEdition edition, Figures figures, Ratio taskCompletion,
        List<RankingEntry> ranking, List<RateRow> overdueUnits, List<Typical> typical) {

    /** A typical problem and its photos (thumbnails), either of which may be missing. */
    record Typical(TypicalProblem problem, byte[] before, byte[] after) {
    }
}
