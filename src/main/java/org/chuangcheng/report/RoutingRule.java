package org.chuangcheng.report;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.chuangcheng.shared.AbstractEntity;

/** The office's rule: reports of this category in this district go to this unit. */
@Entity
@Table(name = "report_routing_rules")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class RoutingRule extends AbstractEntity {

    @Column(name = "category_id", nullable = false)
    private Long categoryId;

    @Column(name = "district_id", nullable = false)
    private Long districtId;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    RoutingRule(Long categoryId, Long districtId, Long unitId) {
        this.categoryId = categoryId;
        this.districtId = districtId;
        this.unitId = unitId;
    }

    void routeTo(Long unit) {
        this.unitId = unit;
    }
}
