package org.chuangcheng.bulletin;

import java.time.Instant;
import java.time.YearMonth;

/** A published bulletin as listed; its files are read separately. */
public record Bulletin(long id, YearMonth month, int edition, String title, Instant createdAt, String createdBy,
        long pdfSize, long xlsxSize) {
}
