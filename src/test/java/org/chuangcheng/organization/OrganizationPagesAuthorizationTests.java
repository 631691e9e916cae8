package org.chuangcheng.organization;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.stream.Stream;
import org.chuangcheng.AbstractIntegrationTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Who may open which unit and work-group page: everyone reads (a liaison only her own unit, another
 * unit is "not found"), only the office and administrators create and edit.
 */
class OrganizationPagesAuthorizationTests extends AbstractIntegrationTests {

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
                Arguments.of("/units", new int[] {200, 200, 200, 200, 200}),
                Arguments.of("/units?type=DISTRICT&q=区&sort=type,desc&page=0", new int[] {200, 200, 200, 200, 200}),
                Arguments.of("/units?sort=nonsense", new int[] {200, 200, 200, 200, 200}),
                Arguments.of("/units/{ownUnit}", new int[] {200, 200, 200, 200, 200}),
                Arguments.of("/units/{otherUnit}", new int[] {200, 200, 200, 200, 404}),
                Arguments.of("/units/999999", new int[] {404, 404, 404, 404, 404}),
                Arguments.of("/units/new", new int[] {200, 200, 403, 403, 403}),
                Arguments.of("/units/{ownUnit}/edit", new int[] {200, 200, 403, 403, 403}),
                Arguments.of("/work-groups", new int[] {200, 200, 200, 200, 200}),
                Arguments.of("/work-groups/new", new int[] {200, 200, 403, 403, 403}),
                Arguments.of("/work-groups/{workGroup}/edit", new int[] {200, 200, 403, 403, 403}));
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
    @ValueSource(strings = {"/units", "/units/{ownUnit}", "/units/new", "/units/{ownUnit}/edit", "/work-groups",
        "/work-groups/new", "/work-groups/{workGroup}/edit"})
    void anonymousVisitorsAreSentToSignIn(String path) throws Exception {
        mvc.perform(get(demo.expand(path)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @ParameterizedTest(name = "{0} POST {1} -> {2}")
    @MethodSource("changesRefused")
    void onlyTheOfficeAndAdministratorsChangeUnitsAndGroups(String username, String path, int expected)
            throws Exception {
        mvc.perform(post(demo.expand(path)).with(csrf()).with(user(userDetails.loadUserByUsername(username)))
                        .param("name", "x").param("version", "0"))
                .andExpect(status().is(expected));
    }

    static Stream<Arguments> changesRefused() {
        return Stream.of(
                Arguments.of("leader", "/units/new", 403), Arguments.of("inspector", "/units/new", 403),
                Arguments.of("liaison", "/units/new", 403), Arguments.of("liaison", "/units/{ownUnit}/edit", 403),
                Arguments.of("leader", "/work-groups/new", 403), Arguments.of("liaison", "/work-groups/new", 403),
                Arguments.of("inspector", "/work-groups/{workGroup}/edit", 403),
                Arguments.of("leader", "/units/{ownUnit}/contact", 403),
                Arguments.of("inspector", "/units/{ownUnit}/contact", 403),
                Arguments.of("liaison", "/units/{otherUnit}/contact", 404));
    }

    @ParameterizedTest(name = "anonymous POST {0} -> login")
    @ValueSource(strings = {"/units/new", "/units/{ownUnit}/contact", "/work-groups/new"})
    void anonymousChangesAreSentToSignIn(String path) throws Exception {
        mvc.perform(post(demo.expand(path)).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }
}
