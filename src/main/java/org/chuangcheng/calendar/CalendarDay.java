package org.chuangcheng.calendar;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import lombok.AccessLevel;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** One day of the official calendar that differs from an ordinary week. */
@Entity
@Table(name = "calendar_days")
@Getter
@NoArgsConstructor(access = AccessLevel.PROTECTED)
public class CalendarDay {

    @Id
    private LocalDate day;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private DayKind kind;

    @Column(nullable = false, length = 50)
    private String name;

    /** Two administrators editing one day: the second is told (409) instead of silently overwriting. */
    @Version
    private long version;

    public CalendarDay(LocalDate day, DayKind kind, String name) {
        this.day = day;
        this.kind = kind;
        this.name = name;
    }

    void change(DayKind kind, String name) {
        this.kind = kind;
        this.name = name;
    }
}
