package org.chuangcheng.shared;

/**
 * Search text for SQL {@code LIKE}: the user's {@code %} and {@code _} are characters to find, not
 * wildcards ({@code q=%} must not match everything). Escaped with a backslash, PostgreSQL's default
 * {@code LIKE} escape character, which the queries also name explicitly where they can.
 */
public final class LikePatterns {

    public static final char ESCAPE = '\\';

    private LikePatterns() {
    }

    /** The text with LIKE's special characters escaped; null stays null. */
    public static String escape(String text) {
        if (text == null) {
            return null;
        }
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /** A pattern matching values that contain {@code text}, lower-cased as given. */
    public static String containing(String text) {
        return "%" + escape(text) + "%";
    }
}
