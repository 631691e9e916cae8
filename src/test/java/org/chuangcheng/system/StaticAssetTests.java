package org.chuangcheng.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chuangcheng.AbstractIntegrationTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/** Pages link their assets under content-hashed URLs, and only their assets go through the resource chain. */
class StaticAssetTests extends AbstractIntegrationTests {

    private static final Pattern APP_CSS = Pattern.compile("href=\"(/css/app-[0-9a-f]{32}\\.css)\"");

    @Autowired
    ApplicationContext context;

    @Test
    @WithUserDetails("liaison")
    void aListPageLinksItsAssetsVersionedAndItsProblemsAsTheyAre() throws Exception {
        String html = mvc.perform(get("/problems")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(html).containsPattern(APP_CSS)
                .containsPattern("src=\"/js/app-[0-9a-f]{32}\\.js\"")
                .containsPattern("src=\"/webjars/htmx.org/[0-9.]+/dist/htmx.min-[0-9a-f]{32}\\.js\"")
                .containsPattern("href=\"/webjars/bootstrap/[0-9.]+/dist/css/bootstrap.min-[0-9a-f]{32}\\.css\"")
                .containsPattern("href=\"/problems/[0-9]+\"")
                .doesNotContain("href=\"/css/app.css\"");
        assertThat(filter().resolvedPaths().keySet()).isNotEmpty()
                .allMatch(path -> AssetUrlEncodingFilter.ASSET_ROOTS.stream().anyMatch(path::startsWith));
    }

    @Test
    void aVersionedAssetIsServedWithAYearLongCache() throws Exception {
        String login = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString();
        Matcher css = APP_CSS.matcher(login);
        assertThat(css.find()).as("the sign-in page links app.css versioned").isTrue();

        mvc.perform(get(css.group(1)))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", "max-age=31536000, public"));
    }

    @Test
    void bootsOwnResourceUrlEncodingFilterIsReplaced() {
        assertThat(context.getBeansOfType(FilterRegistrationBean.class).values())
                .filteredOn(registration -> registration.getFilter() instanceof ResourceUrlEncodingFilter)
                .singleElement()
                .extracting(FilterRegistrationBean::getFilter)
                .isInstanceOf(AssetUrlEncodingFilter.class);
    }

    private AssetUrlEncodingFilter filter() {
        return (AssetUrlEncodingFilter) context.getBean("assetUrlEncodingFilter", FilterRegistrationBean.class)
                .getFilter();
    }
}
