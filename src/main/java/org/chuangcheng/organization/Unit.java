package org.chuangcheng.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.chuangcheng.shared.AbstractEntity;

/** A responsible unit (责任单位): a bureau, a district, a street office, a community, a company. */
@Entity
@Table(name = "units")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Unit extends AbstractEntity {

    @Column(nullable = false, unique = true, length = 100)
    private String name;

    @Column(name = "short_name", length = 50)
    private String shortName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private UnitType type;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Unit parent;

    @Column(name = "contact_person", length = 50)
    private String contactPerson;

    @Column(name = "contact_phone", length = 30)
    private String contactPhone;

    private boolean active = true;

    /** The account of the unit's head (单位负责人), a leader attached to the unit; set by the office. */
    @Column(name = "head_account_id")
    private Long headAccountId;

    public Unit(String name, String shortName, UnitType type, Unit parent) {
        this.name = name;
        this.shortName = shortName;
        this.type = type;
        this.parent = parent;
    }

    void rename(String name, String shortName, UnitType type, Unit parent) {
        this.name = name;
        this.shortName = shortName;
        this.type = type;
        this.parent = parent;
    }

    void changeContact(String person, String phone) {
        this.contactPerson = person;
        this.contactPhone = phone;
    }

    void setHead(Long accountId) {
        this.headAccountId = accountId;
    }

    void setActive(boolean active) {
        this.active = active;
    }

    /** The short name where there is one (e.g. 市工信局), else the full name. */
    public String getLabel() {
        return shortName == null || shortName.isBlank() ? name : shortName;
    }
}
