package org.chuangcheng.checkpoint;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Locale;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;
import org.springframework.context.i18n.LocaleContextHolder;

/**
 * One item of a category's checklist (达标标准). A standard without a category is common to all
 * categories (e.g. no-smoking signs, fire lanes kept clear).
 */
@Entity
@Table(name = "standards")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class Standard {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "category_id")
    private CheckpointCategory category;

    @Column(nullable = false, unique = true, length = 20)
    private String code;

    @Column(name = "text_zh", nullable = false, length = 500)
    private String textZh;

    @Column(name = "text_en", nullable = false, length = 1000)
    private String textEn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Severity severity;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    public boolean isCommon() {
        return category == null;
    }

    /**
     * In an English page, the Chinese text to show beside the English one, so that staff can match a standard to
     * the paper checklist (which is in Chinese); null in a Chinese page or when there is nothing else to show.
     */
    public String getChineseBeside() {
        Locale locale = LocaleContextHolder.getLocale();
        boolean english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        return english && textZh != null && !textZh.equals(textEn) ? textZh : null;
    }

    /** The text in the user's language. */
    public String getText() {
        Locale locale = LocaleContextHolder.getLocale();
        return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? textEn : textZh;
    }

    /** One line for a drop-down: code, text, and the Chinese beside it in an English page. */
    public String getLabel() {
        String chinese = getChineseBeside();
        return code + " " + getText() + (chinese != null ? " · " + chinese : "");
    }
}
