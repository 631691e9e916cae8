package org.chuangcheng.problem.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.chuangcheng.AbstractIntegrationTests;
import org.chuangcheng.organization.UnitType;
import org.chuangcheng.problem.Problem;
import org.chuangcheng.rates.RateFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The office's problem list narrowed to the responsible units of a type ({@code unitType}), as the dashboard's
 * links with a unit-type filter ask for it: rows and totals (counted, or from the statistics for a figure's
 * scope) agree; an unknown type lists everything; a liaison stays on her unit's problems.
 */
class ProblemUnitTypeFilterTests extends AbstractIntegrationTests {

    @Autowired
    JdbcTemplate jdbc;

    RateFixture fixture;
    long district;
    long bureau;
    long company;

    /** April 2014 in a district of its own: the bureau 3 problems (2 with a deadline), the company 2 (1 closed). */
    @BeforeEach
    void setUp() {
        fixture = new RateFixture(jdbc);
        district = fixture.district("类型区");
        long category = fixture.category("cat");
        bureau = fixture.unit("局");
        company = fixture.unit("公司");
        jdbc.update("update units set type = 'ENTERPRISE' where id = ?", company);
        long bureauCheckpoint = fixture.checkpoint(category, district, bureau);
        long companyCheckpoint = fixture.checkpoint(category, district, company);
        LocalDate day = LocalDate.of(2014, 4, 8);
        fixture.problems(2, bureauCheckpoint, null, bureau, "ASSIGNED", day, day.plusDays(5), null);
        fixture.problems(1, bureauCheckpoint, null, bureau, "ASSIGNED", day, null, null);
        fixture.problems(1, companyCheckpoint, null, company, "CLOSED", day, day.plusDays(5), day.plusDays(4));
        fixture.problems(1, companyCheckpoint, null, company, "ASSIGNED", day, day.plusDays(5), null);
    }

    @AfterEach
    void tearDown() {
        fixture.delete();
    }

    @SuppressWarnings("unchecked")
    Page<Problem> list(String query) throws Exception {
        MvcResult result = mvc.perform(get("/problems?districtId=" + district + "&from=2014-04-01&to=2014-04-30&" + query))
                .andExpect(status().isOk()).andReturn();
        return (Page<Problem>) result.getModelAndView().getModel().get("page");
    }

    static List<UnitType> types(Page<Problem> page) {
        return page.getContent().stream().map(p -> p.getResponsibleUnit().getType()).distinct().toList();
    }

    @Test
    @WithUserDetails("office")
    void theOfficeListsTheProblemsOfOneUnitType() throws Exception {
        Page<Problem> companies = list("unitType=ENTERPRISE");
        assertThat(companies.getTotalElements()).isEqualTo(2);
        assertThat(types(companies)).containsExactly(UnitType.ENTERPRISE);

        Page<Problem> bureaus = list("unitType=BUREAU");
        assertThat(bureaus.getTotalElements()).isEqualTo(3);
        assertThat(types(bureaus)).containsExactly(UnitType.BUREAU);

        // the scopes that are figures take their totals from the statistics: the same numbers
        assertThat(list("unitType=BUREAU&scope=withDeadline").getTotalElements()).isEqualTo(2);
        assertThat(list("unitType=ENTERPRISE&scope=closed").getTotalElements()).isEqualTo(1);
        assertThat(list("unitType=ENTERPRISE&scope=withDeadline").getContent()).hasSize(2);
        assertThat(list("unitType=COMMUNITY").getTotalElements()).isZero();
    }

    @Test
    @WithUserDetails("office")
    void anUnknownUnitTypeListsEveryTypeAndIsNoError() throws Exception {
        assertThat(list("unitType=nonsense").getTotalElements()).isEqualTo(5);
        String page = mvc.perform(get("/problems?unitType=ENTERPRISE")).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        assertThat(page).contains("id=\"problem-unit-type\"").contains("value=\"ENTERPRISE\" selected");
    }

    @Test
    @WithUserDetails("liaison")
    void aLiaisonsListStaysHerUnitsWhateverTheType() throws Exception {
        MvcResult result = mvc.perform(get("/problems?unitType=ENTERPRISE&districtId=" + district))
                .andExpect(status().isOk()).andReturn();
        @SuppressWarnings("unchecked")
        Page<Problem> page = (Page<Problem>) result.getModelAndView().getModel().get("page");
        assertThat(page.getContent()).allSatisfy(p ->
                assertThat(p.getResponsibleUnit().getId()).isNotIn(bureau, company));
    }
}
