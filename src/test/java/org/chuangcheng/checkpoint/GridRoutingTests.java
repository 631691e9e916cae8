package org.chuangcheng.checkpoint;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.chuangcheng.AbstractIntegrationTests;
import org.chuangcheng.problem.NewProblem;
import org.chuangcheng.problem.Problem;
import org.chuangcheng.problem.ProblemManagement;
import org.chuangcheng.problem.ProblemSeverity;
import org.chuangcheng.security.AccountManagement;
import org.chuangcheng.shared.Actor;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Grid routing (定网格·定职责), through the rectification loop's public API: a problem raised at a checkpoint nobody is
 * paired with (no leader, left with its district) goes to its grid's unit; a paired checkpoint's problem goes to the
 * paired unit even in a grid; a unit named by whoever raises it always wins.
 */
class GridRoutingTests extends AbstractIntegrationTests {

    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;

    @Autowired
    GridManagement grids;
    @Autowired
    CheckpointManagement checkpoints;
    @Autowired
    ProblemManagement problems;
    @Autowired
    AccountManagement accounts;
    @Autowired
    JdbcTemplate jdbc;

    Actor office() {
        return accounts.findByUsername("office").orElseThrow().toActor();
    }

    Checkpoint create(Long district, Long unit, Long leader) {
        Long category = jdbc.queryForObject("select min(id) from checkpoint_categories", Long.class);
        return checkpoints.create(office(), new CheckpointDetails("网格路由-" + System.nanoTime(), category, district,
                "网格路1号", null, null, unit, leader, true));
    }

    Long raise(Checkpoint at, Long unit) {
        Problem problem = problems.raise(office(), new NewProblem(at.getId(), null, null, "背街小巷垃圾堆放",
                ProblemSeverity.GENERAL, unit, null), List.of());
        return problems.get(office(), problem.getId()).getResponsibleUnit().getId();
    }

    @Test
    void aProblemAtAnUnpairedCheckpointGoesToItsGridsUnit() throws Exception {
        Long district = jdbc.queryForObject("select min(id) from units where type = 'DISTRICT' and active", Long.class);
        Long street = jdbc.queryForObject("select min(id) from units where parent_id = ? and active", Long.class, district);
        Long bureau = jdbc.queryForObject("select min(id) from units where type <> 'DISTRICT' and parent_id is null"
                + " and active", Long.class);
        Long leader = jdbc.queryForObject("select min(id) from accounts where role = 'LEADER'", Long.class);
        Grid grid = grids.create(office(), new GridDetails(district, "路由网格-" + System.nanoTime(), street, "张网格长", null));
        Checkpoint unpaired = create(district, district, null);
        Checkpoint paired = create(district, bureau, leader);
        Checkpoint outsideGrids = create(district, district, null);
        grids.place(office(), grid.getId(), grid.getVersion(), List.of(unpaired.getId(), paired.getId()));

        assertThat(raise(unpaired, null)).as("no pairing: the grid's unit").isEqualTo(street);
        assertThat(raise(paired, null)).as("paired: the paired unit").isEqualTo(bureau);
        assertThat(raise(outsideGrids, null)).as("in no grid: the district it was left with").isEqualTo(district);
        assertThat(raise(unpaired, bureau)).as("a unit named by whoever raises it").isEqualTo(bureau);
        assertThat(checkpoints.routedUnitId(unpaired.getId())).isEqualTo(street);

        // the rule is said where it applies: on the form, and on the checkpoint's page when it routes elsewhere
        var office = user(users.loadUserByUsername("office"));
        String streetName = jdbc.queryForObject("select name from units where id = ?", String.class, street);
        mvc.perform(get("/checkpoints/" + unpaired.getId()).with(office)).andExpect(status().isOk())
                .andExpect(content().string(containsString("问题交办给")))
                .andExpect(content().string(containsString(streetName + "（网格责任单位）")));
        mvc.perform(get("/checkpoints/" + paired.getId()).with(office)).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("checkpoint-routed-unit"))));
        mvc.perform(get("/checkpoints/" + unpaired.getId() + "/edit").with(office)).andExpect(status().isOk())
                .andExpect(content().string(containsString("问题交办给网格责任单位")));
    }
}
