package org.chuangcheng.problem;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.context.MessageSource;

/**
 * The 整改台账 as an Excel workbook, written row by row through POI's streaming workbook: only a small
 * window of rows stays in memory, the rest goes to a temporary file, so 100,000 rows are fine.
 */
final class ProblemLedger implements AutoCloseable {

    private static final String[] COLUMNS = {"id", "checkpoint", "district", "category", "standard", "description",
        "unit", "severity", "status", "assignedOn", "deadline", "acceptedSubmittedOn", "closedOn", "overdue", "onTime"};
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(200);
    private final SXSSFSheet sheet;
    private final CellStyle dateStyle;
    private final MessageSource messages;
    private final Locale locale;
    private final LocalDate today;
    private int nextRow = 1;

    ProblemLedger(MessageSource messages, Locale locale, LocalDate today) {
        this.messages = messages;
        this.locale = locale;
        this.today = today;
        workbook.setCompressTempFiles(true);
        sheet = workbook.createSheet(text("ledger.sheet"));
        dateStyle = workbook.createCellStyle();
        dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
        CellStyle headerStyle = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        headerStyle.setFont(bold);
        Row header = sheet.createRow(0);
        for (int i = 0; i < COLUMNS.length; i++) {
            var cell = header.createCell(i);
            cell.setCellValue(text("ledger.col." + COLUMNS[i]));
            cell.setCellStyle(headerStyle);
        }
        sheet.createFreezePane(0, 1);
        int[] widths = {8, 28, 12, 16, 40, 50, 24, 10, 10, 12, 12, 12, 12, 8, 8};
        for (int i = 0; i < widths.length; i++) {
            sheet.setColumnWidth(i, widths[i] * 256);
        }
    }

    void add(Problem p) {
        Row row = sheet.createRow(nextRow++);
        int c = 0;
        row.createCell(c++).setCellValue(p.getId());
        row.createCell(c++).setCellValue(p.getCheckpoint().getName());
        row.createCell(c++).setCellValue(p.getCheckpoint().getDistrict().getName());
        row.createCell(c++).setCellValue(p.getCheckpoint().getCategory().getName());
        row.createCell(c++).setCellValue(p.getStandard() == null ? "" : p.getStandard().getCode());
        row.createCell(c++).setCellValue(p.getDescription());
        row.createCell(c++).setCellValue(p.getResponsibleUnit().getName());
        row.createCell(c++).setCellValue(text(p.getSeverity().messageKey()));
        row.createCell(c++).setCellValue(text(p.getStatus().messageKey()));
        date(row, c++, p.getAssignedOn());
        date(row, c++, p.getDeadline());
        date(row, c++, p.getAcceptedSubmittedOn());
        date(row, c++, p.getClosedAt() == null ? null : p.getClosedAt().atZone(ZONE).toLocalDate());
        row.createCell(c++).setCellValue(text(p.isOverdue(today) ? "yes" : "no"));
        row.createCell(c).setCellValue(p.getStatus() == ProblemStatus.CLOSED && p.getDeadline() != null
                ? text(p.isClosedOnTime() ? "yes" : "no") : "");
    }

    void write(OutputStream out) throws IOException {
        workbook.write(out);
    }

    int rows() {
        return nextRow - 1;
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }

    private void date(Row row, int column, LocalDate day) {
        var cell = row.createCell(column);
        if (day != null) {
            cell.setCellValue(day);
            cell.setCellStyle(dateStyle);
        }
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, locale);
    }
}
