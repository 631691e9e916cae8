package org.chuangcheng.bulletin;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.chuangcheng.ranking.RankingComponent;
import org.chuangcheng.ranking.RankingEntry;
import org.chuangcheng.rates.Figures;
import org.chuangcheng.rates.RateRow;
import org.chuangcheng.shared.Ratio;
import org.springframework.stereotype.Component;

/** The bulletin as .xlsx: one sheet each for the headline figures, the ranking, overdue units, typical problems. */
@Component
class BulletinWorkbook {

    private final BulletinText text;

    BulletinWorkbook(BulletinText text) {
        this.text = text;
    }

    byte[] render(BulletinContent c) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = book.createCellStyle();
            org.apache.poi.ss.usermodel.Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);

            Sheet overall = book.createSheet(text.get("bulletin.sheet.overall"));
            row(overall, 0, bold, text.get("bulletin.doc.title", String.valueOf(c.month().getYear()), c.month().getMonthValue()));
            Figures f = c.figures();
            Object[][] lines = {
                    {text.get("dashboard.col.assigned"), f.assigned()},
                    {text.get("rates.withDeadline"), f.withDeadline()},
                    {text.get("rates.closed"), f.closed()},
                    {text.get("dashboard.tile.rectificationRate"), rate(f.rectificationRate())},
                    {text.get("dashboard.tile.onTimeRate"), rate(f.onTimeRate())},
                    {text.get("dashboard.tile.overdue"), f.overdue()},
                    {text.get("dashboard.tile.compliance"), rate(f.compliance())},
                    {text.get("dashboard.tile.taskCompletion"), rate(c.taskCompletion())}};
            for (int i = 0; i < lines.length; i++) {
                row(overall, i + 2, null, lines[i]);
            }
            row(overall, lines.length + 3, null, text.get("ranking.definitionsShown", c.edition().definitions()));
            overall.setColumnWidth(0, 24 * 256);

            Sheet ranking = book.createSheet(text.get("bulletin.sheet.ranking"));
            Object[] header = new Object[4 + 2 * RankingComponent.values().length];
            header[0] = text.get("dashboard.col.unitType");
            header[1] = text.get("ranking.col.rank");
            header[2] = text.get("ranking.col.unit");
            header[3] = text.get("ranking.col.score");
            int h = 4;
            for (RankingComponent comp : RankingComponent.values()) {
                header[h++] = text.get(comp.messageKey());
                header[h++] = text.get("bulletin.sheet.fraction", text.get(comp.messageKey()));
            }
            row(ranking, 0, bold, header);
            int r = 1;
            for (Map.Entry<String, List<RankingEntry>> group : BulletinPdf.byType(c.ranking()).entrySet()) {
                for (RankingEntry e : group.getValue()) {
                    Object[] values = new Object[header.length];
                    values[0] = text.get("unit.type." + group.getKey());
                    values[1] = e.rank() == null ? text.get("ranking.insufficient") : e.rank();
                    values[2] = e.unitName();
                    values[3] = e.score() == null ? "—" : e.score().doubleValue();
                    int v = 4;
                    for (RankingComponent comp : RankingComponent.values()) {
                        if (e.isUncounted(comp)) {
                            values[v++] = "—";
                            values[v++] = text.get("ranking.uncounted");
                            continue;
                        }
                        values[v++] = e.isInsufficient(comp) ? text.get("ranking.insufficient") : rate(e.figure(comp));
                        values[v++] = e.figure(comp).numerator() + "/" + e.figure(comp).denominator();
                    }
                    row(ranking, r++, null, values);
                }
            }
            ranking.setColumnWidth(2, 24 * 256);

            Sheet overdue = book.createSheet(text.get("bulletin.sheet.overdue"));
            row(overdue, 0, bold, text.get("ranking.col.unit"), text.get("dashboard.col.overdue"),
                    text.get("dashboard.col.rectificationRate"));
            r = 1;
            for (RateRow row : c.overdueUnits()) {
                row(overdue, r++, null, row.label(), row.figures().overdue(), rate(row.figures().rectificationRate()));
            }
            overdue.setColumnWidth(0, 24 * 256);

            Sheet typical = book.createSheet(text.get("bulletin.sheet.typical"));
            row(typical, 0, bold, text.get("bulletin.sheet.problem"), text.get("ranking.col.unit"),
                    text.get("bulletin.sheet.checkpoint"), text.get("bulletin.sheet.assignedOn"),
                    text.get("bulletin.sheet.photos"));
            r = 1;
            for (BulletinContent.Typical t : c.typical()) {
                row(typical, r++, null, t.problem().description(), t.problem().unitName(), t.problem().checkpointName(),
                        t.problem().assignedOn().toString(), text.get("bulletin.sheet.photosInPdf"));
            }
            typical.setColumnWidth(0, 40 * 256);

            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A rate as a number of percent for spreadsheets, or "—" over nothing (never 0). */
    private static Object rate(Ratio ratio) {
        return ratio.isDefined() ? (Object) ratio.percentOrNull().doubleValue() : Ratio.NONE;
    }

    private static void row(Sheet sheet, int index, CellStyle style, Object... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            var cell = row.createCell(i);
            if (values[i] instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else {
                cell.setCellValue(String.valueOf(values[i]));
            }
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }
}
