package org.chuangcheng.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.chuangcheng.AbstractIntegrationTests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

class IndicatorPagesTests extends AbstractIntegrationTests {

    @Autowired
    UserDetailsService userDetails;
    @Autowired
    IndicatorTree tree;

    @ParameterizedTest(name = "{0} reads the indicator tree")
    @ValueSource(strings = {"admin", "office", "leader", "inspector", "liaison"})
    void everyRoleReadsTheIndicatorTree(String username) throws Exception {
        mvc.perform(get("/indicators").with(user(userDetails.loadUserByUsername(username))))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("id=\"indicator-tree\"")));
    }

    @Test
    void anonymousVisitorsAreSentToSignIn() throws Exception {
        mvc.perform(get("/indicators"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void theTreeIsNestedAndSpeaksTheUsersLanguage() throws Exception {
        IndicatorTree.Node first = tree.roots().get(0);
        IndicatorTree.Node child = first.children().get(0);
        String zh = mvc.perform(get("/indicators").with(user(userDetails.loadUserByUsername("office"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(zh).contains(first.indicator().getNameZh(), child.indicator().getNameZh(), "测评体系");
        // the child's list sits inside its parent's item
        assertThat(zh.indexOf(child.indicator().getNameZh())).isGreaterThan(zh.indexOf(first.indicator().getNameZh()));
        String en = mvc.perform(get("/indicators").param("lang", "en")
                        .with(user(userDetails.loadUserByUsername("office"))))
                .andReturn().getResponse().getContentAsString();
        assertThat(en).contains(first.indicator().getNameEn(), "Evaluation system")
                .doesNotContain(first.indicator().getNameZh());
    }

    @Test
    void theTreeHasElevenEvaluationItemsWithTheirContents() {
        assertThat(tree.roots()).hasSize(11).allSatisfy(node -> assertThat(node.children()).isNotEmpty());
    }
}
