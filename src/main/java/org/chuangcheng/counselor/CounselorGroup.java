package org.chuangcheng.counselor;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.Table;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.chuangcheng.organization.Unit;
import org.chuangcheng.shared.AbstractEntity;

/**
 * A counselor group (创城辅导员小组): its counselors (two, as the campaign pairs them) coach the districts and units
 * it covers; a district covers every unit under it.
 */
@Entity
@Table(name = "counselor_groups")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class CounselorGroup extends AbstractEntity {

    /** The campaign pairs counselors; a group may run one short while a place is filled. */
    public static final int MAX_MEMBERS = 2;

    @Column(nullable = false, length = 100)
    private String name;

    @ElementCollection
    @CollectionTable(name = "counselor_group_members", joinColumns = @JoinColumn(name = "group_id"))
    @Column(name = "account_id")
    private Set<Long> memberIds = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "counselor_group_districts", joinColumns = @JoinColumn(name = "group_id"),
            inverseJoinColumns = @JoinColumn(name = "unit_id"))
    private Set<Unit> districts = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "counselor_group_units", joinColumns = @JoinColumn(name = "group_id"),
            inverseJoinColumns = @JoinColumn(name = "unit_id"))
    private Set<Unit> units = new LinkedHashSet<>();

    CounselorGroup(String name) {
        this.name = name;
    }

    void change(String name, Collection<Long> memberIds, Collection<Unit> districts, Collection<Unit> units) {
        this.name = name;
        this.memberIds.clear();
        this.memberIds.addAll(memberIds);
        this.districts.clear();
        this.districts.addAll(districts);
        this.units.clear();
        this.units.addAll(units);
    }

    public Set<Long> getMemberIds() {
        return Collections.unmodifiableSet(memberIds);
    }

    public Set<Unit> getDistricts() {
        return Collections.unmodifiableSet(districts);
    }

    public Set<Unit> getUnits() {
        return Collections.unmodifiableSet(units);
    }
}
