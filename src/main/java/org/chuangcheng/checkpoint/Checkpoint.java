package org.chuangcheng.checkpoint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.chuangcheng.organization.Unit;
import org.chuangcheng.security.Account;
import org.chuangcheng.shared.AbstractEntity;

/**
 * A checkpoint (点位): a place evaluators visit, paired (包联) with the unit that answers for it and
 * with one city leader. Never deleted: deactivated when it leaves the campaign.
 */
@Entity
@Table(name = "checkpoints")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Checkpoint extends AbstractEntity {

    @Column(nullable = false, length = 100)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "category_id", nullable = false)
    private CheckpointCategory category;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "district_id", nullable = false)
    private Unit district;

    @Column(nullable = false, length = 200)
    private String address;

    @Column(precision = 9, scale = 6)
    private BigDecimal latitude;

    @Column(precision = 9, scale = 6)
    private BigDecimal longitude;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "responsible_unit_id", nullable = false)
    private Unit responsibleUnit;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "paired_leader_id")
    private Account pairedLeader;

    /** The grid (网格) of its district it belongs to, if any. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "grid_id")
    private Grid grid;

    /** 泛点位: a secondary checkpoint, visited less often. */
    private boolean secondary;

    private boolean active = true;

    public Checkpoint(String name, CheckpointCategory category, Unit district, String address,
            Unit responsibleUnit) {
        this.name = name;
        this.category = category;
        this.district = district;
        this.address = address;
        this.responsibleUnit = responsibleUnit;
    }

    void change(String name, CheckpointCategory category, Unit district, String address, BigDecimal latitude,
            BigDecimal longitude, Unit responsibleUnit, Account pairedLeader, boolean secondary) {
        this.name = name;
        this.category = category;
        this.district = district;
        this.address = address;
        this.latitude = latitude;
        this.longitude = longitude;
        this.responsibleUnit = responsibleUnit;
        this.pairedLeader = pairedLeader;
        this.secondary = secondary;
    }

    /**
     * The unit a problem found here goes to when nobody names one: the paired unit; but a checkpoint that nobody
     * is paired with (no leader, left with its district as a whole) goes to the unit of its grid (网格, 定职责),
     * when it lies in one.
     */
    public Unit routedUnit() {
        boolean unpaired = pairedLeader == null && responsibleUnit.getId().equals(district.getId());
        return unpaired && grid != null ? grid.getResponsibleUnit() : responsibleUnit;
    }

    void placeIn(Grid grid) {
        this.grid = grid;
    }

    void setActive(boolean active) {
        this.active = active;
    }
}
