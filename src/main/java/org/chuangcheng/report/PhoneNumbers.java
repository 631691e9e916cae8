package org.chuangcheng.report;

import java.util.regex.Pattern;

/** Mainland mobile numbers as citizens type them. */
final class PhoneNumbers {

    private static final Pattern MOBILE = Pattern.compile("1[3-9]\\d{9}");

    private PhoneNumbers() {
    }

    /** The number without spaces, dashes and a +86 prefix, or null when blank. */
    static String normalize(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String digits = typed.replaceAll("[\\s-]", "");
        if (digits.startsWith("+86")) {
            digits = digits.substring(3);
        }
        return digits;
    }

    static boolean isValid(String normalized) {
        return normalized != null && MOBILE.matcher(normalized).matches();
    }

    static String mask(String phone) {
        if (phone == null) {
            return null;
        }
        if (phone.length() < 7) {
            return "****";
        }
        return phone.substring(0, 3) + "****" + phone.substring(phone.length() - 4);
    }
}
