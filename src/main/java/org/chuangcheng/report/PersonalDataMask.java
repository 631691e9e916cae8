package org.chuangcheng.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Hides personal data that citizens (and the office, in replies) write into texts the public sees: the resolved
 * reports, a ticket's status page and Open311. Mainland mobile numbers ({@code 138****5678}), landlines with their
 * area code ({@code 027-****5678}), 18-digit ID card numbers ({@code 420***********123X}), licence plates
 * ({@code 鄂A·***45}) and e-mail addresses ({@code z***@example.com}). A number inside a longer run of digits or
 * letters is not one of these and is left alone. The office's pages show the original. Templates call it as
 * {@code @personalDataMask.mask(text)}.
 */
@Component
public class PersonalDataMask {

    // 18-digit ID: 6-digit region, a birth date from 1900 on, 3 digits and a check digit (or X)
    private static final Pattern ID_CARD = Pattern.compile(
            "(?<![0-9A-Za-z])(\\d{6})((?:19|20)\\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\\d|3[01])\\d{3})([\\dXx])(?![0-9A-Za-z])");
    // a mobile, optionally written +86 / 86 first or in groups 3-4-4 with spaces or hyphens
    private static final Pattern MOBILE = Pattern.compile(
            "(?<![0-9A-Za-z])((?:\\+?86[ -]?)?1[3-9]\\d)([ -]?)(\\d{4})([ -]?)(\\d{4})(?![0-9A-Za-z])");
    private static final Pattern LANDLINE = Pattern.compile(
            "(?<![0-9A-Za-z])(0\\d{2,3})([ -]|[)）])(\\d{3,4})([ -]?)(\\d{4})(?![0-9A-Za-z])");
    private static final Pattern PLATE = Pattern.compile(
            "([京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-HJ-NP-Z])([·•. -]?)([A-HJ-NP-Z0-9]{3,4})"
                    + "([A-HJ-NP-Z0-9]{2})(?![0-9A-Za-z])");
    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\w.+-])([\\w])[\\w.+-]*(@[\\w-]+(?:\\.[\\w-]+)+)");

    /** {@code text} with the personal data in it masked; {@code null} stays {@code null}. */
    public String mask(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String masked = replace(ID_CARD, text, m -> m.group().substring(0, 3) + "*".repeat(11) + m.group().substring(14));
        masked = replace(MOBILE, masked, m -> m.group(1) + m.group(2) + "****" + m.group(4) + m.group(5));
        masked = replace(LANDLINE, masked, m -> m.group(1) + m.group(2) + "*".repeat(m.group(3).length()) + m.group(4)
                + m.group(5));
        masked = replace(PLATE, masked, m -> m.group(1) + m.group(2) + "*".repeat(m.group(3).length()) + m.group(4));
        return replace(EMAIL, masked, m -> m.group(1) + "***" + m.group(2));
    }

    private static String replace(Pattern pattern, String text, java.util.function.Function<Matcher, String> by) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(by.apply(m)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
