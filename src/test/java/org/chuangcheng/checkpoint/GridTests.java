package org.chuangcheng.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.chuangcheng.AbstractIntegrationTests;
import org.chuangcheng.organization.Unit;
import org.chuangcheng.organization.UnitManagement;
import org.chuangcheng.security.AccountManagement;
import org.chuangcheng.shared.Actor;
import org.chuangcheng.shared.BusinessRuleException;
import org.chuangcheng.shared.NotPermitted;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithUserDetails;

/** Grids: the office divides a district and places its checkpoints; other districts' checkpoints are refused. */
class GridTests extends AbstractIntegrationTests {

    @Autowired
    GridManagement grids;
    @Autowired
    CheckpointManagement checkpoints;
    @Autowired
    UnitManagement units;
    @Autowired
    AccountManagement accounts;

    Actor actor(String username) {
        return accounts.findByUsername(username).orElseThrow().toActor();
    }

    List<Checkpoint> in(Unit district) {
        return checkpoints.search(actor("office"), new CheckpointFilter(district.getId(), null, null, null, false),
                PageRequest.of(0, 100)).getContent();
    }

    @Test
    void theOfficePlacesADistrictsCheckpointsInAGridAndNoOtherDistricts() {
        Actor office = actor("office");
        Unit district = units.districts().get(0);
        Unit other = units.districts().get(1);
        Grid grid = grids.create(office, new GridDetails(district.getId(), "第一网格-" + System.nanoTime(),
                district.getId(), "刘网格长", "13800000000"));
        List<Checkpoint> own = in(district);
        grids.place(office, grid.getId(), grid.getVersion(), List.of(own.get(0).getId(), own.get(1).getId()));
        assertThat(grids.checkpointsOf(office, grid.getId())).extracting(Checkpoint::getId)
                .containsExactlyInAnyOrder(own.get(0).getId(), own.get(1).getId());
        assertThat(checkpoints.get(office, own.get(0).getId()).getGrid().getId()).isEqualTo(grid.getId());

        long version = grids.get(grid.getId()).getVersion();
        assertThat(version).isGreaterThan(grid.getVersion());
        assertThatThrownBy(() -> grids.place(office, grid.getId(), version, List.of(in(other).get(0).getId())))
                .isInstanceOf(BusinessRuleException.class).hasMessage("grid.checkpoint.otherDistrict");
        assertThat(grids.checkpointsOf(office, grid.getId())).hasSize(2);
        assertThatThrownBy(() -> grids.place(office, grid.getId(), grid.getVersion(), List.of()))
                .isInstanceOf(org.springframework.orm.ObjectOptimisticLockingFailureException.class);

        assertThatThrownBy(() -> grids.create(actor("liaison"), new GridDetails(district.getId(), "x",
                district.getId(), "x", null))).isInstanceOf(NotPermitted.class);
        assertThatThrownBy(() -> grids.create(office, new GridDetails(district.getId(), grid.getName(),
                district.getId(), "x", null))).isInstanceOf(BusinessRuleException.class).hasMessage("grid.name.taken");
    }

    @Test
    @WithUserDetails("office")
    void aMissingNameIsShownNextToItAndAStaleEditIsAConflict() throws Exception {
        Unit district = units.districts().get(2);
        mvc.perform(post("/grids/new").with(csrf()).param("districtId", "" + district.getId())
                        .param("responsibleUnitId", "" + district.getId()).param("responsiblePerson", "王"))
                .andExpect(status().isOk()).andExpect(model().attributeHasFieldErrors("gridForm", "name"))
                .andExpect(content().string(Matchers.containsString("不能为空")));
        Grid grid = grids.create(actor("office"), new GridDetails(district.getId(), "滨江网格-" + System.nanoTime(),
                district.getId(), "王网格长", null));
        mvc.perform(post("/grids/" + grid.getId() + "/edit").with(csrf()).param("version", "" + grid.getVersion())
                        .param("districtId", "" + district.getId()).param("name", grid.getName())
                        .param("responsibleUnitId", "" + district.getId()).param("responsiblePerson", "李网格长"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/grids/" + grid.getId() + "/edit").with(csrf()).param("version", "" + grid.getVersion())
                        .param("districtId", "" + district.getId()).param("name", grid.getName())
                        .param("responsibleUnitId", "" + district.getId()).param("responsiblePerson", "旧"))
                .andExpect(status().isConflict());
        mvc.perform(get("/grids/" + grid.getId())).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("李网格长")));
        mvc.perform(get("/grids")).andExpect(status().isOk());
    }
}
