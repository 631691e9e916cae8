package org.chuangcheng.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.servlet.http.HttpServletResponse;
import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.resource.ResourceHttpRequestHandler;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/** Which links the asset filter hands to the resource chain, and how often. */
class AssetUrlEncodingFilterTests {

    ResourceUrlProvider resources = mock(ResourceUrlProvider.class);
    AssetUrlEncodingFilter filter;

    @BeforeEach
    void setUp() {
        when(resources.getHandlerMap()).thenReturn(Map.of("/**", new ResourceHttpRequestHandler()));
        when(resources.getForLookupPath("/css/app.css")).thenReturn("/css/app-0123456789abcdef.css");
        StaticListableBeanFactory beans = new StaticListableBeanFactory(Map.of("mvcResourceUrlProvider", resources));
        filter = new AssetUrlEncodingFilter(beans.getBeanProvider(ResourceUrlProvider.class));
    }

    @Test
    void ordinaryLinksNeverReachTheResourceChain() throws Exception {
        List<String> links = List.of("/", "/problems/820", "/problems/820/submit", "/problems?scope=open&page=2",
                "/tasks/mine", "?lang=en", "/login?lang=en", "/csv/not-an-asset-root");

        assertThat(render("", links)).isEqualTo(links);
        verify(resources, never()).getForLookupPath(anyString());
    }

    @Test
    void anAssetLinkGetsItsVersionedUrlAndIsResolvedOnlyOnce() throws Exception {
        assertThat(render("", List.of("/css/app.css", "/css/app.css?v=1#top")))
                .containsExactly("/css/app-0123456789abcdef.css", "/css/app-0123456789abcdef.css?v=1#top");
        assertThat(render("", List.of("/css/app.css"))).containsExactly("/css/app-0123456789abcdef.css");

        verify(resources, times(1)).getForLookupPath("/css/app.css");
    }

    @Test
    void anUnknownAssetStaysAsItIsAndIsNotLookedUpAgain() throws Exception {
        assertThat(render("", List.of("/js/missing.js", "/js/missing.js"))).containsOnly("/js/missing.js");
        assertThat(render("", List.of("/js/missing.js"))).containsOnly("/js/missing.js");

        verify(resources, times(1)).getForLookupPath("/js/missing.js");
    }

    @Test
    void theContextPathIsKept() throws Exception {
        assertThat(render("/cc", List.of("/cc/css/app.css", "/cc/problems/1")))
                .containsExactly("/cc/css/app-0123456789abcdef.css", "/cc/problems/1");
    }

    @Test
    void noAnswerIsKeptBeforeTheResourceHandlersAreKnown() throws Exception {
        when(resources.getHandlerMap()).thenReturn(Map.of());

        render("", List.of("/css/app.css"));
        render("", List.of("/css/app.css"));

        verify(resources, times(2)).getForLookupPath("/css/app.css");
        assertThat(filter.resolvedPaths()).isEmpty();
    }

    @Test
    void everyStaticFolderAndFileIsUnderAnAssetRoot() {
        File[] entries = new File("src/main/resources/static").listFiles();
        assertThat(entries).isNotEmpty();
        for (File entry : entries) {
            String root = "/" + entry.getName() + (entry.isDirectory() ? "/" : "");
            assertThat(AssetUrlEncodingFilter.ASSET_ROOTS)
                    .as("AssetUrlEncodingFilter.ASSET_ROOTS lists %s, else its links are not versioned", root)
                    .contains(root);
        }
    }

    /** Renders the links as a template engine would, through the filtered response. */
    private List<String> render(String contextPath, List<String> links) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", contextPath + "/problems");
        request.setContextPath(contextPath);
        List<String> rendered = new ArrayList<>();
        filter.doFilter(request, new MockHttpServletResponse(), (req, res) -> {
            for (String link : links) {
                rendered.add(((HttpServletResponse) res).encodeURL(link));
            }
        });
        return rendered;
    }
}
