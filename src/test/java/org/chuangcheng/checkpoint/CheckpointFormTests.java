package org.chuangcheng.checkpoint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import java.util.UUID;
import org.chuangcheng.AbstractIntegrationTests;
import org.chuangcheng.organization.DemoRecords;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The checkpoint form: bad input comes back with messages next to the fields, nothing is saved. */
@WithUserDetails("office")
class CheckpointFormTests extends AbstractIntegrationTests {

    @Autowired
    JdbcTemplate jdbc;

    DemoRecords demo;
    long bureauId;
    long officeAccountId;
    long leaderAccountId;

    @BeforeEach
    void loadIds() {
        demo = DemoRecords.load(jdbc);
        bureauId = demo.liaisonUnitId();
        officeAccountId = jdbc.queryForObject("select id from accounts where username = 'office'", Long.class);
        leaderAccountId = jdbc.queryForObject("select id from accounts where username = 'leader'", Long.class);
    }

    private MockHttpServletRequestBuilder create(String name) {
        return create(name, demo.districtId());
    }

    private MockHttpServletRequestBuilder create(String name, long districtId) {
        return post("/checkpoints/new").with(csrf())
                .param("name", name)
                .param("categoryId", String.valueOf(demo.categoryId()))
                .param("districtId", String.valueOf(districtId))
                .param("address", "城关区解放路1号")
                .param("responsibleUnitId", String.valueOf(demo.liaisonUnitId()))
                .param("version", "0");
    }

    private int count() {
        return jdbc.queryForObject("select count(*) from checkpoints", Integer.class);
    }

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void aCompleteFormCreatesTheCheckpoint() throws Exception {
        String name = unique("测试农贸市场");
        mvc.perform(create(name).param("latitude", "30.5").param("longitude", "114.3")
                        .param("pairedLeaderId", String.valueOf(leaderAccountId)).param("secondary", "true"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/checkpoints/*"))
                .andExpect(flash().attribute("success", "checkpoint.saved"));
        long id = jdbc.queryForObject("select id from checkpoints where name = ? and secondary", Long.class, name);
        mvc.perform(get("/checkpoints/{id}", id))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("30.5，114.3")))
                .andExpect(content().string(containsString("李市长")));
    }

    @Test
    void aUnitsPageListsItsCheckpointsWithALinkToTheFilteredList() throws Exception {
        String firstName = jdbc.queryForObject("""
                select name from checkpoints where responsible_unit_id = ? and active order by name limit 1""",
                String.class, demo.liaisonUnitId());
        mvc.perform(get("/checkpoints/of-unit/{id}", demo.liaisonUnitId()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(firstName)))
                .andExpect(content().string(containsString("/checkpoints?unitId=" + demo.liaisonUnitId())))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("<html"))));
    }

    @Test
    void missingRequiredFieldsAreShownNextToTheFieldsAndNothingIsSaved() throws Exception {
        int before = count();
        mvc.perform(post("/checkpoints/new").with(csrf()).param("name", " ").param("address", "")
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(view().name("checkpoint/form"))
                .andExpect(model().attributeHasFieldErrors("checkpointForm", "name", "categoryId", "districtId",
                        "address", "responsibleUnitId"))
                .andExpect(content().string(containsString("is-invalid")))
                .andExpect(content().string(containsString("不能为空")))
                .andExpect(content().string(containsString("id=\"form-errors\"")))
                .andExpect(content().string(containsString("点位名称：不能为空")));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void messagesSpeakEnglishWhenAsked() throws Exception {
        mvc.perform(post("/checkpoints/new").with(csrf()).param("lang", "en").param("name", "")
                        .param("version", "0"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("must not be empty")))
                .andExpect(content().string(containsString("please choose one")));
    }

    @Test
    void coordinatesOutOfRangeAreRefused() throws Exception {
        int before = count();
        mvc.perform(create(unique("越界")).param("latitude", "95").param("longitude", "-181"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("checkpointForm", "latitude", "DecimalMax"))
                .andExpect(model().attributeHasFieldErrorCode("checkpointForm", "longitude", "DecimalMin"))
                .andExpect(content().string(containsString("应在 -90 到 90 之间")));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void onlyOneCoordinateIsRefused() throws Exception {
        int before = count();
        mvc.perform(create(unique("半坐标")).param("latitude", "30.1").param("longitude", ""))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("checkpointForm", "longitude",
                        "checkpoint.coordinates.pair"));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aCoordinateThatIsNotANumberIsRefused() throws Exception {
        mvc.perform(create(unique("坐标")).param("latitude", "北纬30").param("longitude", "114"))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("checkpointForm", "latitude", "typeMismatch"));
    }

    @Test
    void aDuplicateNameInTheSameDistrictIsAFieldErrorNotAServerError() throws Exception {
        String name = unique("重复点位");
        mvc.perform(create(name)).andExpect(status().is3xxRedirection());
        int before = count();
        mvc.perform(create(name.toUpperCase()))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("checkpointForm", "name", "checkpoint.name.taken"))
                .andExpect(content().string(containsString("本区县已有名为")));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void aDistrictMustBeADistrictAndAPairedLeaderALeader() throws Exception {
        mvc.perform(create(unique("非区县"), bureauId))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("checkpointForm", "districtId",
                        "checkpoint.district.notDistrict"));
        mvc.perform(create(unique("非领导")).param("pairedLeaderId", String.valueOf(officeAccountId)))
                .andExpect(status().isOk())
                .andExpect(model().attributeHasFieldErrorCode("checkpointForm", "pairedLeaderId",
                        "checkpoint.pairedLeader.notLeader"));
    }

    @Test
    void editingAStaleVersionIsAConflict() throws Exception {
        String name = unique("并发点位");
        mvc.perform(create(name)).andExpect(status().is3xxRedirection());
        long id = jdbc.queryForObject("select id from checkpoints where name = ?", Long.class, name);
        long version = jdbc.queryForObject("select version from checkpoints where id = ?", Long.class, id);
        mvc.perform(editOf(id, name + "改", version)).andExpect(status().is3xxRedirection());
        mvc.perform(editOf(id, name + "再改", version))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("此记录已被他人修改")));
        assertThat(jdbc.queryForObject("select name from checkpoints where id = ?", String.class, id))
                .isEqualTo(name + "改");
    }

    @Test
    void theEditFormShowsTheCheckpointAndDeactivationAsksFirst() throws Exception {
        mvc.perform(get("/checkpoints/{id}/edit", demo.ownCheckpointId()))
                .andExpect(status().isOk())
                .andExpect(model().attributeExists("checkpointForm"))
                .andExpect(content().string(containsString(
                        "<option value=\"" + demo.categoryId() + "\" selected=\"selected\"")));
        mvc.perform(get("/checkpoints/{id}", demo.ownCheckpointId()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("data-confirm=\"确定停用")))
                .andExpect(content().string(containsString("id=\"checklist\"")));
    }

    @Test
    void deactivatingAndReactivatingToggleTheActiveFlag() throws Exception {
        String name = unique("停用点位");
        mvc.perform(create(name)).andExpect(status().is3xxRedirection());
        long id = jdbc.queryForObject("select id from checkpoints where name = ?", Long.class, name);
        mvc.perform(post("/checkpoints/{id}/deactivate", id).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("success", "checkpoint.deactivated"));
        assertThat(jdbc.queryForObject("select active from checkpoints where id = ?", Boolean.class, id)).isFalse();
        mvc.perform(post("/checkpoints/{id}/reactivate", id).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select active from checkpoints where id = ?", Boolean.class, id)).isTrue();
    }

    private MockHttpServletRequestBuilder editOf(long id, String name, long version) {
        return post("/checkpoints/{id}/edit", id).with(csrf())
                .param("name", name)
                .param("categoryId", String.valueOf(demo.categoryId()))
                .param("districtId", String.valueOf(demo.districtId()))
                .param("address", "城关区解放路2号")
                .param("responsibleUnitId", String.valueOf(demo.liaisonUnitId()))
                .param("version", String.valueOf(version));
    }
}
