package org.chuangcheng.visit.web;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import lombok.Getter;
import lombok.Setter;
import org.chuangcheng.problem.ProblemSeverity;
import org.chuangcheng.visit.NewVisit;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.multipart.MultipartFile;

/** A visit as logged on a phone, with up to {@link #FINDINGS} problems found. */
@Getter
@Setter
class VisitForm {

    static final int FINDINGS = 3;

    @NotNull(message = "{validation.notNull}")
    private Long checkpointId;

    /** The visit's version when an edit began (a stale edit is a conflict). */
    private long version;

    @NotNull(message = "{visit.visitedOn.required}")
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate visitedOn;

    @NotBlank(message = "{validation.notBlank}")
    @Size(max = 200, message = "{validation.maxSize}")
    private String participants;

    @NotBlank(message = "{validation.notBlank}")
    @Size(max = 2000, message = "{validation.maxSize}")
    private String checked;

    @Size(max = 2000, message = "{validation.maxSize}")
    private String solvedOnSpot;

    @NotNull(message = "{validation.number}")
    @Min(value = 0, message = "{visit.solvedCount.negative}")
    @Max(value = 999, message = "{visit.solvedCount.tooMany}")
    private Integer solvedCount = 0;

    @Valid
    private List<Finding> found = new ArrayList<>(List.of(new Finding(), new Finding(), new Finding()));

    private List<MultipartFile> photos = new ArrayList<>();

    NewVisit toVisit() {
        return new NewVisit(checkpointId, visitedOn, participants, checked, solvedOnSpot,
                solvedCount == null ? 0 : solvedCount,
                found.stream().map(f -> new NewVisit.Finding(f.getDescription(),
                        f.getSeverity() == null ? ProblemSeverity.GENERAL : f.getSeverity())).toList());
    }

    /** The visit as its author (or the office) corrects it: no findings, they are in the rectification loop. */
    static VisitForm of(org.chuangcheng.visit.Visit visit) {
        VisitForm form = new VisitForm();
        form.checkpointId = visit.getCheckpoint().getId();
        form.version = visit.getVersion();
        form.visitedOn = visit.getVisitedOn();
        form.participants = visit.getParticipants();
        form.checked = visit.getChecked();
        form.solvedOnSpot = visit.getSolvedOnSpot();
        form.solvedCount = visit.getSolvedCount();
        form.found = new ArrayList<>();
        return form;
    }

    /** Keeps the three rows of findings on the page when a request sent fewer or more. */
    void padFindings() {
        while (found.size() < FINDINGS) {
            found.add(new Finding());
        }
        if (found.size() > FINDINGS) {
            found = new ArrayList<>(found.subList(0, FINDINGS));
        }
    }

    /** A problem found on the visit. */
    @Getter
    @Setter
    static class Finding {

        @Size(max = 1000, message = "{validation.maxSize}")
        private String description;

        private ProblemSeverity severity = ProblemSeverity.GENERAL;
    }
}
