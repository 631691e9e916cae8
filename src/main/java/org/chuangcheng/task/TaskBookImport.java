package org.chuangcheng.task;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import lombok.RequiredArgsConstructor;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaEvaluator;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.util.IOUtils;
import org.chuangcheng.calendar.WorkingDayCalendar;
import org.chuangcheng.indicator.Indicator;
import org.chuangcheng.indicator.IndicatorTree;
import org.chuangcheng.organization.Unit;
import org.chuangcheng.organization.UnitManagement;
import org.chuangcheng.organization.WorkGroup;
import org.chuangcheng.organization.WorkGroupManagement;
import org.chuangcheng.shared.Actor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports a task book from an Excel workbook (.xlsx, also .xls), all or nothing. Units, work groups and
 * indicators are matched by name, including the usual variants (市工信局 = 江城市工业和信息化局); deadlines
 * in the usual Chinese spellings. Duplicates are recognised by the task's number (序号) within the task
 * book: a row whose number is already there with the same content is skipped, so importing the same file
 * twice changes nothing; the same number with different content is an error, never an overwrite.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class TaskBookImport {

    static final int MAX_ROWS = 5000;
    private static final Pattern SEPARATORS = Pattern.compile("[、，,;；/\\s]+");
    private static final Pattern QUANTITY = Pattern.compile("^(-?\\d[\\d,]*(?:\\.\\d+)?)\\s*(\\D{0,20})$");
    private static final Pattern CITY_PREFIX = Pattern.compile("^(\\p{IsHan}{1,3}?市)(\\p{IsHan}.+)$");
    /** A whole cell saying the row adds others up: 合计, 小计 (其中), 总计, 共计, "合计：" or "合计（12项）". */
    private static final Pattern TOTAL = Pattern.compile("^(合计|小计|总计|共计)([:：(（].*)?$");
    private static final Pattern INDICATOR_CODE = Pattern.compile("^([A-Za-z]\\d{2}(?:-\\d{2})*)");

    /** Excel's own limit: a longer cell was not written by Excel, LibreOffice or WPS. */
    static final int MAX_CELL_CHARS = 32_767;
    /**
     * The largest part (a sheet, the shared strings) inflated from an uploaded workbook: a 5,000-row task
     * book is a few megabytes, and POI holds a part in memory while reading it.
     */
    static final long MAX_PART_BYTES = 64L << 20;

    static {
        // POI's limits are process-wide; the import is the only place that reads workbooks from outside
        ZipSecureFile.setMaxEntrySize(MAX_PART_BYTES);
        IOUtils.setByteArrayMaxOverride((int) Math.max(MAX_PART_BYTES, 100L << 20));
    }

    private final TaskManagement management;
    private final Tasks tasks;
    private final UnitManagement units;
    private final WorkGroupManagement workGroups;
    private final IndicatorTree indicators;
    private final WorkingDayCalendar calendar;

    /** Reads the workbook and says what importing it would do; saves nothing. */
    @Transactional(readOnly = true)
    public ImportPreview preview(Actor actor, InputStream workbook, String book, int year) {
        TaskManagement.requireOffice(actor);
        return read(workbook, book, year).preview();
    }

    /**
     * Imports every new row, or nothing at all when any row or the file has a problem.
     *
     * @return the number of tasks created (rows already imported are skipped)
     * @throws ImportRefused with the preview when there are problems
     */
    public int importAll(Actor actor, InputStream workbook, String book, int year) {
        TaskManagement.requireOffice(actor);
        tasks.lockBook(book == null ? "" : book.trim());
        Reading reading = read(workbook, book, year);
        if (!reading.preview().isImportable()) {
            throw new ImportRefused(reading.preview());
        }
        for (Pending pending : reading.pending()) {
            management.createImported(actor, pending.details(), pending.hash());
        }
        return reading.pending().size();
    }

    private record Pending(TaskDetails details, String hash) {
    }

    private record Reading(ImportPreview preview, List<Pending> pending) {
    }

    private Reading read(InputStream in, String bookName, int year) {
        String book = bookName == null ? "" : bookName.trim();
        List<ImportProblem> fileProblems = new ArrayList<>();
        List<ImportRow> rows = new ArrayList<>();
        List<Pending> pending = new ArrayList<>();
        if (book.isEmpty() || book.length() > 100) {
            fileProblems.add(new ImportProblem(0, null, "task.import.bookRequired"));
        }
        try (Workbook workbook = open(in)) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new NotReadable("no sheet");
            }
            Sheet sheet = workbook.getSheetAt(0);
            FormulaEvaluator evaluator = workbook.getCreationHelper().createFormulaEvaluator();
            DataFormatter formatter = new DataFormatter();
            Map<TaskBookColumn, Integer> columns = new EnumMap<>(TaskBookColumn.class);
            int headerRow = findHeader(sheet, formatter, columns);
            if (headerRow < 0) {
                fileProblems.add(new ImportProblem(0, null, "task.import.noHeader"));
                return new Reading(new ImportPreview(book, year, rows, fileProblems), pending);
            }
            for (TaskBookColumn column : TaskBookColumn.values()) {
                if (column.isRequired() && !columns.containsKey(column)) {
                    fileProblems.add(new ImportProblem(headerRow + 1, column, "task.import.missingColumn"));
                }
            }
            if (!fileProblems.isEmpty()) {
                return new Reading(new ImportPreview(book, year, rows, fileProblems), pending);
            }
            Lookups lookups = new Lookups();
            Map<String, Integer> firstRowOfCode = new HashMap<>();
            LocalDate today = calendar.today();
            for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                Cells cells = new Cells(row, columns, formatter, evaluator);
                if (cells.blank()) {
                    continue;
                }
                if (rows.size() >= MAX_ROWS) {
                    fileProblems.add(new ImportProblem(r + 1, null, "task.import.tooManyRows", MAX_ROWS));
                    break;
                }
                Optional<String> total = totalLabel(row, formatter, evaluator);
                if (total.isPresent()) {
                    rows.add(ImportRow.total(r + 1, cells.text(TaskBookColumn.CODE), total.get()));
                    continue;
                }
                readRow(r + 1, cells, book, year, today, lookups, firstRowOfCode, rows, pending);
            }
            if (rows.isEmpty()) {
                fileProblems.add(new ImportProblem(0, null, "task.import.empty"));
            }
        } catch (IOException | NotReadable e) {
            fileProblems.add(new ImportProblem(0, null, "task.import.notAWorkbook"));
        }
        return new Reading(new ImportPreview(book, year, rows, fileProblems), pending);
    }

    /**
     * Opens an uploaded workbook. Whatever POI throws while parsing a broken or hostile file (a zip bomb, a
     * truncated archive, malformed XML, records that lie about their length) means "not a readable workbook".
     */
    private static Workbook open(InputStream in) throws IOException {
        try {
            return WorkbookFactory.create(in);
        } catch (RuntimeException e) {
            throw new NotReadable(e);
        }
    }

    /** The file is not a workbook this import can read. */
    private static final class NotReadable extends RuntimeException {
        NotReadable(Throwable cause) {
            super(cause);
        }

        NotReadable(String message) {
            super(message);
        }
    }

    private void readRow(int rowNumber, Cells cells, String book, int year, LocalDate today, Lookups lookups,
            Map<String, Integer> firstRowOfCode, List<ImportRow> rows, List<Pending> pending) {
        List<ImportProblem> problems = new ArrayList<>();
        String code = cells.text(TaskBookColumn.CODE);
        String content = cells.text(TaskBookColumn.CONTENT);
        String leadText = cells.text(TaskBookColumn.LEAD_UNIT);
        String coText = cells.text(TaskBookColumn.CO_UNITS);
        String measure = cells.text(TaskBookColumn.MEASURE);
        String groupText = cells.text(TaskBookColumn.WORK_GROUP);
        String indicatorText = cells.text(TaskBookColumn.INDICATOR);

        if (code.isEmpty()) {
            problems.add(new ImportProblem(rowNumber, TaskBookColumn.CODE, "task.import.required"));
        } else if (code.length() > 30) {
            problems.add(new ImportProblem(rowNumber, TaskBookColumn.CODE, "task.import.tooLong", 30));
        } else if (firstRowOfCode.putIfAbsent(code, rowNumber) != null) {
            problems.add(new ImportProblem(rowNumber, TaskBookColumn.CODE, "task.import.duplicateCode", code,
                    firstRowOfCode.get(code)));
        }
        if (content.isEmpty()) {
            problems.add(new ImportProblem(rowNumber, TaskBookColumn.CONTENT, "task.import.required"));
        } else if (content.length() > 2000) {
            problems.add(new ImportProblem(rowNumber, TaskBookColumn.CONTENT, "task.import.tooLong", 2000));
        }
        Unit lead = null;
        if (leadText.isEmpty()) {
            problems.add(new ImportProblem(rowNumber, TaskBookColumn.LEAD_UNIT, "task.import.required"));
        } else {
            lead = lookups.unit(leadText, rowNumber, TaskBookColumn.LEAD_UNIT, problems);
        }
        List<Unit> coUnits = new ArrayList<>();
        List<String> coNames = new ArrayList<>();
        for (String name : SEPARATORS.split(coText)) {
            if (!name.isBlank()) {
                Unit unit = lookups.unit(name, rowNumber, TaskBookColumn.CO_UNITS, problems);
                coNames.add(unit == null ? name : unit.getLabel());
                if (unit != null && unit != lead && !coUnits.contains(unit)) {
                    coUnits.add(unit);
                }
            }
        }
        String deadlineText = cells.text(TaskBookColumn.DEADLINE);
        LocalDate deadline = cells.date(TaskBookColumn.DEADLINE)
                .or(() -> ChineseDates.parse(deadlineText, year)).orElse(null);
        if (deadline == null) {
            problems.add(new ImportProblem(rowNumber, TaskBookColumn.DEADLINE,
                    deadlineText.isEmpty() ? "task.import.required" : "task.import.badDate", deadlineText));
        }
        BigDecimal target = null;
        String targetText = cells.text(TaskBookColumn.TARGET);
        if (!targetText.isEmpty()) {
            Matcher m = QUANTITY.matcher(Normalizer.normalize(targetText, Normalizer.Form.NFKC).trim());
            if (m.matches()) {
                target = new BigDecimal(m.group(1).replace(",", ""));
                if (measure.isEmpty() && !m.group(2).isBlank()) {
                    measure = m.group(2).trim(); // "159千米" in the quantity column
                }
                if (target.signum() <= 0) {
                    problems.add(new ImportProblem(rowNumber, TaskBookColumn.TARGET, "task.import.notPositive",
                            targetText));
                } else if (target.scale() > 2 || target.precision() - target.scale() > 12) {
                    problems.add(new ImportProblem(rowNumber, TaskBookColumn.TARGET, "task.import.badNumber",
                            targetText));
                }
            } else {
                problems.add(new ImportProblem(rowNumber, TaskBookColumn.TARGET, "task.import.badNumber", targetText));
            }
        }
        if (!measure.isEmpty() && targetText.isEmpty()) {
            problems.add(new ImportProblem(rowNumber, TaskBookColumn.MEASURE, "task.import.measureWithoutTarget"));
        } else if (measure.length() > 20) {
            problems.add(new ImportProblem(rowNumber, TaskBookColumn.MEASURE, "task.import.tooLong", 20));
        }
        WorkGroup group = groupText.isEmpty() ? null : lookups.group(groupText, rowNumber, problems);
        Indicator indicator = indicatorText.isEmpty() ? null : lookups.indicator(indicatorText, rowNumber, problems);

        ImportRow.State state = problems.isEmpty() ? ImportRow.State.NEW : ImportRow.State.INVALID;
        String hash = null;
        if (problems.isEmpty()) {
            hash = hash(code, content, lead, coUnits, deadline, target, measure, group, indicator);
            Optional<Task> existing = tasks.findByBookAndCode(book, code);
            if (existing.isPresent()) {
                if (hash.equals(existing.get().getImportHash())) {
                    state = ImportRow.State.ALREADY_IMPORTED;
                } else {
                    problems.add(new ImportProblem(rowNumber, TaskBookColumn.CODE, "task.import.codeTaken", code, book));
                    state = ImportRow.State.INVALID;
                }
            }
        }
        rows.add(new ImportRow(rowNumber, code, content, lead == null ? leadText : lead.getLabel(), coNames, deadline,
                deadlineText, target, measure.isEmpty() ? null : measure, group == null ? groupText : group.getName(),
                indicator == null ? indicatorText : indicator.getCode() + " " + indicator.getNameZh(), state,
                List.copyOf(problems)));
        if (state == ImportRow.State.NEW) {
            LocalDate start = deadline.isBefore(today) ? deadline : today;
            pending.add(new Pending(new TaskDetails(book, code, titleOf(content), content,
                    indicator == null ? null : indicator.getId(), group == null ? null : group.getId(), lead.getId(),
                    coUnits.stream().map(Unit::getId).toList(), start, deadline, target,
                    measure.isEmpty() ? null : measure, TaskPriority.NORMAL), hash));
        }
    }

    /** The row's 合计/小计 label when it adds other rows up (in any column: files put it under 序号 or 任务内容). */
    private static Optional<String> totalLabel(Row row, DataFormatter formatter, FormulaEvaluator evaluator) {
        if (row == null) {
            return Optional.empty();
        }
        for (Cell cell : row) {
            String text;
            try {
                text = formatter.formatCellValue(cell, evaluator);
            } catch (RuntimeException e) {
                continue; // a formula POI cannot evaluate is not a label
            }
            String key = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
            if (TOTAL.matcher(key).matches()) {
                return Optional.of(text.trim());
            }
        }
        return Optional.empty();
    }

    /** A short title for lists: the content's first sentence, or its beginning. */
    static String titleOf(String content) {
        String first = content.split("[。；;\\n]", 2)[0].trim();
        if (first.isEmpty()) {
            first = content.trim();
        }
        return first.length() <= 60 ? first : first.substring(0, 59) + "…";
    }

    private static int findHeader(Sheet sheet, DataFormatter formatter, Map<TaskBookColumn, Integer> columns) {
        for (int r = sheet.getFirstRowNum(); r <= Math.min(sheet.getLastRowNum(), sheet.getFirstRowNum() + 10); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            Map<TaskBookColumn, Integer> found = new EnumMap<>(TaskBookColumn.class);
            for (Cell cell : row) {
                String text = formatted(formatter, cell, null).trim();
                for (TaskBookColumn column : TaskBookColumn.values()) {
                    if (!found.containsKey(column) && column.matches(text)) {
                        found.put(column, cell.getColumnIndex());
                        break;
                    }
                }
            }
            if (found.containsKey(TaskBookColumn.CONTENT) && found.size() >= 3) {
                columns.putAll(found);
                return r;
            }
        }
        return -1;
    }

    /** A cell as Excel shows it; a cell Excel could not have written makes the file unreadable. */
    private static String formatted(DataFormatter formatter, Cell cell, FormulaEvaluator evaluator) {
        String text;
        try {
            text = formatter.formatCellValue(cell, evaluator);
        } catch (RuntimeException e) {
            throw new NotReadable(e); // a formula POI cannot evaluate, a corrupt record
        }
        if (text.length() > MAX_CELL_CHARS) {
            throw new NotReadable("cell longer than Excel allows");
        }
        return text;
    }

    private static String hash(String code, String content, Unit lead, Collection<Unit> coUnits, LocalDate deadline,
            BigDecimal target, String measure, WorkGroup group, Indicator indicator) {
        String canonical = String.join("|", code, content, String.valueOf(lead.getId()),
                coUnits.stream().map(Unit::getId).sorted().map(String::valueOf).collect(Collectors.joining(",")),
                deadline.toString(), target == null ? "" : target.stripTrailingZeros().toPlainString(), measure,
                group == null ? "" : String.valueOf(group.getId()),
                indicator == null ? "" : String.valueOf(indicator.getId()));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The cells of one row by column, as text (numbers without grouping) or as dates. */
    private record Cells(Row row, Map<TaskBookColumn, Integer> columns, DataFormatter formatter,
            FormulaEvaluator evaluator) {

        String text(TaskBookColumn column) {
            Cell cell = cell(column);
            if (cell == null) {
                return "";
            }
            CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
            if (type == CellType.NUMERIC && !DateUtil.isCellDateFormatted(cell)) {
                return new BigDecimal(String.valueOf(cell.getNumericCellValue())).stripTrailingZeros().toPlainString();
            }
            return formatted(formatter, cell, evaluator).replace('\u00a0', ' ').trim();
        }

        Optional<LocalDate> date(TaskBookColumn column) {
            Cell cell = cell(column);
            if (cell == null) {
                return Optional.empty();
            }
            CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
            if (type != CellType.NUMERIC) {
                return Optional.empty();
            }
            double value = cell.getNumericCellValue();
            if (DateUtil.isCellDateFormatted(cell) || value > 20000 && value < 80000 && value == Math.floor(value)) {
                return Optional.of(DateUtil.getLocalDateTime(value).toLocalDate());
            }
            return Optional.empty();
        }

        boolean blank() {
            return columns.keySet().stream().allMatch(c -> text(c).isEmpty());
        }

        private Cell cell(TaskBookColumn column) {
            Integer index = columns.get(column);
            return row == null || index == null ? null : row.getCell(index);
        }
    }

    /** Name indexes built once per upload. */
    private final class Lookups {

        private final NameIndex<Unit> unitIndex = new NameIndex<>();
        private final NameIndex<WorkGroup> groupIndex = new NameIndex<>();
        private final NameIndex<Indicator> indicatorIndex = new NameIndex<>();
        private final Map<String, Indicator> indicatorByCode;

        Lookups() {
            List<Unit> active = units.active();
            String city = cityPrefix(active);
            for (Unit unit : active) {
                unitIndex.addExact(unit.getName(), unit);
                if (unit.getShortName() != null) {
                    unitIndex.addExact(unit.getShortName(), unit);
                }
                for (String variant : unitVariants(unit, city)) {
                    unitIndex.addVariant(variant, unit);
                }
            }
            units.aliases().forEach((alias, unit) -> {
                if (unit.isActive()) {
                    unitIndex.addExact(alias, unit);
                }
            });
            for (WorkGroup group : workGroups.all()) {
                groupIndex.addExact(group.getName(), group);
                String base = group.getName().replaceAll("(工作)?组$", "");
                groupIndex.addVariant(base, group);
                groupIndex.addVariant(base + "组", group);
                groupIndex.addVariant(base + "工作组", group);
            }
            workGroups.aliases().forEach(groupIndex::addExact);
            List<Indicator> all = indicators.all();
            indicatorByCode = all.stream().collect(Collectors.toMap(i -> i.getCode().toUpperCase(), Function.identity()));
            for (Indicator indicator : all) {
                indicatorIndex.addExact(indicator.getNameZh(), indicator);
                indicatorIndex.addVariant(indicator.getNameZh().replaceAll("[（(][^）)]*[）)]", ""), indicator);
            }
            indicators.aliases().forEach(indicatorIndex::addExact);
        }

        Unit unit(String text, int rowNumber, TaskBookColumn column, List<ImportProblem> problems) {
            try {
                Optional<Unit> unit = unitIndex.find(text);
                if (unit.isEmpty()) {
                    problems.add(new ImportProblem(rowNumber, column, "task.import.unknownUnit", text));
                }
                return unit.orElse(null);
            } catch (NameIndex.Ambiguous e) {
                problems.add(new ImportProblem(rowNumber, column, "task.import.ambiguousUnit", text));
                return null;
            }
        }

        WorkGroup group(String text, int rowNumber, List<ImportProblem> problems) {
            try {
                Optional<WorkGroup> group = groupIndex.find(text);
                if (group.isEmpty()) {
                    problems.add(new ImportProblem(rowNumber, TaskBookColumn.WORK_GROUP, "task.import.unknownGroup", text));
                }
                return group.orElse(null);
            } catch (NameIndex.Ambiguous e) {
                problems.add(new ImportProblem(rowNumber, TaskBookColumn.WORK_GROUP, "task.import.unknownGroup", text));
                return null;
            }
        }

        Indicator indicator(String text, int rowNumber, List<ImportProblem> problems) {
            Matcher code = INDICATOR_CODE.matcher(text.trim());
            if (code.find() && indicatorByCode.containsKey(code.group(1).toUpperCase())) {
                return indicatorByCode.get(code.group(1).toUpperCase());
            }
            try {
                Optional<Indicator> found = indicatorIndex.find(text);
                if (found.isPresent()) {
                    return found.get();
                }
            } catch (NameIndex.Ambiguous e) {
                // reported below like an unknown one
            }
            problems.add(new ImportProblem(rowNumber, TaskBookColumn.INDICATOR, "task.import.unknownIndicator", text));
            return null;
        }
    }

    /** The city's name as it prefixes most bureaus' full names, e.g. 江城市. */
    static String cityPrefix(List<Unit> units) {
        return units.stream().map(u -> CITY_PREFIX.matcher(u.getName()))
                .filter(Matcher::matches).map(m -> m.group(1))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
                .entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
    }

    /** How people also write a unit: without or with the city, "市" for the city, without 人民政府 or 公司. */
    static List<String> unitVariants(Unit unit, String city) {
        List<String> names = new ArrayList<>();
        names.add(unit.getName());
        if (unit.getShortName() != null) {
            names.add(unit.getShortName());
        }
        String cityBare = city.endsWith("市") ? city.substring(0, city.length() - 1) : city;
        List<String> variants = new ArrayList<>();
        for (String name : names) {
            String base = name.replaceAll("(人民政府|办事处|有限公司|有限责任公司|分公司|公司)$", "");
            for (String n : List.of(name, base)) {
                variants.add(n);
                if (!city.isEmpty() && n.startsWith(city) && n.length() > city.length() + 1) {
                    String rest = n.substring(city.length());
                    variants.add(rest);
                    variants.add("市" + rest);
                } else if (!city.isEmpty() && n.startsWith("市") && n.length() > 2) {
                    variants.add(city + n.substring(1));
                    variants.add(n.substring(1));
                } else if (!cityBare.isEmpty() && n.startsWith(cityBare) && n.length() > cityBare.length() + 1) {
                    String rest = n.substring(cityBare.length());
                    variants.add(rest);
                    variants.add(n + "公司");
                    variants.add(rest + "公司");
                }
            }
        }
        return variants;
    }
}
