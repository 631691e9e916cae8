package org.chuangcheng.inspection.web;

import java.util.List;
import lombok.RequiredArgsConstructor;
import org.chuangcheng.inspection.Inspection;
import org.chuangcheng.inspection.InspectionManagement;
import org.chuangcheng.shared.CurrentActor;
import org.springframework.stereotype.Component;

/** The home page's inspection figures for the signed-in inspector: {@code ${@inspectionCards.drafts()}}. */
@Component("inspectionCards")
@RequiredArgsConstructor
class InspectionCards {

    private final InspectionManagement inspections;

    public List<Inspection> drafts() {
        return inspections.drafts(CurrentActor.get());
    }
}
