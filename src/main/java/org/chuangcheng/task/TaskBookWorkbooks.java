package org.chuangcheng.task;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.chuangcheng.organization.Unit;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Writes task book workbooks: the empty template for the office to fill in, and exports of task lists. */
@Component
@RequiredArgsConstructor
public class TaskBookWorkbooks {

    private static final int[] TEMPLATE_WIDTHS = {8, 50, 20, 30, 16, 12, 10, 18, 30};

    private final MessageSource messages;

    /** An empty task book with the columns the import reads, and a sheet explaining how to fill it in. */
    public byte[] template(Locale locale) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet(msg("task.template.sheet", locale));
            Row header = sheet.createRow(0);
            CellStyle style = headerStyle(workbook);
            TaskBookColumn[] columns = TaskBookColumn.values();
            for (int i = 0; i < columns.length; i++) {
                header.createCell(i).setCellValue(columns[i].header());
                header.getCell(i).setCellStyle(style);
                sheet.setColumnWidth(i, TEMPLATE_WIDTHS[i] * 256 + 512);
            }
            sheet.createFreezePane(0, 1);
            Sheet help = workbook.createSheet(msg("task.template.helpSheet", locale));
            help.setColumnWidth(0, 100 * 256);
            for (int i = 1; i <= 7; i++) {
                help.createRow(i - 1).createCell(0).setCellValue(msg("task.template.help." + i, locale));
            }
            return bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The tasks with their progress, in the user's language, one row each. */
    public byte[] export(List<Task> tasks, LocalDate today, int staleDays, Locale locale) {
        String[] headers = {
            msg("task.column.CODE", locale), msg("task.column.CONTENT", locale), msg("task.column.LEAD_UNIT", locale),
            msg("task.column.CO_UNITS", locale), msg("task.column.DEADLINE", locale), msg("task.column.TARGET", locale),
            msg("task.column.MEASURE", locale), msg("task.field.quantityDone", locale),
            msg("task.field.progress", locale), msg("task.field.status", locale), msg("task.flag.overdue", locale),
            msg("task.flag.stale", locale), msg("task.field.lastReportOn", locale),
            msg("task.column.WORK_GROUP", locale), msg("task.column.INDICATOR", locale), msg("task.field.book", locale)};
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
            Sheet sheet = workbook.createSheet(msg("task.export.sheet", locale));
            CellStyle style = headerStyle(workbook);
            CellStyle dateStyle = workbook.createCellStyle();
            dateStyle.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.length; i++) {
                header.createCell(i).setCellValue(headers[i]);
                header.getCell(i).setCellStyle(style);
                sheet.setColumnWidth(i, (i == 1 ? 50 : 14) * 256);
            }
            sheet.createFreezePane(0, 1);
            String yes = msg("yes", locale);
            int r = 1;
            for (Task task : tasks) {
                Row row = sheet.createRow(r++);
                row.createCell(0).setCellValue(task.getCode());
                row.createCell(1).setCellValue(task.getContent());
                row.createCell(2).setCellValue(task.getLeadUnit().getLabel());
                row.createCell(3).setCellValue(task.getCoUnits().stream().map(Unit::getLabel)
                        .collect(Collectors.joining("、")));
                row.createCell(4).setCellValue(task.getDeadline());
                row.getCell(4).setCellStyle(dateStyle);
                if (task.getTargetQuantity() != null) {
                    row.createCell(5).setCellValue(task.getTargetQuantity().doubleValue());
                }
                row.createCell(6).setCellValue(task.getMeasure() == null ? "" : task.getMeasure());
                if (task.getQuantityDone() != null) {
                    row.createCell(7).setCellValue(task.getQuantityDone().doubleValue());
                }
                if (task.getProgressPercent() != null) {
                    row.createCell(8).setCellValue(task.getProgressPercent().toPlainString() + "%");
                }
                row.createCell(9).setCellValue(msg(task.getStatus().messageKey(), locale));
                row.createCell(10).setCellValue(task.isOverdue(today) ? yes : "");
                row.createCell(11).setCellValue(task.isStale(today, staleDays) ? yes : "");
                if (task.getLastReportOn() != null) {
                    row.createCell(12).setCellValue(task.getLastReportOn());
                    row.getCell(12).setCellStyle(dateStyle);
                }
                row.createCell(13).setCellValue(task.getWorkGroup() == null ? "" : task.getWorkGroup().getName());
                row.createCell(14).setCellValue(task.getIndicator() == null ? ""
                        : task.getIndicator().getCode() + " " + task.getIndicator().getName());
                row.createCell(15).setCellValue(task.getBook());
            }
            byte[] result = bytes(workbook);
            workbook.dispose();
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CellStyle headerStyle(Workbook workbook) {
        CellStyle style = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        style.setFont(font);
        style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        style.setBorderBottom(BorderStyle.THIN);
        return style;
    }

    private static byte[] bytes(Workbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
