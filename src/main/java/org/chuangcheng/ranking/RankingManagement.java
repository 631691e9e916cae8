package org.chuangcheng.ranking;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.chuangcheng.organization.Unit;
import org.chuangcheng.organization.UnitManagement;
import org.chuangcheng.ranking.RankingCalculator.UnitFigures;
import org.chuangcheng.rates.Breakdown;
import org.chuangcheng.rates.DashboardFigures;
import org.chuangcheng.rates.Figures;
import org.chuangcheng.rates.RateFilter;
import org.chuangcheng.rates.RateRow;
import org.chuangcheng.report.ReportStatistics;
import org.chuangcheng.shared.Actor;
import org.chuangcheng.shared.BusinessRuleException;
import org.chuangcheng.shared.Ratio;
import org.chuangcheng.shared.Role;
import org.chuangcheng.task.CompletionRow;
import org.chuangcheng.task.TaskManagement;
import org.chuangcheng.visit.VisitCompliance;
import org.springframework.context.MessageSource;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The monthly ranking: computed live from the rates, task, visit and citizen-report figures while a month is open, frozen into an
 * edition when the office closes it. Reopening keeps the edition (marked reopened, with the reason); the
 * next close writes a new one, so every published version stays readable. Only the office closes and
 * reopens; only an administrator changes the settings. Leaders, the office and administrators read.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class RankingManagement {

    private final RankingStore store;
    private final DashboardFigures figures;
    private final TaskManagement tasks;
    private final VisitCompliance visits;
    private final ReportStatistics reports;
    private final UnitManagement units;
    private final MessageSource messages;
    private final Clock clock;
    private final org.springframework.context.ApplicationEventPublisher events;

    /** The month's ranking: the edition asked for, else the one in force, else the live figures. */
    @Transactional(readOnly = true)
    public MonthlyRanking ranking(Actor actor, YearMonth month, Integer edition) {
        requireReader(actor);
        List<RankingEdition> editions = store.editions(month);
        RankingEdition shown = edition == null
                ? editions.stream().filter(RankingEdition::isInForce).findFirst().orElse(null)
                : editions.stream().filter(e -> e.edition() == edition).findFirst()
                        .orElseThrow(() -> new RankingNotFound(month + "#" + edition));
        RankingSettings settings = shown == null ? store.settings() : shown.settings();
        List<RankingEntry> entries = shown == null ? live(actor, month, settings)
                : store.entries(shown);
        Map<Long, Integer> before = ranks(actor, month.minusMonths(1));
        List<RankingEntry> withMovement = entries.stream().map(e -> {
            Integer previous = before.get(e.unitId());
            return e.withMovement(previous == null || e.rank() == null ? null : previous - e.rank());
        }).toList();
        return new MonthlyRanking(month, shown, editions, settings, withMovement);
    }

    /** The edition in force for a month, if the month is closed (bulletins are made from it). */
    @Transactional(readOnly = true)
    public java.util.Optional<RankingEdition> inForce(YearMonth month) {
        return store.editions(month).stream().filter(RankingEdition::isInForce).findFirst();
    }

    /** Every edition in force, the latest month first. */
    @Transactional(readOnly = true)
    public List<RankingEdition> closedMonths() {
        return store.editionsInForce();
    }

    /** An edition and its frozen entries. */
    @Transactional(readOnly = true)
    public List<RankingEntry> entries(RankingEdition edition) {
        return store.entries(edition);
    }

    /**
     * Closes a month: freezes the live ranking with the current settings and definitions as its next edition.
     *
     * @param expectedEditions how many editions the closer saw; another number means somebody closed or
     *                         reopened meanwhile (409)
     * @param reason           required from the second edition on (a re-close after a reopen)
     */
    public RankingEdition close(Actor actor, YearMonth month, int expectedEditions, String reason) {
        requireOffice(actor);
        if (!month.isBefore(YearMonth.now(clock))) {
            throw new BusinessRuleException("ranking.close.notEnded", month.toString());
        }
        List<RankingEdition> editions = store.editions(month);
        if (editions.size() != expectedEditions || editions.stream().anyMatch(RankingEdition::isInForce)) {
            throw new ObjectOptimisticLockingFailureException(RankingEdition.class, month.toString());
        }
        String why = reason == null || reason.isBlank() ? null : reason.trim();
        if (!editions.isEmpty() && why == null) {
            throw new BusinessRuleException("ranking.close.reasonRequired");
        }
        RankingSettings settings = store.settings();
        List<RankingEntry> entries = live(actor, month, settings);
        int edition = editions.size() + 1;
        long id = store.insertEdition(month, edition, actor, clock.instant(), why, settings, definitions(settings));
        store.insertEntries(id, entries);
        events.publishEvent(org.chuangcheng.shared.AuditEvents.of(actor, "RANKING_CLOSED", "ranking " + month,
                "state open → closed, edition " + edition + (why == null ? "" : "; reason " + why)));
        return store.edition(id);
    }

    /** Reopens a closed month, with a reason; its edition is kept and shown as reopened. */
    public void reopen(Actor actor, YearMonth month, int expectedEditions, String reason) {
        requireOffice(actor);
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("ranking.reopen.reasonRequired");
        }
        List<RankingEdition> editions = store.editions(month);
        if (editions.size() != expectedEditions
                || !store.reopen(month, editions.size(), actor, clock.instant(), reason.trim())) {
            throw new ObjectOptimisticLockingFailureException(RankingEdition.class, month.toString());
        }
        events.publishEvent(org.chuangcheng.shared.AuditEvents.of(actor, "RANKING_REOPENED", "ranking " + month,
                "state closed → reopened, edition " + editions.size() + "; reason " + reason.trim()));
    }

    @Transactional(readOnly = true)
    public RankingSettings settings() {
        return store.settings();
    }

    /** Changes the weights and minimum sample; closed editions keep the ones they were closed with. */
    public void updateSettings(Actor actor, long expectedVersion, int minSample,
            Map<RankingComponent, BigDecimal> weights) {
        if (!actor.is(Role.ADMIN)) {
            throw new AccessDeniedException("ranking settings");
        }
        if (minSample < 1 || minSample > 1000) {
            throw new BusinessRuleException("ranking.settings.minSample");
        }
        BigDecimal total = BigDecimal.ZERO;
        for (RankingComponent c : RankingComponent.values()) {
            BigDecimal w = weights.get(c);
            if (w == null || w.signum() < 0 || w.compareTo(BigDecimal.valueOf(100)) > 0 || w.scale() > 2) {
                throw new BusinessRuleException("ranking.settings.weight");
            }
            total = total.add(w);
        }
        if (total.signum() == 0) {
            throw new BusinessRuleException("ranking.settings.allZero");
        }
        RankingSettings before = store.settings();
        if (!store.updateSettings(expectedVersion, minSample, weights, actor, clock.instant())) {
            throw new ObjectOptimisticLockingFailureException(RankingSettings.class, 1L);
        }
        events.publishEvent(org.chuangcheng.shared.AuditEvents.of(actor, "SETTINGS_CHANGED", "ranking",
                "minSample " + before.minSample() + " → " + minSample + ", weights " + new java.util.EnumMap<>(before.weights())
                + " → " + new java.util.EnumMap<>(weights)));
    }

    /** Ranks of the month (its edition in force, else live), by unit. */
    private Map<Long, Integer> ranks(Actor actor, YearMonth month) {
        List<RankingEntry> entries = inForce(month).map(this::entries)
                .orElseGet(() -> live(actor, month, store.settings()));
        Map<Long, Integer> ranks = new HashMap<>();
        entries.stream().filter(e -> e.rank() != null).forEach(e -> ranks.put(e.unitId(), e.rank()));
        return ranks;
    }

    /** The month computed now: units with at least one item in any component, ranked within their type. */
    List<RankingEntry> live(Actor actor, YearMonth month, RankingSettings settings) {
        LocalDate from = month.atDay(1);
        LocalDate to = month.atEndOfMonth();
        Map<Long, Figures> problems = new HashMap<>();
        for (RateRow row : figures.breakdown(actor, RateFilter.period(from, to), null, Breakdown.UNIT)) {
            problems.put(Long.valueOf(row.key()), row.figures());
        }
        Map<Long, Ratio> taskRates = tasks.completionByUnit(from, to).stream()
                .collect(Collectors.toMap(CompletionRow::id, CompletionRow::onTime, (a, b) -> a));
        Map<Long, Ratio> visitRates = visits.byUnit(month).stream()
                .collect(Collectors.toMap(VisitCompliance.Row::id, VisitCompliance.Row::rate, (a, b) -> a));
        Map<Long, Ratio> reportRates = reports.handling(from, to).stream()
                .collect(Collectors.groupingBy(ReportStatistics.Handling::unitId, Collectors.collectingAndThen(
                        Collectors.toList(), ReportStatistics.Handling::rate)));
        List<UnitFigures> candidates = new ArrayList<>();
        for (Unit unit : units.active()) {
            Figures f = problems.getOrDefault(unit.getId(), Figures.NONE);
            Map<RankingComponent, Ratio> components = new EnumMap<>(RankingComponent.class);
            components.put(RankingComponent.RECTIFICATION, f.rectificationRate());
            components.put(RankingComponent.ON_TIME, f.onTimeRate());
            components.put(RankingComponent.COMPLIANCE, f.compliance());
            components.put(RankingComponent.TASKS, taskRates.getOrDefault(unit.getId(), new Ratio(0, 0)));
            components.put(RankingComponent.VISITS, visitRates.getOrDefault(unit.getId(), new Ratio(0, 0)));
            components.put(RankingComponent.REPORTS, reportRates.getOrDefault(unit.getId(), new Ratio(0, 0)));
            if (components.values().stream().anyMatch(Ratio::isDefined)) {
                candidates.add(new UnitFigures(unit.getId(), unit.getLabel(), unit.getType().name(), Map.copyOf(components)));
            }
        }
        return RankingCalculator.rank(candidates, settings);
    }

    /** The definitions (口径) an edition is closed with, stored in Chinese with the weights spelled out. */
    private String definitions(RankingSettings s) {
        return messages.getMessage("ranking.definitions", new Object[] {
                s.weight(RankingComponent.RECTIFICATION).toPlainString(), s.weight(RankingComponent.ON_TIME).toPlainString(),
                s.weight(RankingComponent.COMPLIANCE).toPlainString(), s.weight(RankingComponent.TASKS).toPlainString(),
                s.minSample(), s.weight(RankingComponent.VISITS).toPlainString(),
                s.weight(RankingComponent.REPORTS).toPlainString()}, Locale.SIMPLIFIED_CHINESE);
    }

    private static void requireReader(Actor actor) {
        if (!(actor.is(Role.LEADER) || actor.is(Role.OFFICE) || actor.is(Role.ADMIN))) {
            throw new AccessDeniedException("ranking");
        }
    }

    private static void requireOffice(Actor actor) {
        if (!actor.is(Role.OFFICE)) {
            throw new AccessDeniedException("ranking close");
        }
    }
}
