package org.chuangcheng.organization;

import java.time.Instant;

/** A name the task-book import was taught for a unit or a work group: the alias, what it means, since when. */
public record TaughtAlias(Long id, String alias, String meaning, Instant taughtAt) {
}
