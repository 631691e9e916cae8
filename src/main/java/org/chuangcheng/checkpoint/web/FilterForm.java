package org.chuangcheng.checkpoint.web;

import lombok.Getter;
import lombok.Setter;
import org.chuangcheng.checkpoint.CheckpointFilter;

/** The checkpoint list's filter bar, bound from the query string. */
@Getter
@Setter
class FilterForm {

    private Long districtId;
    private Long categoryId;
    private Long unitId;
    private String q;
    private boolean inactive;

    boolean isInUse() {
        return districtId != null || categoryId != null || unitId != null || (q != null && !q.isBlank()) || inactive;
    }

    /** The filter as the actor may use it: a unit outside her reach is ignored. */
    CheckpointFilter toFilter(org.chuangcheng.shared.Actor actor) {
        return new CheckpointFilter(districtId, categoryId, actor.reachableUnit(unitId), q, inactive);
    }
}
