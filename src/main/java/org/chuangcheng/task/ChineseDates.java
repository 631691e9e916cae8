package org.chuangcheng.task;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Deadlines as Chinese task books write them: "2026年6月30日", "2026.6.30", "2026/6/30", "2026-06-30",
 * "20260630", "6月30日前", "6月底前", "6月下旬", "年底前", "全年"... A spelling without a year takes the year chosen
 * on upload; a month without a day means its last day.
 */
final class ChineseDates {

    private static final Pattern SUFFIX = Pattern.compile("(之前|以前|前|完成|截止|止)+$");
    private static final Pattern FULL = Pattern.compile("^(\\d{4})[-/.年](\\d{1,2})[-/.月](\\d{1,2})[日号]?$");
    private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})$");
    private static final Pattern YEAR_MONTH = Pattern.compile("^(\\d{4})[-/.年](\\d{1,2})月?(底|末|上旬|中旬|下旬)?$");
    private static final Pattern MONTH_DAY = Pattern.compile("^(\\d{1,2})月(\\d{1,2})[日号]?$");
    private static final Pattern MONTH = Pattern.compile("^(\\d{1,2})月(份)?(底|末|上旬|中旬|下旬)?$");
    private static final Pattern YEAR_END = Pattern.compile("^((\\d{4})年)?(年)?(底|末)$");
    /** The whole year, within the year, all year round: the chosen year's last day. */
    private static final Pattern WHOLE_YEAR = Pattern.compile("^((\\d{4})年)?(全年|年内|年度内|本年度|全年度)(持续|推进|完成|内)*$");

    private ChineseDates() {
    }

    static Optional<LocalDate> parse(String text, int defaultYear) {
        if (text == null) {
            return Optional.empty();
        }
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
        s = SUFFIX.matcher(s).replaceAll("");
        try {
            Matcher m = FULL.matcher(s);
            if (m.matches()) {
                return Optional.of(LocalDate.of(num(m, 1), num(m, 2), num(m, 3)));
            }
            m = COMPACT.matcher(s);
            if (m.matches()) {
                return Optional.of(LocalDate.of(num(m, 1), num(m, 2), num(m, 3)));
            }
            m = YEAR_MONTH.matcher(s);
            if (m.matches()) {
                return Optional.of(inMonth(YearMonth.of(num(m, 1), num(m, 2)), m.group(3)));
            }
            m = MONTH_DAY.matcher(s);
            if (m.matches()) {
                return Optional.of(LocalDate.of(defaultYear, num(m, 1), num(m, 2)));
            }
            m = MONTH.matcher(s);
            if (m.matches()) {
                return Optional.of(inMonth(YearMonth.of(defaultYear, num(m, 1)), m.group(3)));
            }
            m = YEAR_END.matcher(s);
            if (m.matches()) {
                int year = m.group(2) == null ? defaultYear : Integer.parseInt(m.group(2));
                return Optional.of(LocalDate.of(year, 12, 31));
            }
            m = WHOLE_YEAR.matcher(s);
            if (m.matches()) {
                int year = m.group(2) == null ? defaultYear : Integer.parseInt(m.group(2));
                return Optional.of(LocalDate.of(year, 12, 31));
            }
        } catch (DateTimeException e) {
            return Optional.empty(); // e.g. 2月30日
        }
        return Optional.empty();
    }

    private static LocalDate inMonth(YearMonth month, String part) {
        if ("上旬".equals(part)) {
            return month.atDay(10);
        }
        if ("中旬".equals(part)) {
            return month.atDay(20);
        }
        return month.atEndOfMonth();
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
