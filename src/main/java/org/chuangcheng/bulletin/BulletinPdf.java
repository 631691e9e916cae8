package org.chuangcheng.bulletin;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.chuangcheng.ranking.RankingComponent;
import org.chuangcheng.ranking.RankingEntry;
import org.chuangcheng.rates.Figures;
import org.chuangcheng.rates.RateRow;
import org.chuangcheng.shared.BusinessRuleException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The bulletin as PDF (OpenPDF), with an embedded CJK TrueType font so that Chinese renders in every reader.
 * The font is a system file (Debian/Ubuntu {@code fonts-wqy-zenhei}, installed by {@code .ci/run} and the
 * Dockerfile); {@code app.bulletin.font} points elsewhere when needed.
 */
@Component
class BulletinPdf {

    private final String fontPath;
    private final BulletinText text;

    BulletinPdf(@Value("${app.bulletin.font}") String fontPath, BulletinText text) {
        this.fontPath = fontPath;
        this.text = text;
    }

    byte[] render(BulletinContent c) {
        BaseFont base = font();
        Font title = new Font(base, 18, Font.BOLD);
        Font heading = new Font(base, 13, Font.BOLD);
        Font body = new Font(base, 10);
        Font small = new Font(base, 8, Font.NORMAL, Color.DARK_GRAY);
        Font head = new Font(base, 9, Font.BOLD);
        Font cell = new Font(base, 9);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 40, 40, 40, 40);
        try {
            PdfWriter.getInstance(doc, out);
            doc.open();
            Paragraph p = new Paragraph(text.get("bulletin.doc.title", String.valueOf(c.month().getYear()), c.month().getMonthValue()), title);
            p.setAlignment(Element.ALIGN_CENTER);
            doc.add(p);
            p = new Paragraph(text.get("bulletin.doc.edition", c.edition().edition(), c.edition().closedBy()), small);
            p.setAlignment(Element.ALIGN_CENTER);
            p.setSpacingAfter(12);
            doc.add(p);

            doc.add(section(text.get("bulletin.doc.overall"), heading));
            Figures f = c.figures();
            doc.add(new Paragraph(text.get("bulletin.doc.overallText", f.assigned(), f.withDeadline(), f.closed(),
                    f.rectificationRate().format(), f.onTimeRate().format(), f.overdue(), f.compliance().format(),
                    c.taskCompletion().format()), body));

            doc.add(section(text.get("bulletin.doc.ranking"), heading));
            for (Map.Entry<String, List<RankingEntry>> group : byType(c.ranking()).entrySet()) {
                doc.add(new Paragraph(text.get("unit.type." + group.getKey()), head));
                PdfPTable table = new PdfPTable(rankingWidths());
                table.setWidthPercentage(100);
                table.setSpacingBefore(4);
                table.setSpacingAfter(8);
                table.setHeaderRows(1);
                addHeader(table, head, text.get("ranking.col.rank"), text.get("ranking.col.unit"),
                        text.get("ranking.col.score"));
                for (RankingComponent comp : RankingComponent.values()) {
                    addHeader(table, head, text.get(comp.messageKey()));
                }
                for (RankingEntry e : group.getValue()) {
                    table.addCell(cell(e.rank() == null ? text.get("ranking.insufficient") : String.valueOf(e.rank()), cell));
                    table.addCell(cell(e.unitName(), cell));
                    table.addCell(cell(e.score() == null ? "—" : e.score().toPlainString(), cell));
                    for (RankingComponent comp : RankingComponent.values()) {
                        table.addCell(cell(e.isUncounted(comp) ? "—" : e.figure(comp).format()
                                + (e.isInsufficient(comp) ? " " + text.get("bulletin.doc.few") : ""), cell));
                    }
                }
                doc.add(table);
            }
            if (!c.edition().uncounted().isEmpty()) {
                doc.add(small(text.get("bulletin.doc.uncounted"), small));
            }
            doc.add(small(text.get("ranking.definitionsShown", c.edition().definitions()), small));

            doc.add(section(text.get("bulletin.doc.overdue"), heading));
            if (c.overdueUnits().isEmpty()) {
                doc.add(new Paragraph(text.get("bulletin.doc.noOverdue"), body));
            } else {
                PdfPTable table = new PdfPTable(new float[] {4f, 1.5f, 1.5f});
                table.setWidthPercentage(70);
                table.setHorizontalAlignment(Element.ALIGN_LEFT);
                table.setHeaderRows(1);
                addHeader(table, head, text.get("ranking.col.unit"), text.get("dashboard.col.overdue"),
                        text.get("dashboard.col.rectificationRate"));
                for (RateRow r : c.overdueUnits()) {
                    table.addCell(cell(r.label(), cell));
                    table.addCell(cell(String.valueOf(r.figures().overdue()), cell));
                    table.addCell(cell(r.figures().rectificationRate().format(), cell));
                }
                doc.add(table);
            }

            doc.add(section(text.get("bulletin.doc.typical"), heading));
            if (c.typical().isEmpty()) {
                doc.add(new Paragraph(text.get("bulletin.doc.noTypical"), body));
            }
            int n = 1;
            for (BulletinContent.Typical t : c.typical()) {
                doc.add(new Paragraph(n++ + ". " + t.problem().description(), body));
                doc.add(new Paragraph(text.get("bulletin.doc.typicalMeta", t.problem().unitName(),
                        t.problem().checkpointName(), t.problem().assignedOn().toString()), small));
                if (t.before() == null && t.after() == null) {
                    continue;
                }
                PdfPTable photos = new PdfPTable(2);
                photos.setWidthPercentage(80);
                photos.setSpacingBefore(4);
                photos.setSpacingAfter(10);
                photos.addCell(photo(t.before(), text.get("bulletin.doc.before"), cell));
                photos.addCell(photo(t.after(), text.get("bulletin.doc.after"), cell));
                doc.add(photos);
            }
            doc.close();
        } catch (DocumentException e) {
            throw new IllegalStateException("bulletin PDF", e);
        }
        return out.toByteArray();
    }

    private BaseFont font() {
        String file = fontPath.contains(".ttc,") ? fontPath.substring(0, fontPath.indexOf(".ttc,") + 4) : fontPath;
        if (!Files.isReadable(Path.of(file))) {
            throw new BusinessRuleException("bulletin.fontMissing", file);
        }
        try {
            return BaseFont.createFont(fontPath, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (DocumentException | IOException e) {
            throw new BusinessRuleException("bulletin.fontMissing", file);
        }
    }

    static Map<String, List<RankingEntry>> byType(List<RankingEntry> entries) {
        return entries.stream().collect(Collectors.groupingBy(RankingEntry::unitType, TreeMap::new, Collectors.toList()));
    }

    private static Paragraph section(String title, Font font) {
        Paragraph p = new Paragraph(title, font);
        p.setSpacingBefore(10);
        p.setSpacingAfter(6);
        return p;
    }

    private static Paragraph small(String s, Font font) {
        Paragraph p = new Paragraph(s, font);
        p.setSpacingAfter(6);
        return p;
    }

    private static void addHeader(PdfPTable table, Font font, String... labels) {
        for (String label : labels) {
            PdfPCell c = new PdfPCell(new Phrase(label, font));
            c.setBackgroundColor(new Color(0xF2, 0xE3, 0xE3));
            c.setPadding(4);
            table.addCell(c);
        }
    }

    private static PdfPCell cell(String s, Font font) {
        PdfPCell c = new PdfPCell(new Phrase(s, font));
        c.setPadding(3);
        return c;
    }

    private static PdfPCell photo(byte[] bytes, String caption, Font font) {
        PdfPCell c = new PdfPCell();
        c.setPadding(4);
        c.addElement(new Phrase(caption, font));
        if (bytes != null) {
            try {
                Image image = Image.getInstance(bytes);
                image.scaleToFit(220, 160);
                c.addElement(image);
            } catch (IOException | RuntimeException e) {
                // an unreadable photo leaves the caption alone rather than failing the bulletin
                c.addElement(new Phrase("—", font));
            }
        } else {
            c.addElement(new Phrase("—", font));
        }
        return c;
    }

    /** Rank, unit and score, then one column per component (as many as there are). */
    private static float[] rankingWidths() {
        float[] widths = new float[3 + RankingComponent.values().length];
        widths[0] = 1f;
        widths[1] = 3.2f;
        widths[2] = 1.3f;
        java.util.Arrays.fill(widths, 3, widths.length, 1.4f);
        return widths;
    }
}
