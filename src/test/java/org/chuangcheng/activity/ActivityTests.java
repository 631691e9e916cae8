package org.chuangcheng.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.chuangcheng.AbstractIntegrationTests;
import org.chuangcheng.activity.ActivityFigures.Dimension;
import org.chuangcheng.activity.ActivityFigures.Row;
import org.chuangcheng.organization.Unit;
import org.chuangcheng.organization.UnitManagement;
import org.chuangcheng.security.AccountManagement;
import org.chuangcheng.shared.Actor;
import org.chuangcheng.shared.NotPermitted;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

/** Volunteer activities: who records what, figures against a hand count, the ledger, stale edits. */
class ActivityTests extends AbstractIntegrationTests {

    static final ActivityFilter SPRING_2019 = new ActivityFilter(null, null, null, YearMonth.of(2019, 5),
            YearMonth.of(2019, 6));

    @Autowired
    ActivityManagement activities;
    @Autowired
    ActivityFigures figures;
    @Autowired
    UnitManagement units;
    @Autowired
    ActivityWorkbook workbook;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    AccountManagement accounts;

    Actor actor(String username) {
        return accounts.findByUsername(username).orElseThrow().toActor();
    }

    ActivityDetails at(LocalDate day, Long district, int participants, String hours) {
        return new ActivityDetails(null, day, null, "江滨公园", district, ActivityKind.CLEANING, participants, null,
                new BigDecimal(hours), null);
    }

    /**
     * May–June 2019, a period nobody else uses. Hand count: liaison's unit 2 batches, 15 person-times,
     * 10×2 + 5×1.5 = 27.5 hours; liaison2's unit 1 batch, 20 person-times, 20×3 = 60.0 hours.
     */
    @Test
    void figuresByUnitDistrictAndMonthMatchAHandCountAndALiaisonSeesOnlyHerUnit() throws Exception {
        List<Unit> districts = units.districts();
        Long x = districts.get(0).getId();
        Long y = districts.get(1).getId();
        Actor liaison = actor("liaison");
        Actor liaison2 = actor("liaison2");
        activities.record(liaison, at(LocalDate.of(2019, 5, 4), x, 10, "2"), List.of());
        activities.record(liaison, at(LocalDate.of(2019, 5, 18), y, 5, "1.5"), List.of());
        activities.record(liaison2, at(LocalDate.of(2019, 6, 1), x, 20, "3"), List.of());
        activities.record(liaison2, at(LocalDate.of(2019, 7, 1), x, 99, "3"), List.of());

        Actor office = actor("office");
        Map<String, Row> byUnit = figures.by(office, Dimension.UNIT, SPRING_2019).stream()
                .collect(Collectors.toMap(Row::key, r -> r));
        assertThat(byUnit).hasSize(2);
        assertThat(byUnit.get("" + liaison.unitId())).isEqualTo(new Row("" + liaison.unitId(),
                byUnit.get("" + liaison.unitId()).label(), 2, 15, new BigDecimal("27.5")));
        assertThat(byUnit.get("" + liaison2.unitId()).personTimes()).isEqualTo(20);
        assertThat(byUnit.get("" + liaison2.unitId()).serviceHours()).isEqualByComparingTo("60.0");

        Map<String, Row> byDistrict = figures.by(office, Dimension.DISTRICT, SPRING_2019).stream()
                .collect(Collectors.toMap(Row::key, r -> r));
        assertThat(byDistrict.get("" + x).batches()).isEqualTo(2);
        assertThat(byDistrict.get("" + x).personTimes()).isEqualTo(30);
        assertThat(byDistrict.get("" + x).serviceHours()).isEqualByComparingTo("80.0");
        assertThat(byDistrict.get("" + y).serviceHours()).isEqualByComparingTo("7.5");

        List<Row> byMonth = figures.by(office, Dimension.MONTH, SPRING_2019);
        assertThat(byMonth).extracting(Row::key).containsExactly("2019-05", "2019-06");
        assertThat(byMonth.get(0).serviceHours()).isEqualByComparingTo("27.5");
        assertThat(Row.total(byMonth)).isEqualTo(new Row(null, null, 3, 35, new BigDecimal("87.5")));

        List<Row> liaisonsOwn = figures.by(liaison, Dimension.UNIT, SPRING_2019);
        assertThat(liaisonsOwn).extracting(Row::key).containsExactly("" + liaison.unitId());

        // the ledger: one row per activity and the same totals
        byte[] xlsx = workbook.export(office, SPRING_2019, java.util.Locale.SIMPLIFIED_CHINESE);
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(xlsx))) {
            Sheet ledger = workbook.getSheetAt(0);
            assertThat(ledger.getLastRowNum()).isEqualTo(3);
            Sheet months = workbook.getSheetAt(3);
            assertThat(months.getRow(3).getCell(1).getNumericCellValue()).isEqualTo(3);
            assertThat(months.getRow(3).getCell(2).getNumericCellValue()).isEqualTo(35);
            assertThat(months.getRow(3).getCell(3).getNumericCellValue()).isEqualTo(87.5);
        }
    }

    @Test
    void aLiaisonRecordsForHerOwnUnitWhateverUnitTheRequestNamesAndReadsNoOtherUnitsActivity() {
        Actor liaison = actor("liaison");
        Actor liaison2 = actor("liaison2");
        VolunteerActivity own = activities.record(liaison, new ActivityDetails(liaison2.unitId(), LocalDate.now(), null,
                "菜市场门口", units.districts().get(0).getId(), ActivityKind.CIVILITY, 8, "张三、李四", new BigDecimal("2.5"),
                "劝导乱停车"), List.of());
        assertThat(own.getUnit().getId()).isEqualTo(liaison.unitId());
        assertThatThrownBy(() -> activities.get(liaison2, own.getId())).isInstanceOf(ActivityNotFound.class);
        assertThatThrownBy(() -> activities.update(liaison2, own.getId(), own.getVersion(), at(LocalDate.now(),
                units.districts().get(0).getId(), 1, "1"), List.of())).isInstanceOf(ActivityNotFound.class);
        assertThat(activities.search(liaison2, new ActivityFilter(null, null, null, null, null),
                org.springframework.data.domain.PageRequest.of(0, 100)).getContent())
                .allMatch(a -> a.getUnit().getId().equals(liaison2.unitId()));
        assertThatThrownBy(() -> activities.record(actor("inspector"), at(LocalDate.now(),
                units.districts().get(0).getId(), 1, "1"), List.of())).isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> activities.record(actor("leader"), at(LocalDate.now(),
                units.districts().get(0).getId(), 1, "1"), List.of())).isInstanceOf(NotPermitted.class);
    }

    @Test
    @WithUserDetails("liaison")
    void badInputIsShownNextToItsFieldInChineseAndNothingIsSaved() throws Exception {
        long before = jdbc.queryForObject("select count(*) from volunteer_activities", Long.class);
        mvc.perform(multipart("/activities/new").with(csrf()).param("heldOn", LocalDate.now().toString())
                        .param("kind", "CLEANING").param("participants", "0").param("hours", "25"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("activityForm", "participants", "hours"))
                .andExpect(content().string(Matchers.containsString("参加人数至少为 1")));
        mvc.perform(multipart("/activities/new").with(csrf()).param("heldOn", LocalDate.now().toString())
                        .param("kind", "CLEANING").param("participants", "3").param("hours", "1"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrors("activityForm", "place"))
                .andExpect(content().string(Matchers.containsString("请选择点位或填写地点")));
        assertThat(jdbc.queryForObject("select count(*) from volunteer_activities", Long.class)).isEqualTo(before);
    }

    @Test
    @WithUserDetails("liaison")
    void aStaleEditIsAConflict() throws Exception {
        VolunteerActivity saved = activities.record(actor("liaison"), at(LocalDate.now(), units.districts().get(0).getId(),
                4, "1"), List.of());
        mvc.perform(multipart("/activities/" + saved.getId() + "/edit").with(csrf()).param("version", "" + saved.getVersion())
                        .param("heldOn", LocalDate.now().toString()).param("kind", "CLEANING").param("place", "江滨公园")
                        .param("districtId", "" + units.districts().get(0).getId()).param("participants", "6")
                        .param("hours", "1"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(multipart("/activities/" + saved.getId() + "/edit").with(csrf()).param("version", "" + saved.getVersion())
                        .param("heldOn", LocalDate.now().toString()).param("kind", "CLEANING").param("place", "江滨公园")
                        .param("districtId", "" + units.districts().get(0).getId()).param("participants", "9")
                        .param("hours", "1"))
                .andExpect(status().isConflict());
        assertThat(activities.get(actor("liaison"), saved.getId()).getParticipants()).isEqualTo(6);
        mvc.perform(get("/activities/figures").param("by", "DISTRICT")).andExpect(status().isOk());
        mvc.perform(get("/activities/figures").param("by", "NONSENSE")).andExpect(status().isBadRequest());
    }
}
