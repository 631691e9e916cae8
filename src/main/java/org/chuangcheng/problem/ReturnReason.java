package org.chuangcheng.problem;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.chuangcheng.shared.AbstractEntity;

/** A reason the office often gives when it returns evidence (退回), kept by the office, picked on the verification page. */
@Entity
@Table(name = "return_reasons")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class ReturnReason extends AbstractEntity {

    @Column(nullable = false, unique = true, length = 200)
    private String text;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    ReturnReason(String text, int sortOrder) {
        this.text = text;
        this.sortOrder = sortOrder;
    }
}
