package org.chuangcheng.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.chuangcheng.shared.LocalizedName;

/** One node of the evaluation system: a 测评项目 (level 1) or a 测评内容 under it (level 2). */
@Entity
@Table(name = "indicators")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Indicator implements LocalizedName {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 20)
    private String code;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "parent_id")
    private Indicator parent;

    @Column(nullable = false)
    private short level;

    @Column(name = "name_zh", nullable = false, length = 200)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = 300)
    private String nameEn;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    public Long getParentId() {
        return parent == null ? null : parent.getId();
    }

    /** Code and name in the user's language, as drop-downs and the task page show an indicator. */
    public String getLabel() {
        return code + " " + getName();
    }
}
