package org.chuangcheng;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import jakarta.servlet.http.Cookie;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Walks the application as each demo role would, following the links it is shown, and checks the
 * rules no single feature test sees whole: no page fails with a 5xx or leaks an exception, no message
 * key is left unresolved, every page declares the language it is written in, and a liaison is never
 * shown a link to a record she may not open.
 */
class SiteCrawlTests extends AbstractIntegrationTests {

    private static final int MAX_PAGES_PER_ROLE = 150;
    private static final int ENGLISH_PAGES = 40;
    private static final int MAX_URLS_PER_PATTERN = 3;

    private static final Pattern HREF = Pattern.compile("<a\\b[^>]*?\\bhref=\"(/[^\"]*)\"");
    private static final Pattern HTML_LANG = Pattern.compile("<html\\b[^>]*?\\blang=\"([^\"]*)\"");
    private static final Pattern NUMERIC_SEGMENT = Pattern.compile("/\\d+(?=/|$)");
    private static final Pattern DAY_SEGMENT = Pattern.compile("/\\d{4}-\\d{2}-\\d{2}(?=/|$)");
    private static final Pattern LIAISON_RECORD = Pattern.compile("^/(problems|tasks|checkpoints|units)/\\d+$");
    private static final List<String> SKIPPED_PREFIXES =
            List.of("/logout", "/webjars", "/css", "/js", "/login");

    @Autowired
    UserDetailsService users;

    @ParameterizedTest
    @ValueSource(strings = {"admin", "office", "leader", "inspector", "liaison"})
    void everyReachablePageRendersWithoutErrorsInBothLanguages(String account) throws Exception {
        UserDetails principal = users.loadUserByUsername(account);
        List<String> problems = new ArrayList<>();
        Set<String> liaisonRecordLinks = new TreeSet<>();

        Deque<String> queue = new ArrayDeque<>(List.of("/"));
        Set<String> seen = new LinkedHashSet<>(List.of("/"));
        Map<String, Integer> perPattern = new HashMap<>();
        List<String> visited = new ArrayList<>();
        Map<Integer, Integer> statuses = new TreeMap<>();

        while (!queue.isEmpty() && visited.size() < MAX_PAGES_PER_ROLE) {
            String url = queue.poll();
            visited.add(url);
            MockHttpServletResponse response = fetch(url, principal, null);
            statuses.merge(response.getStatus(), 1, Integer::sum);
            String body = check(url, "zh-CN", response, problems);
            String redirect = response.getRedirectedUrl();
            if (redirect != null && redirect.startsWith("/")) {
                enqueue(redirect, seen, perPattern, queue);
            }
            for (String link : links(body)) {
                if (LIAISON_RECORD.matcher(pathOf(link)).matches()) {
                    liaisonRecordLinks.add(pathOf(link));
                }
                enqueue(link, seen, perPattern, queue);
            }
        }

        for (String url : visited.subList(0, Math.min(ENGLISH_PAGES, visited.size()))) {
            check(url + " [en]", "en", fetch(url, principal, "en"), problems);
        }

        if ("liaison".equals(account)) {
            // Every record link she is shown must open: a link she cannot follow is a bug.
            for (String link : liaisonRecordLinks) {
                int status = fetch(link, principal, null).getStatus();
                if (status != 200) {
                    problems.add(link + " linked for the liaison but answers " + status);
                }
            }
        }

        System.out.printf("[crawl] %s: %d pages (Chinese) by status %s, %d in English, %d record links checked%n",
                account, visited.size(), statuses, Math.min(ENGLISH_PAGES, visited.size()),
                "liaison".equals(account) ? liaisonRecordLinks.size() : 0);
        System.out.printf("[crawl] %s patterns: %s%n", account,
                visited.stream().map(url -> pathOf(patternOf(url))).collect(Collectors.toCollection(TreeSet::new)));
        assertThat(visited).as("the crawl reaches beyond the home page").hasSizeGreaterThan(5);
        assertThat(problems).as("problems found while crawling as " + account).isEmpty();
    }

    private MockHttpServletResponse fetch(String url, UserDetails principal, String language) throws Exception {
        var request = get(URI.create(url)).with(user(principal));
        if (language != null) {
            request.cookie(new Cookie("cc-lang", language));
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        return response;
    }

    /** Records what is wrong with one response and returns its body when it is HTML (else ""). */
    private static String check(String url, String language, MockHttpServletResponse response,
            List<String> problems) throws Exception {
        int status = response.getStatus();
        boolean redirect = status >= 300 && status < 400;
        if (status != 200 && status != 403 && status != 404 && !redirect) {
            problems.add(url + " answers " + status);
        }
        String contentType = response.getContentType();
        if (contentType == null || !contentType.startsWith("text/html")) {
            return "";
        }
        String body = response.getContentAsString();
        for (String forbidden : List.of("??", "Whitelabel", "Exception")) {
            if (body.contains(forbidden)) {
                problems.add(url + " contains \"" + forbidden + "\": " + around(body, forbidden));
            }
        }
        if (status == 200) {
            Matcher lang = HTML_LANG.matcher(body);
            String declared = lang.find() ? lang.group(1) : "(none)";
            if (!declared.equals(language)) {
                problems.add(url + " declares <html lang=\"" + declared + "\">, expected " + language);
            }
        }
        return body;
    }

    private static void enqueue(String link, Set<String> seen, Map<String, Integer> perPattern,
            Deque<String> queue) {
        String path = pathOf(link);
        if (SKIPPED_PREFIXES.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"))
                || path.contains("/photos/") || path.endsWith(".xlsx")
                || link.contains("#") || link.contains("lang=") || !seen.add(link)) {
            return;
        }
        if (perPattern.merge(patternOf(link), 1, Integer::sum) <= MAX_URLS_PER_PATTERN) {
            queue.add(link);
        }
    }

    /** Ids and days become placeholders and paging/sorting is ignored, so the crawl spreads across features. */
    private static String patternOf(String link) {
        String path = NUMERIC_SEGMENT.matcher(DAY_SEGMENT.matcher(pathOf(link)).replaceAll("/{day}")).replaceAll("/{id}");
        int q = link.indexOf('?');
        String params = q < 0 ? "" : Arrays.stream(link.substring(q + 1).split("&"))
                .map(p -> p.split("=", 2)[0])
                .filter(name -> !name.equals("page") && !name.equals("sort") && !name.equals("size"))
                .sorted().distinct().collect(Collectors.joining(","));
        return path + "?" + params;
    }

    private static String pathOf(String link) {
        int q = link.indexOf('?');
        return q < 0 ? link : link.substring(0, q);
    }

    private static List<String> links(String body) {
        List<String> links = new ArrayList<>();
        Matcher href = HREF.matcher(body);
        while (href.find()) {
            String link = href.group(1).replace("&amp;", "&");
            if (!link.startsWith("//")) {
                links.add(link);
            }
        }
        return links;
    }

    private static String around(String body, String needle) {
        int at = body.indexOf(needle);
        return body.substring(Math.max(0, at - 60), Math.min(body.length(), at + 60)).replaceAll("\\s+", " ");
    }
}
