package org.chuangcheng.activity;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import lombok.RequiredArgsConstructor;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.chuangcheng.activity.ActivityFigures.Dimension;
import org.chuangcheng.shared.Actor;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The volunteer ledger (志愿服务台账) as .xlsx: every activity, then the figures by unit, district and month. */
@Component
@RequiredArgsConstructor
public class ActivityWorkbook {

    private final ActivityManagement activities;
    private final ActivityFigures figures;
    private final MessageSource messages;

    @Transactional(readOnly = true)
    public byte[] export(Actor actor, ActivityFilter filter, Locale locale) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet ledger = workbook.createSheet(text("activity.export.ledger", locale));
            header(ledger, locale, "activity.heldOn", "activity.unit", "activity.where", "activity.district",
                    "activity.kind", "activity.participants", "activity.hours", "activity.serviceHours",
                    "activity.participantNames", "activity.description");
            int r = 1;
            for (VolunteerActivity a : activities.searchAll(actor, filter)) {
                Row row = ledger.createRow(r++);
                row.createCell(0).setCellValue(a.getHeldOn().toString());
                row.createCell(1).setCellValue(a.getUnit().getLabel());
                row.createCell(2).setCellValue(a.where());
                row.createCell(3).setCellValue(a.getDistrict().getLabel());
                row.createCell(4).setCellValue(text(a.getKind().messageKey(), locale));
                row.createCell(5).setCellValue(a.getParticipants());
                row.createCell(6).setCellValue(a.getHours().doubleValue());
                row.createCell(7).setCellValue(a.serviceHours().doubleValue());
                row.createCell(8).setCellValue(a.getParticipantNames() == null ? "" : a.getParticipantNames());
                row.createCell(9).setCellValue(a.getDescription() == null ? "" : a.getDescription());
            }
            for (Dimension dimension : Dimension.values()) {
                Sheet sheet = workbook.createSheet(text(dimension.messageKey(), locale));
                header(sheet, locale, dimension.messageKey(), "activity.batches", "activity.personTimes",
                        "activity.serviceHours");
                List<ActivityFigures.Row> rows = figures.by(actor, dimension, filter);
                int i = 1;
                for (ActivityFigures.Row f : rows) {
                    figureRow(sheet.createRow(i++), f.label(), f);
                }
                figureRow(sheet.createRow(i), text("activity.total", locale), ActivityFigures.Row.total(rows));
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void figureRow(Row row, String label, ActivityFigures.Row f) {
        row.createCell(0).setCellValue(label);
        row.createCell(1).setCellValue(f.batches());
        row.createCell(2).setCellValue(f.personTimes());
        row.createCell(3).setCellValue(f.serviceHours().doubleValue());
    }

    private void header(Sheet sheet, Locale locale, String... keys) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < keys.length; i++) {
            row.createCell(i).setCellValue(text(keys[i], locale));
        }
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
