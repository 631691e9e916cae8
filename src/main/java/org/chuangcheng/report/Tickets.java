package org.chuangcheng.report;

import java.security.SecureRandom;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Ticket numbers a citizen can read out on the phone: the day and six characters without 0/O, 1/I
 * (about a billion a day, so guessing another citizen's ticket is hopeless, and it still needs the phone).
 */
final class Tickets {

    private static final String ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");
    private static final SecureRandom RANDOM = new SecureRandom();

    private Tickets() {
    }

    static String next(LocalDate day) {
        StringBuilder ticket = new StringBuilder("R").append(DAY.format(day)).append('-');
        for (int i = 0; i < 6; i++) {
            ticket.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return ticket.toString();
    }

    /** As typed: spaces dropped, upper case. */
    static String normalize(String typed) {
        return typed == null ? "" : typed.replaceAll("\\s", "").toUpperCase(java.util.Locale.ROOT);
    }
}
