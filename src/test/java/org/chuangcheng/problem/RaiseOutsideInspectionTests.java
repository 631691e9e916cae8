package org.chuangcheng.problem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.chuangcheng.AbstractIntegrationTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/** A problem raised outside an inspection (交办问题) goes into the loop like any other, through its one way in. */
class RaiseOutsideInspectionTests extends AbstractIntegrationTests {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService users;

    Map<String, Object> checkpoint;
    Long standard;
    Long foreignStandard;
    final String description = "人行道护栏倒伏-" + UUID.randomUUID().toString().substring(0, 8);

    @BeforeEach
    void aCheckpointAndAStandardOfItsChecklist() {
        checkpoint = jdbc.queryForMap("select id, name, category_id, responsible_unit_id from checkpoints"
                + " where active order by id limit 1");
        standard = jdbc.queryForObject("select id from standards where category_id = ? order by sort_order limit 1",
                Long.class, checkpoint.get("category_id"));
        foreignStandard = jdbc.queryForObject("select id from standards where category_id <> ? limit 1", Long.class,
                checkpoint.get("category_id"));
    }

    MockMultipartHttpServletRequestBuilder raise(String username) {
        return (MockMultipartHttpServletRequestBuilder) multipart("/problems/new")
                .with(user(users.loadUserByUsername(username))).with(csrf())
                .param("checkpointId", "" + checkpoint.get("id")).param("severity", "GENERAL");
    }

    long raised() {
        return jdbc.queryForObject("select count(*) from problems where description = ?", Long.class, description);
    }

    static byte[] jpeg() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(64, 48, BufferedImage.TYPE_INT_RGB), "jpg", out);
        return out.toByteArray();
    }

    @Test
    void anInspectorFindsTheCheckpointAndRaisesAProblemWithAStandardAndAPhoto() throws Exception {
        mvc.perform(get("/problems/new").param("q", (String) checkpoint.get("name"))
                        .with(user(users.loadUserByUsername("inspector"))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("choose-" + checkpoint.get("id"))));
        String form = mvc.perform(get("/problems/new").param("checkpointId", "" + checkpoint.get("id"))
                        .with(user(users.loadUserByUsername("inspector"))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String standards = form.substring(form.indexOf("id=\"standardId\""), form.indexOf("</select>", form.indexOf("id=\"standardId\"")));
        assertThat(standards).contains("<option value=\"" + standard + "\"")
                .doesNotContain("<option value=\"" + foreignStandard + "\"");

        mvc.perform(raise("inspector").file(new MockMultipartFile("photos", "现场.jpg", "image/jpeg", jpeg()))
                        .param("standardId", "" + standard).param("description", description))
                .andExpect(status().is3xxRedirection());

        Map<String, Object> problem = jdbc.queryForMap("select id, origin, inspection_id, standard_id, responsible_unit_id,"
                + " status, deadline from problems where description = ?", description);
        assertThat(problem.get("origin")).isEqualTo("MANUAL");
        assertThat(problem.get("inspection_id")).isNull();
        assertThat(problem.get("standard_id")).isEqualTo(standard);
        assertThat(problem.get("responsible_unit_id")).isEqualTo(checkpoint.get("responsible_unit_id"));
        assertThat(problem.get("status")).isEqualTo("ASSIGNED");
        assertThat(problem.get("deadline")).isNotNull();
        assertThat(jdbc.queryForObject("select count(*) from problem_event_attachments a join problem_events e"
                + " on e.id = a.event_id where e.problem_id = ?", Long.class, problem.get("id"))).isOne();
    }

    @Test
    void badInputGetsAFieldMessageAndNothingIsRaised() throws Exception {
        mvc.perform(raise("office").param("description", " "))
                .andExpect(status().isOk()).andExpect(content().string(containsString("不能为空")));
        mvc.perform(raise("office").param("description", description).param("standardId", "" + foreignStandard))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("所选标准不在该点位的检查清单中。")));
        mvc.perform(raise("office").param("description", description).param("deadline", "2999-01-01"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("id=\"raise-form\"")));
        mvc.perform(raise("office").param("description", description).param("unitId", "999999999"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("请选择有效的选项")));
        assertThat(raised()).isZero();
    }

    @Test
    void theOfficeMayHandItToAnotherUnitWithItsOwnDeadline() throws Exception {
        Long other = jdbc.queryForObject("select id from units where id <> ? and active order by id limit 1", Long.class,
                checkpoint.get("responsible_unit_id"));
        mvc.perform(raise("office").param("description", description).param("unitId", "" + other))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.queryForObject("select responsible_unit_id from problems where description = ?", Long.class,
                description)).isEqualTo(other);
    }

    @Test
    void liaisonsAndLeadersDoNotRaiseProblemsHere() throws Exception {
        mvc.perform(raise("liaison").param("description", description)).andExpect(status().isForbidden());
        mvc.perform(raise("leader").param("description", description)).andExpect(status().isForbidden());
        mvc.perform(get("/problems/new").with(user(users.loadUserByUsername("liaison")))).andExpect(status().isForbidden());
        assertThat(raised()).isZero();
    }
}
