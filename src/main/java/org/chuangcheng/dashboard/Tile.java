package org.chuangcheng.dashboard;

/**
 * One headline figure with its change against the previous period.
 *
 * @param id        stable name, used for element ids and the wall screen's JSON
 * @param labelKey  message key of the figure's name
 * @param value     the figure as shown: "69.28%", "—" over zero items, or a count
 * @param fraction  numerator / denominator behind a rate, or {@code null} for a count
 * @param change    the change as shown ("+1.20", "-3"), or {@code null} when either period has no figure
 * @param better    +1 when the change is good news, -1 when bad, 0 when none
 * @param link      the records behind the figure
 */
public record Tile(String id, String labelKey, String value, String fraction, String change, int better,
        String link) {
}
