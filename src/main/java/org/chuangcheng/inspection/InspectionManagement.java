package org.chuangcheng.inspection;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import lombok.RequiredArgsConstructor;
import org.chuangcheng.attachment.Attachment;
import org.chuangcheng.attachment.AttachmentFile;
import org.chuangcheng.attachment.AttachmentStore;
import org.chuangcheng.checkpoint.Checkpoint;
import org.chuangcheng.checkpoint.CheckpointCatalog;
import org.chuangcheng.checkpoint.CheckpointManagement;
import org.chuangcheng.checkpoint.Standard;
import org.chuangcheng.problem.NewProblem;
import org.chuangcheng.problem.Problem;
import org.chuangcheng.problem.ProblemManagement;
import org.chuangcheng.problem.ProblemSeverity;
import org.chuangcheng.shared.Actor;
import org.chuangcheng.shared.Moment;
import org.chuangcheng.shared.Role;
import org.hibernate.Hibernate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

/**
 * Inspections: inspectors and the office record them (draft, then finished); finishing fixes the
 * compliance and raises one problem per failed standard. Everyone signed in reads them, a liaison only
 * those of her unit's checkpoints.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class InspectionManagement {

    private final Inspections inspections;
    private final ProblemManagement problems;
    private final CheckpointManagement checkpoints;
    private final CheckpointCatalog catalog;
    private final AttachmentStore attachments;
    private final Clock clock;

    @Transactional(readOnly = true)
    public Page<Inspection> search(Actor actor, InspectionFilter f, Pageable pageable) {
        var zone = clock.getZone();
        return inspections.search(f.checkpointId(), f.districtId(), !actor.isConfinedToUnit(), actor.scopeUnits(),
                actor.reachableUnit(f.unitId()), f.type(), f.status(),
                f.from() == null ? null : f.from().atStartOfDay(zone).toInstant(),
                f.to() == null ? null : f.to().plusDays(1).atStartOfDay(zone).toInstant(),
                actor.isOfficeOrAdmin() ? null : actor.accountId(), InspectionStatus.DRAFT, pageable);
    }

    /** The inspection with its checklist and photos, if the actor may see it. */
    @Transactional(readOnly = true)
    public Inspection get(Actor actor, Long id) {
        Inspection inspection = visible(actor, id);
        inspection.getItems().forEach(i -> {
            Hibernate.initialize(i.getStandard());
            i.getPhotos().size();
        });
        // size() loads the lazy list through the read-only view the entity hands out
        inspection.getPhotos().size();
        return inspection;
    }

    /** The checklist an inspection of this checkpoint goes through. */
    @Transactional(readOnly = true)
    public List<Standard> checklistFor(Actor actor, Long checkpointId) {
        return catalog.checklist(checkpoints.get(actor, checkpointId).getCategory().getId());
    }

    /** Records a new inspection; finishes it at once when {@code finish} (otherwise a draft). */
    public Inspection create(Actor actor, Long checkpointId, InspectionRecord record, List<MultipartFile> photos,
            boolean finish) {
        return create(actor, checkpointId, record, photos, Map.of(), finish);
    }

    /** As {@link #create(Actor, Long, InspectionRecord, List, boolean)}, with photos per standard (by standard id). */
    public Inspection create(Actor actor, Long checkpointId, InspectionRecord record, List<MultipartFile> photos,
            Map<Long, List<MultipartFile>> itemPhotos, boolean finish) {
        requireInspector(actor);
        Checkpoint checkpoint = checkpoints.get(actor, checkpointId);
        Inspection inspection = new Inspection(checkpoint, catalog.checklist(checkpoint.getCategory().getId()), actor);
        apply(inspection, record, photos, itemPhotos, actor, finish);
        inspections.save(inspection);
        if (finish) {
            finish(inspection, actor, Moment.now(clock));
        }
        return inspection;
    }

    /** Changes a draft (its author or the office); finishes it when {@code finish}. */
    public Inspection update(Actor actor, Long id, long version, InspectionRecord record, List<MultipartFile> photos,
            boolean finish) {
        return update(actor, id, version, record, photos, Map.of(), finish);
    }

    /** As {@link #update(Actor, Long, long, InspectionRecord, List, boolean)}, with photos per standard. */
    public Inspection update(Actor actor, Long id, long version, InspectionRecord record, List<MultipartFile> photos,
            Map<Long, List<MultipartFile>> itemPhotos, boolean finish) {
        requireInspector(actor);
        Inspection inspection = visible(actor, id);
        if (!actor.isOfficeOrAdmin() && !inspection.getCreatedBy().equals(actor.accountId())) {
            throw new AccessDeniedException("another inspector's draft");
        }
        if (inspection.getVersion() != version) {
            throw new ObjectOptimisticLockingFailureException(Inspection.class, id);
        }
        apply(inspection, record, photos, itemPhotos, actor, finish);
        if (finish) {
            finish(inspection, actor, Moment.now(clock));
        }
        return inspection;
    }

    /** A photo of the inspection, after checking the actor may see it and the photo belongs to it. */
    @Transactional(readOnly = true)
    public AttachmentFile photo(Actor actor, Long inspectionId, Long attachmentId, boolean thumbnail) {
        Inspection inspection = visible(actor, inspectionId);
        if (!inspection.hasPhoto(attachmentId)) {
            throw new InspectionNotFound(inspectionId + "/" + attachmentId);
        }
        return attachments.serve(attachmentId, thumbnail);
    }

    /** The actor's own unfinished inspections, newest first, with their checkpoints (her home page). */
    @Transactional(readOnly = true)
    public List<Inspection> drafts(Actor actor) {
        List<Inspection> drafts = inspections.findTop20ByStatusAndCreatedByOrderByInspectedAtDesc(InspectionStatus.DRAFT,
                actor.accountId());
        drafts.forEach(d -> {
            Hibernate.initialize(d.getCheckpoint());
            d.getItems().size();
        });
        return drafts;
    }

    @Transactional(readOnly = true)
    public long countDrafts(Actor actor) {
        return inspections.countByStatusAndCreatedBy(InspectionStatus.DRAFT, actor.accountId());
    }

    private List<Problem> finish(Inspection inspection, Actor actor, Moment when) {
        return finishAndRaise(inspection, actor, when);
    }

    /**
     * Finishes an inspection and raises, through the problem feature, one problem per failed standard,
     * handed to the checkpoint's unit with the standard's text and the default deadline of its class.
     * Loaders that backdate play the raised problems' history forward, then save it with
     * {@link ProblemManagement#importHistory}.
     */
    public List<Problem> finishAndRaise(Inspection inspection, Actor actor, Moment when) {
        inspection.finish(when.at());
        inspections.saveChanges(inspection);
        Long checkpointId = inspection.getCheckpoint().getId();
        List<NewProblem> found = new ArrayList<>();
        List<List<Attachment>> photos = new ArrayList<>();
        for (InspectionItem item : inspection.failedItems()) {
            Standard standard = item.getStandard();
            // the problem's title is what the inspector saw; the standard stays linked as its reference
            String description = item.getNote() == null ? standard.getTextZh() : item.getNote();
            found.add(new NewProblem(checkpointId, inspection.getId(), standard.getId(), truncate(description, 1000),
                    ProblemSeverity.of(standard.getSeverity()), null, null));
            photos.add(item.getPhotos().isEmpty() ? List.copyOf(inspection.getPhotos()) : List.copyOf(item.getPhotos()));
        }
        return problems.raiseEach(actor, found, photos, when);
    }

    /** For loaders and imports: saves an inspection built through the domain methods. */
    public Inspection importHistory(Inspection inspection) {
        return inspections.save(inspection);
    }

    private void apply(Inspection inspection, InspectionRecord record, List<MultipartFile> photos,
            Map<Long, List<MultipartFile>> itemPhotos, Actor actor, boolean finish) {
        inspection.record(record.type(), record.inspectedAt(), record.inspectors(), record.notes(), record.latitude(),
                record.longitude(), record.results(), record.itemNotes());
        if (finish) {
            inspection.requireFinishable(); // before any photo is written: a refused finish leaves no file behind
        }
        inspection.addPhotos(attachments.storeAll(photos, actor));
        for (Map.Entry<Long, List<MultipartFile>> entry : itemPhotos.entrySet()) {
            List<Attachment> stored = attachments.storeAll(entry.getValue(), actor);
            if (!stored.isEmpty()) {
                inspection.addItemPhotos(entry.getKey(), stored);
            }
        }
    }

    private Inspection visible(Actor actor, Long id) {
        Inspection inspection = inspections.findWithCheckpointById(id).orElseThrow(() -> new InspectionNotFound(id));
        if (!actor.canSeeUnit(inspection.getCheckpoint().getResponsibleUnit().getId())) {
            throw new InspectionNotFound(id);
        }
        // an unfinished inspection is its author's working copy: nobody else but the office sees it
        if (inspection.isDraft() && !actor.isOfficeOrAdmin() && !inspection.getCreatedBy().equals(actor.accountId())) {
            throw new InspectionNotFound(id);
        }
        return inspection;
    }

    private static void requireInspector(Actor actor) {
        if (!actor.isOfficeOrAdmin() && !actor.is(Role.INSPECTOR) && !actor.is(Role.COUNSELOR)) {
            throw new AccessDeniedException("only inspectors and the office record inspections");
        }
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
