package org.chuangcheng.task;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Task book workbooks written with POI for tests: each row is the nine template columns. */
final class TaskBookFiles {

    static final String[] HEADER = {"序号", "任务内容", "牵头单位", "配合单位", "完成时限", "目标数量", "计量单位", "工作组", "测评指标"};

    private TaskBookFiles() {
    }

    /** A workbook with a title row, the header, then the rows; a LocalDate or Number becomes a typed cell. */
    static byte[] workbook(Object[]... rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("任务书");
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
            sheet.createRow(0).createCell(0).setCellValue("江城市创建全国文明城市任务分解表");
            Row header = sheet.createRow(1);
            for (int i = 0; i < HEADER.length; i++) {
                header.createCell(i).setCellValue(HEADER[i]);
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 2);
                for (int c = 0; c < rows[r].length; c++) {
                    Object value = rows[r][c];
                    if (value instanceof LocalDate day) {
                        row.createCell(c).setCellValue(day);
                        row.getCell(c).setCellStyle(date);
                    } else if (value instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (value != null) {
                        row.createCell(c).setCellValue(value.toString());
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A good task book: the usual spellings of units and dates. */
    static byte[] good() {
        return workbook(
                new Object[] {1, "完成3600个通信箱体美化", "江城移动", "江城联通、江城电信，江城广电", "2026年6月30日", 3600, "个",
                    "生活环境组", "P07-08"},
                new Object[] {2, "完成159千米架空线缆规整", "市工信局", "中国移动江城分公司;江城供电", "2026.6.30", "159千米", null,
                    "生活环境", "城市精细化管理（占道经营、违停、空中线缆、户外广告）"},
                new Object[] {3, "完成12个农贸市场提档升级", "江城市市场监督管理局", "市商务局 城关区", "6月底前", 12, "个",
                    "市场环境组", "消费者合法权益保护"},
                new Object[] {4, "窗口单位诚信经营承诺", "江城市工信局", null, LocalDate.of(2026, 9, 30), null, null, null, null},
                new Object[] {5, "背街小巷环境整治", "城关区人民政府", "城关中心街道", "2026/12/31", "86", "条", null, null},
                new Object[] {6, "公交站台维护", "市交通运输局", null, "2026-06-30", null, null, null, null},
                new Object[] {7, "营业厅适老化改造", "江城移动公司", null, "6月30日前", 24, "个", null, null});
    }
}
