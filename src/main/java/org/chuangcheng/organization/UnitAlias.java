package org.chuangcheng.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/**
 * Another name a file used for a unit (e.g. "江城市市容局" for 市城管局), taught to the task-book import once
 * so the next file with that name imports without editing.
 */
@Entity
@Table(name = "unit_aliases")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
class UnitAlias {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt = Instant.now();

    @Column(nullable = false, unique = true, length = 100)
    private String alias;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "unit_id", nullable = false)
    private Unit unit;

    UnitAlias(String alias, Unit unit) {
        this.alias = alias;
        this.unit = unit;
    }
}
