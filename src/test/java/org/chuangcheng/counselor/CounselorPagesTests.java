package org.chuangcheng.counselor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.chuangcheng.AbstractIntegrationTests;
import org.chuangcheng.shared.ActorHolder;
import org.chuangcheng.shared.UnitDirectory.Option;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Page;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.web.servlet.ModelAndView;

/**
 * What the demo counselor's pages offer her: only links she may follow, and a unit filter over her groups' units
 * (a unit outside them in the URL is ignored).
 */
class CounselorPagesTests extends AbstractIntegrationTests {

    private static final Pattern HREF = Pattern.compile("href=\"(/[^\"#]*)\"");

    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    UserDetails counselor() {
        return users.loadUserByUsername("counselor");
    }

    Set<Long> scope(UserDetails counselor) {
        return ((ActorHolder) counselor).actor().scopeUnitIds();
    }

    String ids(Set<Long> scope) {
        return scope.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    Long one(String sql) {
        return jdbc.queryForObject(sql, Long.class);
    }

    String page(String url, UserDetails who) throws Exception {
        return mvc.perform(get(url).with(user(who))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void everyLinkOnHerPagesOpensForHer() throws Exception {
        UserDetails counselor = counselor();
        String in = ids(scope(counselor));
        Long checkpoint = one("select min(id) from checkpoints where active and grid_id is not null"
                + " and responsible_unit_id in (" + in + ")");
        assertThat(checkpoint).as("a checkpoint of hers in a grid").isNotNull();
        List<String> pages = List.of("/", "/checkpoints", "/checkpoints/" + checkpoint, "/tasks", "/tasks/board",
                "/tasks/" + one("select min(id) from tasks where lead_unit_id in (" + in + ")"),
                "/problems", "/problems/" + one("select min(id) from problems where responsible_unit_id in (" + in + ")"),
                "/inspections", "/inspections/" + one("select min(i.id) from inspections i join checkpoints c"
                        + " on c.id = i.checkpoint_id where i.status = 'FINISHED' and c.responsible_unit_id in (" + in + ")"));
        Set<String> links = new LinkedHashSet<>();
        for (String url : pages) {
            Matcher m = HREF.matcher(page(url, counselor));
            while (m.find()) {
                String link = m.group(1).replace("&amp;", "&");
                if (!link.matches("/(webjars|css|js|img|logout)(/.*)?|/favicon.ico")) {
                    links.add(link);
                }
            }
        }
        assertThat(links).hasSizeGreaterThan(20);
        List<String> refused = new ArrayList<>();
        for (String link : links) {
            int status = mvc.perform(get(link).with(user(counselor))).andReturn().getResponse().getStatus();
            if (status == 403 || status == 401 || status >= 500) {
                refused.add(link + " → " + status);
            }
        }
        assertThat(refused).as("links on her pages that she may not follow").isEmpty();
    }

    @Test
    void herCheckpointPageNamesItsUnitGridAndCategoryWithoutLinkingThemWhileTheOfficeFollowsThem() throws Exception {
        UserDetails counselor = counselor();
        Long checkpoint = one("select min(id) from checkpoints where active and grid_id is not null"
                + " and responsible_unit_id in (" + ids(scope(counselor)) + ")");
        String unit = jdbc.queryForObject("select u.name from checkpoints c join units u on u.id = c.responsible_unit_id"
                + " where c.id = ?", String.class, checkpoint);
        String grid = jdbc.queryForObject("select g.name from checkpoints c join grids g on g.id = c.grid_id"
                + " where c.id = ?", String.class, checkpoint);

        String hers = page("/checkpoints/" + checkpoint, counselor);
        assertThat(hers).contains(unit, grid).doesNotContain("href=\"/units/", "href=\"/grids/", "href=\"/categories/")
                .contains("id=\"inspect-here\"");
        String office = page("/checkpoints/" + checkpoint, users.loadUserByUsername("office"));
        assertThat(office).contains("href=\"/units/", "href=\"/grids/", "href=\"/categories/");
    }

    @Test
    void herListsFilterByHerGroupsUnitsOnly() throws Exception {
        UserDetails counselor = counselor();
        Set<Long> scope = scope(counselor);
        Set<Long> activeInScope = new java.util.HashSet<>(jdbc.queryForList(
                "select id from units where active and id in (" + ids(scope) + ")", Long.class));
        assertThat(activeInScope).hasSizeGreaterThan(1);
        for (String list : List.of("/checkpoints", "/tasks", "/tasks/board", "/problems", "/inspections")) {
            ModelAndView view = mvc.perform(get(list).with(user(counselor))).andExpect(status().isOk()).andReturn()
                    .getModelAndView();
            @SuppressWarnings("unchecked")
            List<Option> units = (List<Option>) view.getModel().get("units");
            assertThat(units).as(list).extracting(Option::id).containsExactlyInAnyOrderElementsOf(activeInScope);
            assertThat(page(list, counselor)).as(list).contains("name=\"unitId\"");
        }
        // a liaison reaches one unit: no filter to choose from
        ModelAndView liaison = mvc.perform(get("/checkpoints").with(user(users.loadUserByUsername("liaison"))))
                .andReturn().getModelAndView();
        assertThat(liaison.getModel()).doesNotContainKey("units");
    }

    @Test
    void aUnitOfHersNarrowsHerListsAndOneOutsideHerGroupsIsIgnored() throws Exception {
        UserDetails counselor = counselor();
        String in = ids(scope(counselor));
        Long mine = one("select min(responsible_unit_id) from checkpoints c where active and responsible_unit_id in (" + in
                + ") and exists (select 1 from inspections i where i.checkpoint_id = c.id and i.status = 'FINISHED')"
                + " and exists (select 1 from problems p where p.responsible_unit_id = c.responsible_unit_id)");
        Long outside = one("select min(c.responsible_unit_id) from checkpoints c join units u on u.id = c.responsible_unit_id"
                + " where c.active and u.type <> 'DISTRICT' and c.responsible_unit_id not in (" + in + ")");
        for (String list : List.of("/checkpoints", "/problems", "/inspections", "/tasks")) {
            long all = total(list, counselor);
            assertThat(all).as(list).isPositive();
            assertThat(total(list + "?unitId=" + outside, counselor)).as(list + " with a unit not hers").isEqualTo(all);
            if (!list.equals("/tasks")) {
                long narrowed = total(list + "?unitId=" + mine, counselor);
                assertThat(narrowed).as(list + " with a unit of hers").isPositive().isLessThan(all);
            }
        }
        assertThat(checkpointsOf("/checkpoints?unitId=" + mine, counselor))
                .allMatch(unit -> unit.equals(mine));
        String outsideName = jdbc.queryForObject("select name from units where id = ?", String.class, outside);
        assertThat(page("/checkpoints?unitId=" + outside, counselor)).doesNotContain(outsideName);
    }

    long total(String url, UserDetails who) throws Exception {
        Object page = mvc.perform(get(url).with(user(who))).andExpect(status().isOk()).andReturn().getModelAndView()
                .getModel().get("page");
        return ((Page<?>) page).getTotalElements();
    }

    List<Long> checkpointsOf(String url, UserDetails who) throws Exception {
        Page<?> page = (Page<?>) mvc.perform(get(url).with(user(who))).andReturn().getModelAndView().getModel().get("page");
        return page.getContent().stream()
                .map(c -> ((org.chuangcheng.checkpoint.Checkpoint) c).getResponsibleUnit().getId()).toList();
    }
}
