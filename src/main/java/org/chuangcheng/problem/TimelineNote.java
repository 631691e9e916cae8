package org.chuangcheng.problem;

import java.time.Instant;

/**
 * A line another feature adds to a problem's timeline (e.g. a reminder sent, and whether it was delivered),
 * already in the reader's language.
 */
public record TimelineNote(Instant at, String title, String detail) {
}
