package org.chuangcheng.security;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * The password rule for every new or changed password: at least 8 characters mixing at least three of
 * upper case, lower case, digits and symbols; at most 72 bytes in UTF-8 (bcrypt ignores, and Spring Security
 * refuses, anything beyond: a Chinese character takes three); not containing the username.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 8;
    public static final int MAX_LENGTH = 64;
    public static final int MIN_CLASSES = 3;
    /** bcrypt's limit. */
    public static final int MAX_BYTES = 72;

    private PasswordPolicy() {
    }

    public static boolean isSatisfiedBy(String password) {
        return violation(password, null).isEmpty();
    }

    /**
     * The message key of the rule the password breaks ({@code password.weak}, {@code password.tooLong},
     * {@code password.containsUsername}), or empty when it is acceptable. {@code username} may be null.
     */
    public static Optional<String> violation(String password, String username) {
        if (!isStrong(password)) {
            return Optional.of("password.weak");
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            return Optional.of("password.tooLong");
        }
        if (username != null && username.trim().length() >= 3
                && password.toLowerCase(Locale.ROOT).contains(username.trim().toLowerCase(Locale.ROOT))) {
            return Optional.of("password.containsUsername");
        }
        return Optional.empty();
    }

    private static boolean isStrong(String password) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            return false;
        }
        boolean upper = false;
        boolean lower = false;
        boolean digit = false;
        boolean symbol = false;
        for (int i = 0; i < password.length(); i++) {
            char c = password.charAt(i);
            if (Character.isWhitespace(c)) {
                return false;
            } else if (c >= 'A' && c <= 'Z') {
                upper = true;
            } else if (c >= 'a' && c <= 'z') {
                lower = true;
            } else if (c >= '0' && c <= '9') {
                digit = true;
            } else {
                symbol = true;
            }
        }
        int classes = (upper ? 1 : 0) + (lower ? 1 : 0) + (digit ? 1 : 0) + (symbol ? 1 : 0);
        return classes >= MIN_CLASSES;
    }
}
