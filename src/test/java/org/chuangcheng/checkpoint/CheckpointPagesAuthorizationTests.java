package org.chuangcheng.checkpoint;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.stream.Stream;
import org.chuangcheng.AbstractIntegrationTests;
import org.chuangcheng.organization.DemoRecords;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Who may open which checkpoint and category page: everyone reads, only the office and administrators
 * change, and a liaison meets another unit's checkpoint as "not found".
 */
class CheckpointPagesAuthorizationTests extends AbstractIntegrationTests {

    private static final String[] ROLES = {"admin", "office", "leader", "inspector", "liaison"};

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService userDetails;

    DemoRecords demo;

    @BeforeEach
    void loadIds() {
        demo = DemoRecords.load(jdbc);
    }

    /** path, then the expected status for admin, office, leader, inspector, liaison. */
    static Stream<Arguments> pages() {
        return Stream.of(
                Arguments.of("/checkpoints", new int[] {200, 200, 200, 200, 200}),
                Arguments.of("/checkpoints?districtId=1&categoryId=1&q=x&inactive=true&sort=district.name,desc",
                        new int[] {200, 200, 200, 200, 200}),
                Arguments.of("/checkpoints/{own}", new int[] {200, 200, 200, 200, 200}),
                Arguments.of("/checkpoints/{other}", new int[] {200, 200, 200, 200, 404}),
                Arguments.of("/checkpoints/new", new int[] {200, 200, 403, 403, 403}),
                Arguments.of("/checkpoints/{own}/edit", new int[] {200, 200, 403, 403, 403}),
                Arguments.of("/checkpoints/{other}/edit", new int[] {200, 200, 403, 403, 403}),
                Arguments.of("/checkpoints/of-unit/{ownUnit}", new int[] {200, 200, 200, 200, 200}),
                Arguments.of("/checkpoints/of-unit/{otherUnit}", new int[] {200, 200, 200, 200, 404}),
                Arguments.of("/checkpoints/999999", new int[] {404, 404, 404, 404, 404}),
                Arguments.of("/categories", new int[] {200, 200, 200, 200, 200}),
                Arguments.of("/categories/{category}", new int[] {200, 200, 200, 200, 200}),
                Arguments.of("/categories/999999", new int[] {404, 404, 404, 404, 404}));
    }

    static Stream<Arguments> pagesByRole() {
        return pages().flatMap(a -> {
            int[] expected = (int[]) a.get()[1];
            return Stream.of(0, 1, 2, 3, 4).map(i -> Arguments.of(a.get()[0], ROLES[i], expected[i]));
        });
    }

    @ParameterizedTest(name = "{1} GET {0} -> {2}")
    @MethodSource("pagesByRole")
    void eachRoleGetsThePagesItMaySee(String path, String username, int expected) throws Exception {
        mvc.perform(get(demo.expand(path)).with(user(userDetails.loadUserByUsername(username))))
                .andExpect(status().is(expected));
    }

    @ParameterizedTest(name = "anonymous GET {0} -> login")
    @ValueSource(strings = {"/checkpoints", "/checkpoints/{own}", "/checkpoints/new", "/checkpoints/{own}/edit",
        "/checkpoints/of-unit/{ownUnit}", "/categories", "/categories/{category}"})
    void anonymousVisitorsAreSentToSignIn(String path) throws Exception {
        mvc.perform(get(demo.expand(path)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @ParameterizedTest(name = "{0} may not POST {1}")
    @MethodSource("changesRefused")
    void onlyTheOfficeAndAdministratorsChangeCheckpoints(String username, String path) throws Exception {
        mvc.perform(post(demo.expand(path)).with(csrf()).with(user(userDetails.loadUserByUsername(username)))
                        .param("name", "x").param("version", "0"))
                .andExpect(status().isForbidden());
    }

    static Stream<Arguments> changesRefused() {
        return Stream.of("leader", "inspector", "liaison").flatMap(u -> Stream.of(
                Arguments.of(u, "/checkpoints/new"), Arguments.of(u, "/checkpoints/{own}/edit"),
                Arguments.of(u, "/checkpoints/{own}/deactivate"), Arguments.of(u, "/checkpoints/{own}/reactivate")));
    }

    @ParameterizedTest(name = "anonymous POST {0} -> login")
    @ValueSource(strings = {"/checkpoints/new", "/checkpoints/{own}/deactivate"})
    void anonymousChangesAreSentToSignIn(String path) throws Exception {
        mvc.perform(post(demo.expand(path)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }
}
