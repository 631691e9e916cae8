package org.chuangcheng.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Gives the links a page renders to static assets their content-hashed URL ({@code /css/app-<md5>.css},
 * which browsers may keep for a year) and leaves every other link alone.
 * <p>
 * It takes the place of Spring's {@link ResourceUrlEncodingFilter}, which Boot registers for Thymeleaf (Boot
 * backs off because this is one). With the static files mapped at {@code /**}, that filter hands every link to
 * the resource chain, {@code /problems/820} included, and a link that is no file misses the chain's cache and is
 * looked up again in each static location and the webjars on every render: inside the jar this took two thirds
 * of a list page's time (spring-framework#34014). Here only paths under {@link #ASSET_ROOTS} reach the chain,
 * once each: the answer, a miss included, is kept for the life of the application, since the files of a
 * running jar do not change.
 */
class AssetUrlEncodingFilter extends ResourceUrlEncodingFilter {

    /**
     * Where static assets are served from: webjars and the folders (or files) of {@code src/main/resources/static}
     * ({@code AssetUrlEncodingFilterTests} fails when one there is missing from this list).
     */
    static final List<String> ASSET_ROOTS = List.of("/webjars/", "/css/", "/js/", "/img/");

    /** More distinct asset paths than any set of templates names: beyond it, answers are not kept. */
    private static final int MAX_KEPT = 1_000;

    private final ObjectProvider<ResourceUrlProvider> resourceUrls;
    private final Map<String, String> publicPaths = new ConcurrentHashMap<>();

    /** The provider is looked up on first use: filters are created before Spring MVC's beans. */
    AssetUrlEncodingFilter(ObjectProvider<ResourceUrlProvider> resourceUrls) {
        this.resourceUrls = resourceUrls;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse httpResponse) {
            String contextPath = http.getContextPath();
            chain.doFilter(request, new HttpServletResponseWrapper(httpResponse) {
                @Override
                public String encodeURL(String url) {
                    return super.encodeURL(publicUrl(contextPath, url));
                }
            });
        } else {
            chain.doFilter(request, response);
        }
    }

    /** The URL to render for a link: the versioned one for an asset, else the link itself. */
    String publicUrl(String contextPath, String url) {
        if (!url.startsWith(contextPath)) {
            return url;
        }
        int end = endOfPath(url);
        String path = url.substring(contextPath.length(), end);
        if (!isAsset(path)) {
            return url;
        }
        String publicPath = publicPaths.get(path);
        if (publicPath == null) {
            publicPath = resolve(path);
        }
        return contextPath + publicPath + url.substring(end);
    }

    private String resolve(String path) {
        ResourceUrlProvider provider = resourceUrls.getObject();
        String resolved = provider.getForLookupPath(path);
        String publicPath = resolved != null ? resolved : path;
        // the provider learns the resource handlers when the context has been refreshed: no answer before that
        if (!provider.getHandlerMap().isEmpty() && publicPaths.size() < MAX_KEPT) {
            publicPaths.put(path, publicPath);
        }
        return publicPath;
    }

    private static boolean isAsset(String path) {
        for (String root : ASSET_ROOTS) {
            if (path.startsWith(root)) {
                return true;
            }
        }
        return false;
    }

    private static int endOfPath(String url) {
        int end = url.length();
        int query = url.indexOf('?');
        if (query >= 0) {
            end = query;
        }
        int fragment = url.indexOf('#');
        return fragment >= 0 && fragment < end ? fragment : end;
    }

    /** The asset paths resolved so far and the URLs they render as. */
    Map<String, String> resolvedPaths() {
        return Map.copyOf(publicPaths);
    }
}
