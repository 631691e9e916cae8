package org.chuangcheng.task;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ChineseDatesTests {

    @ParameterizedTest
    @CsvSource({
        "2026年6月30日, 2026-06-30",
        "2026年6月30日前, 2026-06-30",
        "2026.6.30, 2026-06-30",
        "2026/6/30, 2026-06-30",
        "2026-06-30, 2026-06-30",
        "20260630, 2026-06-30",
        "２０２６年６月３０日, 2026-06-30",
        "6月30日前, 2027-06-30",
        "6月30日, 2027-06-30",
        "6月底前, 2027-06-30",
        "2月底前, 2027-02-28",
        "6月底, 2027-06-30",
        "6月, 2027-06-30",
        "6月上旬, 2027-06-10",
        "6月中旬, 2027-06-20",
        "6月下旬, 2027-06-30",
        "2026年9月底前, 2026-09-30",
        "2026年9月, 2026-09-30",
        "年底前, 2027-12-31",
        "2026年底前, 2026-12-31",
        "全年, 2027-12-31",
        "全年完成, 2027-12-31",
        "全年持续推进, 2027-12-31",
        "年内完成, 2027-12-31",
        "2026年全年, 2026-12-31",
        "' 2026 年 6 月 30 日 之前 ', 2026-06-30"
    })
    void readsTheUsualChineseSpellings(String text, LocalDate expected) {
        assertThat(ChineseDates.parse(text, 2027)).contains(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "长期", "持续推进", "2026年2月30日", "13月底前", "明年", "30/6/2026"})
    void refusesWhatIsNotADate(String text) {
        assertThat(ChineseDates.parse(text, 2026)).isEmpty();
    }
}
