package org.chuangcheng.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.chuangcheng.AbstractIntegrationTests;
import org.chuangcheng.security.AccountManagement;
import org.chuangcheng.shared.Actor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

class TaskBookImportTests extends AbstractIntegrationTests {

    @Autowired
    TaskBookImport importer;

    @Autowired
    TaskManagement tasks;

    @Autowired
    AccountManagement accounts;

    @Autowired
    JdbcTemplate jdbc;

    Actor office() {
        return accounts.findByUsername("office").orElseThrow().toActor();
    }

    static InputStream in(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    long count(String book) {
        return jdbc.queryForObject("select count(*) from tasks where book = ?", Long.class, book);
    }

    Task task(String book, String code) {
        Long id = jdbc.queryForObject("select id from tasks where book = ? and code = ?", Long.class, book, code);
        return tasks.get(office(), id);
    }

    @Test
    void aGoodFileIsPreviewedRowByRowThenImportedWithUnitsDatesAndQuantitiesUnderstood() {
        String book = "导入测试-" + UUID.randomUUID();

        ImportPreview preview = importer.preview(office(), in(TaskBookFiles.good()), book, 2026);

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.isImportable()).isTrue();
        assertThat(preview.rows()).hasSize(7).allMatch(r -> r.state() == ImportRow.State.NEW);
        assertThat(preview.rows().get(0).rowNumber()).isEqualTo(3);
        assertThat(preview.rows()).extracting(ImportRow::deadline).containsExactly(LocalDate.of(2026, 6, 30),
                LocalDate.of(2026, 6, 30), LocalDate.of(2026, 6, 30), LocalDate.of(2026, 9, 30),
                LocalDate.of(2026, 12, 31), LocalDate.of(2026, 6, 30), LocalDate.of(2026, 6, 30));
        assertThat(count(book)).as("a preview saves nothing").isZero();

        assertThat(importer.importAll(office(), in(TaskBookFiles.good()), book, 2026)).isEqualTo(7);

        assertThat(count(book)).isEqualTo(7);
        Task boxes = task(book, "1");
        assertThat(boxes.getLeadUnit().getShortName()).isEqualTo("江城移动");
        assertThat(boxes.getCoUnits()).extracting(u -> u.getShortName())
                .containsExactlyInAnyOrder("江城联通", "江城电信", "江城广电");
        assertThat(boxes.getTargetQuantity()).isEqualByComparingTo("3600");
        assertThat(boxes.getMeasure()).isEqualTo("个");
        assertThat(boxes.getWorkGroup().getName()).isEqualTo("生活环境组");
        assertThat(boxes.getIndicator().getCode()).isEqualTo("P07-08");
        assertThat(boxes.getStatus()).isEqualTo(TaskStatus.NOT_STARTED);
        Task cables = task(book, "2");
        assertThat(cables.getLeadUnit().getName()).isEqualTo("江城市工业和信息化局");
        assertThat(cables.getCoUnits()).extracting(u -> u.getShortName()).containsExactlyInAnyOrder("江城移动", "江城供电");
        assertThat(cables.getTargetQuantity()).isEqualByComparingTo("159");
        assertThat(cables.getMeasure()).isEqualTo("千米");
        assertThat(cables.getWorkGroup().getName()).isEqualTo("生活环境组");
        assertThat(cables.getIndicator().getCode()).isEqualTo("P07-08");
        assertThat(task(book, "3").getIndicator().getCode()).isEqualTo("P04-03");
        assertThat(task(book, "4").getLeadUnit().getShortName()).isEqualTo("市工信局");
        assertThat(task(book, "5").getLeadUnit().getShortName()).isEqualTo("城关区");
        assertThat(task(book, "7").getLeadUnit().getShortName()).isEqualTo("江城移动");
        assertThat(tasks.timeline(office(), boxes.getId())).extracting(TaskEvent::getType)
                .containsExactly(TaskEventType.CREATE);
    }

    @Test
    void importingTheSameFileTwiceCreatesNoDuplicates() {
        String book = "重复导入-" + UUID.randomUUID();
        importer.importAll(office(), in(TaskBookFiles.good()), book, 2026);

        ImportPreview again = importer.preview(office(), in(TaskBookFiles.good()), book, 2026);

        assertThat(again.rows()).allMatch(r -> r.state() == ImportRow.State.ALREADY_IMPORTED);
        assertThat(again.countNew()).isZero();
        assertThat(importer.importAll(office(), in(TaskBookFiles.good()), book, 2026)).isZero();
        assertThat(count(book)).isEqualTo(7);
    }

    @Test
    void aChangedRowUnderAnExistingNumberIsRefusedNotOverwritten() {
        String book = "改动-" + UUID.randomUUID();
        importer.importAll(office(), in(TaskBookFiles.good()), book, 2026);
        byte[] changed = TaskBookFiles.workbook(
                new Object[] {1, "完成4000个通信箱体美化", "江城移动", null, "2026年6月30日", 4000, "个", null, null},
                new Object[] {8, "新增任务", "市城管局", null, "2026年8月31日", null, null, null, null});

        ImportPreview preview = importer.preview(office(), in(changed), book, 2026);

        assertThat(preview.isImportable()).isFalse();
        assertThat(preview.problems()).singleElement().satisfies(p -> {
            assertThat(p.rowNumber()).isEqualTo(3);
            assertThat(p.column()).isEqualTo(TaskBookColumn.CODE);
            assertThat(p.messageKey()).isEqualTo("task.import.codeTaken");
        });
        assertThatThrownBy(() -> importer.importAll(office(), in(changed), book, 2026)).isInstanceOf(ImportRefused.class);
        assertThat(count(book)).isEqualTo(7);
        assertThat(task(book, "1").getTargetQuantity()).isEqualByComparingTo("3600");
    }

    @Test
    void aFileWithBadRowsImportsNothingAndReportsEveryProblemWithRowColumnAndReason() {
        String book = "错误-" + UUID.randomUUID();
        byte[] bad = TaskBookFiles.workbook(
                new Object[] {1, "正常的一行", "市城管局", null, "2026年6月30日", 10, "个", null, null},
                new Object[] {2, "未知单位", "市不存在局", "江城移动、火星局", "2026年6月30日", null, null, null, null},
                new Object[] {3, "", "市城管局", null, "下个月", null, null, null, null},
                new Object[] {1, "重复序号", "市城管局", null, "2026-07-01", "-5", "个", "不存在组", "不存在的指标"},
                new Object[] {5, "有单位无数量", "市城管局", null, "2026年2月30日", null, "千米", null, null},
                new Object[] {6, "不是数字", "工信局", null, null, "很多", null, null, null});

        ImportPreview preview = importer.preview(office(), in(bad), book, 2026);

        assertThat(preview.isImportable()).isFalse();
        assertThat(preview.rows()).hasSize(6);
        assertThat(preview.rows().get(0).state()).isEqualTo(ImportRow.State.NEW);
        assertThat(preview.problems()).extracting(p -> p.rowNumber() + ":" + p.column() + ":" + p.messageKey())
                .containsExactly(
                        "4:LEAD_UNIT:task.import.unknownUnit",
                        "4:CO_UNITS:task.import.unknownUnit",
                        "5:CONTENT:task.import.required",
                        "5:DEADLINE:task.import.badDate",
                        "6:CODE:task.import.duplicateCode",
                        "6:TARGET:task.import.notPositive",
                        "6:WORK_GROUP:task.import.unknownGroup",
                        "6:INDICATOR:task.import.unknownIndicator",
                        "7:DEADLINE:task.import.badDate",
                        "7:MEASURE:task.import.measureWithoutTarget",
                        "8:DEADLINE:task.import.required",
                        "8:TARGET:task.import.badNumber");
        assertThat(preview.problems().get(0).arguments()).containsExactly("市不存在局");
        assertThat(preview.problems().get(1).arguments()).containsExactly("火星局");
        assertThat(preview.problems().get(4).arguments()).containsExactly("1", 3);

        ImportRefused refused = org.junit.jupiter.api.Assertions.assertThrows(ImportRefused.class,
                () -> importer.importAll(office(), in(bad), book, 2026));
        assertThat(refused.getPreview().problems()).hasSize(12);
        assertThat(count(book)).as("all or nothing: not even the good first row").isZero();
    }

    @Test
    void aWorkbookWrittenByLibreOfficeIsUnderstood() throws Exception {
        String book = "LibreOffice-" + UUID.randomUUID();
        byte[] file;
        try (InputStream resource = getClass().getResourceAsStream("/task/taskbook-libreoffice.xlsx")) {
            file = resource.readAllBytes();
        }

        ImportPreview preview = importer.preview(office(), in(file), book, 2026);

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.rows()).extracting(ImportRow::code).containsExactly("1", "2", "3");
        assertThat(preview.rows()).extracting(ImportRow::deadline).containsExactly(LocalDate.of(2026, 9, 30),
                LocalDate.of(2026, 10, 31), LocalDate.of(2026, 12, 31));
        assertThat(importer.importAll(office(), in(file), book, 2026)).isEqualTo(3);
        Task stops = task(book, "1");
        assertThat(stops.getLeadUnit().getShortName()).isEqualTo("市交通运输局");
        assertThat(stops.getCoUnits()).extracting(u -> u.getShortName()).containsExactlyInAnyOrder("市城管局", "城关区");
        assertThat(stops.getTargetQuantity()).isEqualByComparingTo("120");
        assertThat(stops.getIndicator().getCode()).isEqualTo("P07-03");
        Task cables = task(book, "2");
        assertThat(cables.getLeadUnit().getShortName()).isEqualTo("市工信局");
        assertThat(cables.getCoUnits()).hasSize(3);
        assertThat(cables.getTargetQuantity()).isEqualByComparingTo("36");
        assertThat(cables.getMeasure()).isEqualTo("千米");
        assertThat(cables.getIndicator().getCode()).isEqualTo("P07-08");
        assertThat(task(book, "3").getWorkGroup().getName()).isEqualTo("宣传氛围组");
    }

    @Test
    void aFileThatIsNotAWorkbookOrLacksColumnsIsRefusedAsAWhole() {
        ImportPreview garbage = importer.preview(office(), in("not a workbook".getBytes()), "x", 2026);
        assertThat(garbage.fileProblems()).extracting(ImportProblem::messageKey).containsExactly("task.import.notAWorkbook");

        byte[] noDeadline;
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
            var row = workbook.createSheet().createRow(0);
            List.of("序号", "任务内容", "牵头单位").forEach(h -> row.createCell(row.getPhysicalNumberOfCells()).setCellValue(h));
            var out = new java.io.ByteArrayOutputStream();
            workbook.write(out);
            noDeadline = out.toByteArray();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
        ImportPreview missing = importer.preview(office(), in(noDeadline), "x", 2026);
        assertThat(missing.fileProblems()).singleElement().satisfies(p -> {
            assertThat(p.messageKey()).isEqualTo("task.import.missingColumn");
            assertThat(p.column()).isEqualTo(TaskBookColumn.DEADLINE);
        });
        assertThat(missing.isImportable()).isFalse();
    }

    @Test
    void onlyTheOfficeImports() {
        Actor liaison = accounts.findByUsername("liaison").orElseThrow().toActor();
        assertThatThrownBy(() -> importer.preview(liaison, in(TaskBookFiles.good()), "x", 2026))
                .isInstanceOf(AccessDeniedException.class);
    }
}
