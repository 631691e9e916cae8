package org.chuangcheng.checkpoint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.chuangcheng.organization.Unit;
import org.chuangcheng.shared.AbstractEntity;

/** A grid (网格): part of a district with a responsible unit and person; checkpoints of the district belong to it. */
@Entity
@Table(name = "grids")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Grid extends AbstractEntity {

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "district_id", nullable = false)
    private Unit district;

    @Column(nullable = false, length = 100)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "responsible_unit_id", nullable = false)
    private Unit responsibleUnit;

    @Column(name = "responsible_person", nullable = false, length = 50)
    private String responsiblePerson;

    @Column(length = 30)
    private String phone;

    Grid(Unit district) {
        this.district = district;
    }

    void change(String name, Unit responsibleUnit, String responsiblePerson, String phone) {
        this.name = name;
        this.responsibleUnit = responsibleUnit;
        this.responsiblePerson = responsiblePerson;
        this.phone = phone;
    }
}
