package org.chuangcheng.audit;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The audit log as an Excel workbook for the audit administrator, filtered like the search, newest first.
 * Written through POI's streaming workbook (a small window of rows in memory); at most {@code MAX_ROWS} rows,
 * Excel's own limit being just over a million, with a last line saying how many more matched. Every value is a
 * text cell, so a typed username like {@code =HYPERLINK(...)} is never a formula. Exporting is itself recorded
 * (as every download is, by {@code ExportAudit}).
 */
@Component
@RequiredArgsConstructor
public class AuditExport {

    static final int MAX_ROWS = 1_000_000;
    private static final String[] COLUMNS = {"when", "username", "address", "action", "target", "detail", "outcome"};
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final AuditTrail trail;
    private final MessageSource messages;
    private final Clock clock;

    /** Writes the records {@code query} selects to {@code out} as .xlsx, labels in {@code locale}. */
    public void write(AuditQuery query, Locale locale, OutputStream out) throws IOException {
        write(query, locale, out, MAX_ROWS);
    }

    void write(AuditQuery query, Locale locale, OutputStream out, int maxRows) throws IOException {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            workbook.setCompressTempFiles(true);
            SXSSFSheet sheet = workbook.createSheet(text("audit.export.sheet", locale));
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int i = 0; i < COLUMNS.length; i++) {
                header.createCell(i).setCellValue(text("audit." + COLUMNS[i], locale));
                header.getCell(i).setCellStyle(bold);
            }
            sheet.createFreezePane(0, 1);
            int[] widths = {20, 16, 16, 24, 36, 60, 8};
            for (int i = 0; i < widths.length; i++) {
                sheet.setColumnWidth(i, widths[i] * 256);
            }
            int[] next = {1};
            long total = trail.each(query, maxRows, r -> {
                Row row = sheet.createRow(next[0]++);
                row.createCell(0).setCellValue(TIME.format(r.occurredAt().atZone(clock.getZone())));
                row.createCell(1).setCellValue(r.username());
                row.createCell(2).setCellValue(r.clientAddress() == null ? "" : r.clientAddress());
                row.createCell(3).setCellValue(messages.getMessage("audit.action." + r.action(), null, r.action(), locale));
                row.createCell(4).setCellValue(r.target() == null ? "" : r.target());
                row.createCell(5).setCellValue(r.detail() == null ? "" : r.detail());
                row.createCell(6).setCellValue(text(r.success() ? "audit.outcome.success" : "audit.outcome.failure", locale));
            });
            if (total > next[0] - 1) {
                sheet.createRow(next[0]).createCell(0).setCellValue(messages.getMessage("audit.export.truncated",
                        new Object[] {next[0] - 1, total}, locale));
            }
            workbook.write(out);
        }
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
