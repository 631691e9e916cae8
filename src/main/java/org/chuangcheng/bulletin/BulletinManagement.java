package org.chuangcheng.bulletin;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.chuangcheng.attachment.AttachmentStore;
import org.chuangcheng.ranking.RankingEdition;
import org.chuangcheng.ranking.RankingManagement;
import org.chuangcheng.rates.Breakdown;
import org.chuangcheng.rates.DashboardFigures;
import org.chuangcheng.rates.RateFilter;
import org.chuangcheng.rates.RateRow;
import org.chuangcheng.rates.TypicalProblem;
import org.chuangcheng.shared.Actor;
import org.chuangcheng.shared.BusinessRuleException;
import org.chuangcheng.shared.NotFoundException;
import org.chuangcheng.shared.Role;
import org.chuangcheng.task.TaskManagement;
import org.springframework.core.io.Resource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Publishes a month's bulletin from its closed ranking (the edition in force) and keeps it: the PDF and
 * .xlsx bytes are stored at publication, so a published bulletin never changes, whatever happens to the data
 * later. One bulletin per edition: after a reopen and re-close, the new edition gets its own. The office
 * publishes; leaders, the office and administrators read and download.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class BulletinManagement {

    static final int TYPICAL = 4;

    private final Bulletins bulletins;
    private final RankingManagement rankings;
    private final DashboardFigures figures;
    private final TaskManagement tasks;
    private final AttachmentStore attachments;
    private final BulletinPdf pdf;
    private final BulletinWorkbook workbook;
    private final BulletinText text;
    private final Clock clock;

    @Transactional(readOnly = true)
    public List<Bulletin> list(Actor actor) {
        requireReader(actor);
        return bulletins.all();
    }

    /** Months whose ranking is closed and whose edition has no bulletin yet. */
    @Transactional(readOnly = true)
    public List<YearMonth> publishable(Actor actor) {
        requireReader(actor);
        return rankings.closedMonths().stream().filter(e -> !bulletins.existsForEdition(e.id()))
                .map(RankingEdition::month).toList();
    }

    public long publish(Actor actor, YearMonth month) {
        if (!actor.is(Role.OFFICE)) {
            throw new AccessDeniedException("bulletin publish");
        }
        RankingEdition edition = rankings.inForce(month)
                .orElseThrow(() -> new BusinessRuleException("bulletin.notClosed", month.toString()));
        if (bulletins.existsForEdition(edition.id())) {
            throw new BusinessRuleException("bulletin.exists", month.toString(), edition.edition());
        }
        RateFilter filter = RateFilter.period(month.atDay(1), month.atEndOfMonth());
        List<RateRow> overdue = figures.breakdown(actor, filter, null, Breakdown.UNIT).stream()
                .filter(r -> r.figures().overdue() > 0)
                .sorted(Comparator.comparingLong((RateRow r) -> r.figures().overdue()).reversed()
                        .thenComparing(RateRow::label))
                .toList();
        List<BulletinContent.Typical> typical = new ArrayList<>();
        for (TypicalProblem t : figures.typical(actor, filter, TYPICAL)) {
            typical.add(new BulletinContent.Typical(t, photo(t.beforeAttachmentId()), photo(t.afterAttachmentId())));
        }
        BulletinContent content = new BulletinContent(month, edition, figures.totals(actor, filter, null),
                tasks.completion(filter.from(), filter.to()).completion(), rankings.entries(edition), overdue, typical);
        String title = text.get("bulletin.doc.title", String.valueOf(month.getYear()), month.getMonthValue());
        return bulletins.insert(edition.id(), month, title, actor, clock.instant(), pdf.render(content),
                workbook.render(content));
    }

    /** The stored file, as published. */
    @Transactional(readOnly = true)
    public byte[] file(Actor actor, long id, boolean asPdf) {
        requireReader(actor);
        return bulletins.file(id, asPdf).orElseThrow(() -> new BulletinNotFound(id));
    }

    @Transactional(readOnly = true)
    public YearMonth month(Actor actor, long id) {
        requireReader(actor);
        return bulletins.month(id).orElseThrow(() -> new BulletinNotFound(id));
    }

    private byte[] photo(Long attachmentId) {
        if (attachmentId == null) {
            return null;
        }
        try {
            Resource resource = attachments.serve(attachmentId, true).content();
            if (resource == null) {
                return null;
            }
            try (InputStream in = resource.getInputStream()) {
                return in.readAllBytes();
            }
        } catch (NotFoundException | IOException e) {
            return null;
        }
    }

    private static void requireReader(Actor actor) {
        if (!(actor.is(Role.LEADER) || actor.is(Role.OFFICE) || actor.is(Role.ADMIN))) {
            throw new AccessDeniedException("bulletins");
        }
    }
}
