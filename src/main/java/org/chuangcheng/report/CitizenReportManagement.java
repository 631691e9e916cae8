package org.chuangcheng.report;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import lombok.RequiredArgsConstructor;
import org.chuangcheng.attachment.Attachment;
import org.chuangcheng.attachment.AttachmentFile;
import org.chuangcheng.attachment.AttachmentStore;
import org.chuangcheng.calendar.WorkingDayCalendar;
import org.chuangcheng.checkpoint.Checkpoint;
import org.chuangcheng.checkpoint.CheckpointManagement;
import org.chuangcheng.problem.DeadlinePolicy;
import org.chuangcheng.problem.NewProblem;
import org.chuangcheng.problem.Problem;
import org.chuangcheng.problem.ProblemFilter;
import org.chuangcheng.problem.ProblemManagement;
import org.chuangcheng.problem.ProblemOrigin;
import org.chuangcheng.problem.ProblemScope;
import org.chuangcheng.problem.ProblemSeverity;
import org.chuangcheng.security.Account;
import org.chuangcheng.security.AccountManagement;
import org.chuangcheng.shared.Actor;
import org.chuangcheng.shared.BusinessRuleException;
import org.chuangcheng.shared.IllegalStep;
import org.chuangcheng.shared.Moment;
import org.chuangcheng.shared.NotFoundException;
import org.chuangcheng.shared.NotPermitted;
import org.chuangcheng.shared.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Citizen reports: the public API of the channel. Citizens submit and follow a ticket without an account;
 * the office (and only the office) reviews, merges, dispatches into the rectification loop and replies;
 * leaders and administrators read. Problems come to be only through {@link ProblemManagement}; that they
 * were closed or cancelled arrives as its events ({@link ReportProgress}).
 */
@Service
@Transactional
@RequiredArgsConstructor
public class CitizenReportManagement {

    static final String CITIZEN_ACCOUNT = "citizen-reports";
    static final int MAX_PHOTOS = 4;

    private final CitizenReports reports;
    private final ReportCategories categories;
    private final RoutingRules rules;
    private final RewardManagement rewards;
    private final AttachmentStore attachments;
    private final AccountManagement accounts;
    private final CheckpointManagement checkpoints;
    private final ProblemManagement problems;
    private final DeadlinePolicy deadlines;
    private final WorkingDayCalendar calendar;
    private final ReportSettings settings;
    private final Clock clock;
    private final org.springframework.context.MessageSource messages;
    private final org.springframework.context.ApplicationEventPublisher events;

    // ---- the public side ----

    @Transactional(readOnly = true)
    public List<ReportCategory> activeCategories() {
        return categories.findByActiveTrueOrderBySortOrderAscIdAsc();
    }

    @Transactional(readOnly = true)
    public List<ReportCategory> allCategories() {
        return categories.findAllByOrderBySortOrderAscIdAsc();
    }

    @Transactional(readOnly = true)
    public Optional<ReportCategory> categoryByCode(String serviceCode) {
        return categories.findByServiceCode(serviceCode);
    }

    /**
     * A citizen's report, with its photos, from {@code clientAddress}. Refused (nothing stored) when that
     * address sent too many reports lately, the phone is not a mobile number, or a photo is not an image.
     */
    public CitizenReport submit(NewReport details, List<MultipartFile> photos, String clientAddress,
            ReportSource source) {
        return submit(details, photos, clientAddress, source, null);
    }

    /** As {@link #submit(NewReport, List, String, ReportSource)}, with a link to a photo the client hosts. */
    public CitizenReport submit(NewReport details, List<MultipartFile> photos, String clientAddress,
            ReportSource source, String mediaUrl) {
        if (mediaUrl != null && !mediaUrl.isBlank()
                && (mediaUrl.trim().length() > 500 || !mediaUrl.trim().matches("https?://\\S+"))) {
            throw new IllegalStep("report.mediaUrl.invalid").concerning("mediaUrl");
        }
        Instant now = clock.instant();
        requireWithinLimits(clientAddress, now);
        List<MultipartFile> present = photos == null ? List.of()
                : photos.stream().filter(f -> f != null && !f.isEmpty()).toList();
        if (present.size() > MAX_PHOTOS) {
            throw new BusinessRuleException("report.photos.tooMany", MAX_PHOTOS).concerning("photos");
        }
        ReportCategory category = details.categoryId() == null ? null
                : categories.findById(details.categoryId()).orElse(null);
        if (category == null) {
            throw new IllegalStep("report.category.required").concerning("categoryId");
        }
        String phone = PhoneNumbers.normalize(details.phone());
        if (phone != null && !PhoneNumbers.isValid(phone)) {
            throw new IllegalStep("report.phone.invalid").concerning("phone");
        }
        CitizenReport report = new CitizenReport(newTicket(), source, category, details.description(),
                details.place(), phone, clientAddress, now);
        report.attachPhotos(attachments.storeAll(present, citizen()).stream().map(Attachment::getId).toList());
        if (mediaUrl != null && !mediaUrl.isBlank()) {
            report.linkMedia(mediaUrl.trim());
        }
        return reports.save(report);
    }

    /** The report a ticket names, when the last four digits of its phone match (nothing when it has no phone). */
    @Transactional(readOnly = true)
    public Optional<CitizenReport> lookUp(String ticket, String lastFour) {
        return reports.findByTicket(Tickets.normalize(ticket)).filter(r -> r.matchesLastFour(lastFour));
    }

    /** A report by its ticket, for the Open311 API (which shows no personal data). */
    @Transactional(readOnly = true)
    public Optional<CitizenReport> byTicket(String ticket) {
        return reports.findByTicket(Tickets.normalize(ticket));
    }

    /**
     * Reports for Open311's GET requests, newest first, at most {@code limit}: by tickets, service codes and
     * statuses when given (empty: any), submitted in [{@code from}, {@code to}).
     */
    @Transactional(readOnly = true)
    public List<CitizenReport> open311(java.util.Collection<String> tickets, java.util.Collection<String> codes,
            java.util.Collection<ReportStatus> statuses, Instant from, Instant to, int limit) {
        return reports.open311(!tickets.isEmpty(), tickets.isEmpty() ? List.of("") : tickets, !codes.isEmpty(),
                codes.isEmpty() ? List.of("") : codes, !statuses.isEmpty(),
                statuses.isEmpty() ? List.of(ReportStatus.SUBMITTED) : statuses, from, to, Limit.of(limit));
    }

    /** The most recently resolved reports, for the public list (no personal data in what the page shows). */
    @Transactional(readOnly = true)
    public List<CitizenReport> recentlyResolved(int limit) {
        return reports.recentlyResolved(Limit.of(limit));
    }

    /** Checkpoints near a phone's position, or whose name or address contains what was typed. */
    @Transactional(readOnly = true)
    public List<Checkpoint> checkpointsNear(BigDecimal latitude, BigDecimal longitude, String text) {
        if (latitude != null && longitude != null) {
            return checkpoints.nearest(latitude, longitude, 5);
        }
        return checkpoints.matching(text, 5);
    }

    private void requireWithinLimits(String clientAddress, Instant now) {
        if (clientAddress == null) {
            return;
        }
        if (reports.countByClientAddressAndSubmittedAtAfter(clientAddress, now.minus(Duration.ofHours(1)))
                >= settings.perAddressHourly()
                || reports.countByClientAddressAndSubmittedAtAfter(clientAddress, now.minus(Duration.ofDays(1)))
                >= settings.perAddressDaily()) {
            throw new BusinessRuleException("report.rateLimited");
        }
    }

    private String newTicket() {
        String ticket;
        do {
            ticket = Tickets.next(LocalDate.now(clock));
        } while (reports.existsByTicket(ticket));
        return ticket;
    }

    private Actor citizen() {
        Account account = accounts.findByUsername(CITIZEN_ACCOUNT)
                .orElseThrow(() -> new IllegalStateException("the account " + CITIZEN_ACCOUNT + " is missing"));
        return new Actor(account.getId(), account.getUsername(), account.getDisplayName(), Role.INSPECTOR, null);
    }

    // ---- the office side ----

    @Transactional(readOnly = true)
    public Page<CitizenReport> search(Actor actor, ReportStatus status, Long categoryId, Pageable pageable) {
        return search(actor, ReportFilter.of(status, categoryId), pageable);
    }

    /** The office's list narrowed by a {@link ReportFilter} (days in the campaign's time zone). */
    @Transactional(readOnly = true)
    public Page<CitizenReport> search(Actor actor, ReportFilter filter, Pageable pageable) {
        requireReader(actor);
        ZoneId zone = clock.getZone();
        Instant start = filter.from() == null ? Instant.EPOCH : filter.from().atStartOfDay(zone).toInstant();
        Instant end = filter.to() == null ? LocalDate.of(9999, 1, 1).atStartOfDay(zone).toInstant()
                : filter.to().plusDays(1).atStartOfDay(zone).toInstant();
        return reports.search(filter.status(), filter.categoryId(), start, end,
                filter.stage() == null ? EnumSet.allOf(ReportStatus.class) : filter.stage().statuses(),
                filter.narrowedToProblems(), filter.districtId(), filter.unitType(), filter.unitId(), pageable);
    }

    @Transactional(readOnly = true)
    public CitizenReport get(Actor actor, Long id) {
        requireReader(actor);
        CitizenReport report = reports.findWithCategoryById(id).orElseThrow(() -> new NotFoundException("report", id));
        report.getPhotoIds().size();
        return report;
    }

    @Transactional(readOnly = true)
    public long count(Actor actor, ReportStatus status) {
        requireReader(actor);
        return reports.countByStatus(status);
    }

    /** A photo of the report, for those who may read the office's pages. */
    @Transactional(readOnly = true)
    public AttachmentFile photo(Actor actor, Long id, Long attachmentId, boolean thumbnail) {
        CitizenReport report = get(actor, id);
        if (!report.getPhotoIds().contains(attachmentId)) {
            throw new NotFoundException("report photo", id + "/" + attachmentId);
        }
        return attachments.serve(attachmentId, thumbnail);
    }

    public CitizenReport accept(Actor actor, Long id, long version, String comment) {
        CitizenReport report = current(actor, id, version);
        report.accept(comment, actor, clock.instant());
        return changed(report);
    }

    public CitizenReport reject(Actor actor, Long id, long version, RejectReason reason, String comment) {
        CitizenReport report = current(actor, id, version);
        report.reject(reason, comment, actor, clock.instant());
        return changed(report);
    }

    /** Merges the report into an earlier report of the same scene (named by id or ticket). */
    public CitizenReport mergeInto(Actor actor, Long id, long version, Long earlierId) {
        CitizenReport report = current(actor, id, version);
        CitizenReport earlier = reports.findById(earlierId).orElseThrow(() -> new IllegalStep("report.merge.target"));
        report.mergeInto(earlier, actor, clock.instant());
        return changed(report);
    }

    /** Merges the report into an open problem already in the loop (the same scene at the same checkpoint). */
    public CitizenReport mergeIntoProblem(Actor actor, Long id, long version, Long problemId) {
        CitizenReport report = current(actor, id, version);
        Problem problem = problems.get(actor, problemId);
        if (!problem.getStatus().isOpen()) {
            throw new IllegalStep("report.merge.problemClosed");
        }
        report.mergeIntoProblem(problem.getId(), actor, clock.instant());
        return changed(report);
    }

    /**
     * Likely the same scene: reports of the same category submitted within the configured number of days
     * before or after it, within the configured distance when both have a position (or at the same
     * checkpoint); and the open problems at its checkpoint.
     */
    @Transactional(readOnly = true)
    public DuplicateCandidates duplicates(Actor actor, Long id) {
        CitizenReport report = get(actor, id);
        Duration window = Duration.ofDays(settings.duplicateDays());
        List<DuplicateCandidates.Nearby> nearby = new ArrayList<>();
        for (CitizenReport other : reports.sameCategoryBetween(report.getCategory().getId(), report.getId(),
                report.getSubmittedAt().minus(window), report.getSubmittedAt().plus(window), Limit.of(500))) {
            if (report.hasPosition() && other.hasPosition()) {
                double metres = Distances.metres(report.getLatitude(), report.getLongitude(), other.getLatitude(),
                        other.getLongitude());
                if (metres <= settings.duplicateMetres()) {
                    nearby.add(new DuplicateCandidates.Nearby(other, (int) Math.round(metres)));
                }
            } else if (report.getCheckpointId() != null && report.getCheckpointId().equals(other.getCheckpointId())) {
                nearby.add(new DuplicateCandidates.Nearby(other, null));
            }
        }
        Long checkpointId = suggestedCheckpoint(report).map(Checkpoint::getId).orElse(null);
        List<Problem> open = checkpointId == null ? List.of() : problems.search(actor,
                new ProblemFilter(null, null, null, null, checkpointId, null, null, ProblemScope.OPEN, null, null),
                PageRequest.of(0, 20)).getContent();
        return new DuplicateCandidates(nearby, open);
    }

    /** The checkpoint a report is at: the one chosen, else the nearest to its position, else one matching its address. */
    @Transactional(readOnly = true)
    public Optional<Checkpoint> suggestedCheckpoint(CitizenReport report) {
        if (report.getCheckpointId() != null) {
            return Optional.of(checkpoints.get(officeReader(), report.getCheckpointId()));
        }
        return checkpointsNear(report.getLatitude(), report.getLongitude(), report.getAddress()).stream().findFirst();
    }

    /**
     * The unit a report of this category at this checkpoint goes to: the office's rule, else the checkpoint's unit
     * (its grid's, for a checkpoint nobody is paired with).
     */
    @Transactional(readOnly = true)
    public Route route(Long categoryId, Checkpoint checkpoint) {
        return rules.findByCategoryIdAndDistrictId(categoryId, checkpoint.getDistrict().getId())
                .map(rule -> new Route(rule.getUnitId(), Route.Basis.RULE))
                .orElseGet(() -> new Route(checkpoints.routedUnitId(checkpoint.getId()), Route.Basis.CHECKPOINT));
    }

    /**
     * 派遣: the accepted report becomes a problem at the checkpoint, handed to {@code unitId} when the office
     * chose one, else to the routed unit, with the category's time limit in working days.
     */
    public CitizenReport dispatch(Actor actor, Long id, long version, Long checkpointId, Long unitId) {
        CitizenReport report = current(actor, id, version);
        requireOffice(actor);
        if (report.getStatus() != ReportStatus.ACCEPTED) {
            throw new IllegalStep("report.step.illegal", report.getStatus().name());
        }
        if (checkpointId == null) {
            throw new IllegalStep("report.dispatch.checkpointRequired").concerning("checkpointId");
        }
        dispatch(actor, report, checkpoints.get(actor, checkpointId), unitId, Moment.now(clock));
        return changed(report);
    }

    /**
     * Raises the report's problem at the checkpoint on {@code when}, with the routed unit unless one is
     * given and the category's time limit; the report's photos go with it. The problem is saved, not yet
     * with whatever steps a loader plays on it afterwards.
     */
    Problem dispatch(Actor actor, CitizenReport report, Checkpoint checkpoint, Long unitId, Moment when) {
        ReportCategory category = report.getCategory();
        Long unit = unitId != null ? unitId : route(category.getId(), checkpoint).unitId();
        List<Attachment> photos = report.getPhotoIds().stream().map(attachments::get).toList();
        Problem problem = problems.raise(actor, List.of(new NewProblem(checkpoint.getId(), null, null,
                problemDescription(report), severityFor(category.getHandlingDays()), unit,
                handlingDeadline(category, when.day()), ProblemOrigin.CITIZEN_REPORT)), photos, when).get(0);
        report.dispatch(problem.getId(), checkpoint.getId(), actor, when.at());
        reports.findByDuplicateOfId(report.getId()).forEach(r -> r.followProblem(problem.getId()));
        return problem;
    }

    /** 回复: the answer the citizen reads; reports merged into this one read it too. */
    public CitizenReport reply(Actor actor, Long id, long version, String text) {
        CitizenReport report = current(actor, id, version);
        Moment now = Moment.now(clock);
        report.reply(text, actor, now.at(), now.day());
        if (report.getProblemId() != null) {
            reports.findByProblemIdOrderById(report.getProblemId()).forEach(r -> r.shareReply(report));
        }
        return changed(report);
    }

    // ---- the office's reference data ----

    /** The office changes a category's time limits, reward, or takes it off the public list. */
    public ReportCategory changeCategory(Actor actor, Long id, long version, int handlingDays, int replyDays,
            BigDecimal rewardAmount, boolean active) {
        requireOffice(actor);
        ReportCategory category = categories.findById(id).orElseThrow(() -> new NotFoundException("category", id));
        if (category.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(ReportCategory.class, id);
        }
        checkCategory(handlingDays, replyDays, rewardAmount);
        category.change(handlingDays, replyDays, rewardAmount, active);
        return category;
    }

    /** A new category; its service code names it in Open311. */
    public ReportCategory addCategory(Actor actor, String name, String serviceCode, int handlingDays, int replyDays,
            BigDecimal rewardAmount) {
        requireOffice(actor);
        if (name == null || name.isBlank() || name.trim().length() > 50) {
            throw new IllegalStep("report.category.name.invalid").concerning("name");
        }
        if (serviceCode == null || !serviceCode.matches("[a-z0-9-]{2,30}")) {
            throw new IllegalStep("report.category.code.invalid").concerning("serviceCode");
        }
        if (categories.existsByName(name.trim()) || categories.findByServiceCode(serviceCode).isPresent()) {
            throw new IllegalStep("report.category.taken").concerning("name");
        }
        checkCategory(handlingDays, replyDays, rewardAmount);
        int order = categories.findAllByOrderBySortOrderAscIdAsc().stream().mapToInt(ReportCategory::getSortOrder)
                .max().orElse(0) + 1;
        return categories.save(new ReportCategory(name.trim(), serviceCode, handlingDays, replyDays, rewardAmount,
                order));
    }

    private static void checkCategory(int handlingDays, int replyDays, BigDecimal rewardAmount) {
        if (handlingDays < 1 || handlingDays > 15) {
            throw new IllegalStep("report.category.handlingDays.range").concerning("handlingDays");
        }
        if (replyDays < 1 || replyDays > 30) {
            throw new IllegalStep("report.category.replyDays.range").concerning("replyDays");
        }
        if (rewardAmount == null || rewardAmount.signum() < 0 || rewardAmount.compareTo(new BigDecimal("10000")) > 0
                || rewardAmount.scale() > 2) {
            throw new IllegalStep("report.category.reward.range").concerning("rewardAmount");
        }
    }

    @Transactional(readOnly = true)
    public List<RoutingRule> routingRules(Actor actor) {
        requireReader(actor);
        return rules.findAllByOrderByCategoryIdAscDistrictIdAsc();
    }

    /** Reports of the category in the district go to the unit (replacing the district's earlier rule for it). */
    public RoutingRule setRule(Actor actor, Long categoryId, Long districtId, Long unitId) {
        requireOffice(actor);
        if (categoryId == null || districtId == null || unitId == null || !categories.existsById(categoryId)) {
            throw new IllegalStep("report.rule.incomplete");
        }
        Optional<RoutingRule> existing = rules.findByCategoryIdAndDistrictId(categoryId, districtId);
        if (existing.isPresent()) {
            existing.get().routeTo(unitId);
            return existing.get();
        }
        return rules.save(new RoutingRule(categoryId, districtId, unitId));
    }

    public void deleteRule(Actor actor, Long id) {
        requireOffice(actor);
        rules.delete(rules.findById(id).orElseThrow(() -> new NotFoundException("routing rule", id)));
    }

    private static void requireOffice(Actor actor) {
        if (!actor.is(Role.OFFICE)) {
            throw new NotPermitted("report.step.notPermitted");
        }
    }

    /**
     * The problem of dispatched reports was closed after verification: resolved, reply due, rewards earned. When the
     * problem came from elsewhere (an inspection) and reports were merged into it, no report of theirs is the office's
     * to answer: they read a reply at once, that the problem was put right and closed.
     */
    void problemClosed(Long problemId, Instant closedAt) {
        LocalDate closedOn = LocalDate.ofInstant(closedAt, clock.getZone());
        List<CitizenReport> following = reports.findByProblemIdOrderById(problemId);
        boolean raisedByAReport = following.stream().anyMatch(r -> r.getStatus() == ReportStatus.DISPATCHED
                || r.getStatus() == ReportStatus.RESOLVED || r.getStatus() == ReportStatus.REPLIED);
        for (CitizenReport report : following) {
            boolean wasDispatched = report.getStatus() == ReportStatus.DISPATCHED;
            report.resolve(closedAt, replyDue(report.getCategory(), closedOn));
            if (wasDispatched) {
                rewards.grant(report, closedOn);
            }
        }
        if (!raisedByAReport) {
            String reply = messages.getMessage("report.reply.mergedProblemClosed", new Object[] {closedOn},
                    java.util.Locale.SIMPLIFIED_CHINESE);
            following.forEach(report -> report.answerAsClosed(reply, closedAt));
        }
        following.forEach(this::changed);
    }

    /**
     * The after photos of a handled report's problem (the rectification the office accepted), as thumbnails, at most
     * {@code limit}: what the citizen sees on the status page. None while the problem is open.
     */
    @Transactional(readOnly = true)
    public List<AttachmentFile> afterPhotos(CitizenReport report, int limit) {
        if (report.getProblemId() == null || report.getResolvedAt() == null) {
            return List.of();
        }
        return problems.get(officeReader(), report.getProblemId()).lastRectification()
                .map(r -> r.getPhotos().stream().limit(limit).map(a -> attachments.serve(a.getId(), true)).toList())
                .orElse(List.of());
    }

    /**
     * Whether a handled report's problem was closed on evidence with an after photo (an installation may let evidence
     * go without one): only then does Open311 give the photo's address as the request's media_url.
     */
    @Transactional(readOnly = true)
    public boolean hasAfterPhoto(CitizenReport report) {
        if (report.getProblemId() == null || report.getResolvedAt() == null) {
            return false;
        }
        return problems.get(officeReader(), report.getProblemId()).lastRectification()
                .map(r -> !r.getPhotos().isEmpty()).orElse(false);
    }

    void problemCancelled(Long problemId) {
        reports.findByProblemIdOrderById(problemId).forEach(CitizenReport::problemCancelled);
    }

    /**
     * 限时处置: the category's working days after the day of dispatch, at most what the problem's class allows
     * (a longer time limit would be an extension, which needs a reason).
     */
    LocalDate handlingDeadline(ReportCategory category, LocalDate dispatchedOn) {
        int days = Math.min(category.getHandlingDays(),
                deadlines.workingDays(severityFor(category.getHandlingDays())).orElse(category.getHandlingDays()));
        return calendar.addWorkingDays(dispatchedOn, days);
    }

    /** 限时回复: the category's reply days after the day the problem was closed. */
    LocalDate replyDue(ReportCategory category, LocalDate closedOn) {
        return calendar.addWorkingDays(closedOn, category.getReplyDays());
    }

    ProblemSeverity severityFor(int handlingDays) {
        for (ProblemSeverity severity : List.of(ProblemSeverity.IMMEDIATE, ProblemSeverity.GENERAL,
                ProblemSeverity.MAJOR)) {
            OptionalInt days = deadlines.workingDays(severity);
            if (days.isPresent() && days.getAsInt() >= handlingDays) {
                return severity;
            }
        }
        return ProblemSeverity.MAJOR;
    }

    private static String problemDescription(CitizenReport report) {
        String text = "【" + report.getCategory().getName() + "】" + report.getDescription()
                + (report.getAddress() == null ? "" : "（" + report.getAddress() + "）") + " #" + report.getTicket();
        return text.length() <= 1000 ? text : text.substring(0, 1000);
    }

    /** Announces the report's new status (the dashboard's figures drop what they kept). */
    private CitizenReport changed(CitizenReport report) {
        events.publishEvent(new ReportStatusChanged(report.getId(), report.getStatus()));
        return report;
    }

    private CitizenReport current(Actor actor, Long id, long version) {
        requireReader(actor);
        CitizenReport report = reports.findWithCategoryById(id).orElseThrow(() -> new NotFoundException("report", id));
        if (report.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(CitizenReport.class, id);
        }
        return report;
    }

    /** The office, leaders and administrators read the office's pages; inspectors and liaisons do not. */
    static void requireReader(Actor actor) {
        if (!(actor.isOfficeOrAdmin() || actor.is(Role.LEADER))) {
            throw new NotPermitted("report.read.notPermitted");
        }
    }

    /** Checkpoints are public places: reading one for a report needs no unit's confinement. */
    private static Actor officeReader() {
        return new Actor(0L, CITIZEN_ACCOUNT, CITIZEN_ACCOUNT, Role.OFFICE, null);
    }
}
