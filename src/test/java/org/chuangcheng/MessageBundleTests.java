package org.chuangcheng;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.attoparser.AbstractMarkupHandler;
import org.attoparser.MarkupParser;
import org.attoparser.ParseException;
import org.attoparser.config.ParseConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every visible word comes from the message bundles, in Chinese and English: the bundles have the same
 * keys in both languages, templates contain no hard-coded text, and every key a template or a Java
 * class names literally exists. Pure file checks, no Spring context.
 */
class MessageBundleTests {

    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    static final Path JAVA = Path.of("src/main/java");
    static final String CHINESE = "_zh_CN";

    /** basename (e.g. i18n/security) → language suffix ("" or _zh_CN) → keys and values. */
    static final Map<String, Map<String, Map<String, String>>> BUNDLES = new TreeMap<>();
    /** Every key in the English (default) files, with the bundle it comes from. */
    static final Map<String, String> ALL_KEYS = new HashMap<>();

    @BeforeAll
    static void loadBundles() throws IOException {
        Resource[] files = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
        for (Resource file : files) {
            String name = file.getFilename().replace(".properties", "");
            String suffix = name.endsWith(CHINESE) ? CHINESE : name.contains("_") ? name.substring(name.indexOf('_')) : "";
            String basename = "i18n/" + name.substring(0, name.length() - suffix.length());
            Properties properties = new Properties();
            try (Reader reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            Map<String, String> entries = new TreeMap<>();
            properties.forEach((k, v) -> entries.put((String) k, (String) v));
            BUNDLES.computeIfAbsent(basename, b -> new TreeMap<>()).merge(suffix, entries, (a, b) -> {
                a.putAll(b);
                return a;
            });
        }
        BUNDLES.forEach((basename, languages) ->
                languages.getOrDefault("", Map.of()).keySet().forEach(key -> ALL_KEYS.putIfAbsent(key, basename)));
    }

    // ---------------------------------------------------------------- bundles

    @Test
    void everyBundleHasAChineseAndAnEnglishFileWithTheSameKeys() {
        assertThat(BUNDLES).containsKeys("i18n/messages", "i18n/security", "i18n/calendar");
        List<String> problems = new ArrayList<>();
        BUNDLES.forEach((basename, languages) -> {
            Set<String> english = languages.getOrDefault("", Map.of()).keySet();
            Set<String> chinese = languages.getOrDefault(CHINESE, Map.of()).keySet();
            if (!languages.containsKey("")) {
                problems.add(basename + ".properties is missing");
            }
            if (!languages.containsKey(CHINESE)) {
                problems.add(basename + CHINESE + ".properties is missing");
            }
            languages.keySet().stream().filter(s -> !s.isEmpty() && !s.equals(CHINESE))
                    .forEach(s -> problems.add(basename + s + ".properties: only '' and " + CHINESE + " are kept in sync"));
            new TreeSet<>(english).stream().filter(k -> !chinese.contains(k))
                    .forEach(k -> problems.add(basename + CHINESE + ".properties lacks " + k));
            new TreeSet<>(chinese).stream().filter(k -> !english.contains(k))
                    .forEach(k -> problems.add(basename + ".properties lacks " + k));
        });
        assertThat(problems).as("keys missing in one language").isEmpty();
    }

    @Test
    void noKeyIsDefinedTwice() throws IOException {
        List<String> problems = new ArrayList<>();
        // within one file: Properties keeps the last silently, a typical merge accident
        for (Resource file : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties")) {
            Set<String> seen = new TreeSet<>();
            String text = new String(file.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            for (String line : text.split("\\R")) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#") || trimmed.startsWith("!") || !trimmed.contains("=")) {
                    continue;
                }
                String key = trimmed.substring(0, trimmed.indexOf('=')).strip();
                if (!seen.add(key)) {
                    problems.add(file.getFilename() + " defines " + key + " twice");
                }
            }
        }
        // across bundles: which one wins depends on the basename order
        Map<String, List<String>> owners = new TreeMap<>();
        BUNDLES.forEach((basename, languages) -> languages.getOrDefault("", Map.of()).keySet()
                .forEach(key -> owners.computeIfAbsent(key, k -> new ArrayList<>()).add(basename)));
        owners.forEach((key, bundles) -> {
            if (bundles.size() > 1) {
                problems.add(key + " is defined in " + bundles);
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void messagesWithArgumentsAreValidMessageFormats() {
        // with arguments, a lone apostrophe starts a quoted section and swallows the rest ("unit's {0}")
        Pattern argument = Pattern.compile("\\{\\d");
        List<String> problems = new ArrayList<>();
        BUNDLES.forEach((basename, languages) -> languages.forEach((suffix, entries) -> entries.forEach((key, value) -> {
            if (argument.matcher(value).find()) {
                if (value.replace("''", "").contains("'")) {
                    problems.add(basename + suffix + ": " + key + " has a single apostrophe; write '' instead");
                }
                try {
                    new java.text.MessageFormat(value, Locale.ROOT);
                } catch (IllegalArgumentException e) {
                    problems.add(basename + suffix + ": " + key + " is not a valid message format: " + e.getMessage());
                }
            }
        })));
        assertThat(problems).isEmpty();
    }

    @Test
    void everyBundleOnTheClasspathIsConfigured() throws IOException {
        Properties app = new Properties();
        try (Reader reader = Files.newBufferedReader(Path.of("src/main/resources/application.properties"))) {
            app.load(reader);
        }
        Set<String> configured = new TreeSet<>(List.of(app.getProperty("spring.messages.basename").split("\\s*,\\s*")));
        Set<String> found = new TreeSet<>(BUNDLES.keySet());
        assertThat(found).as("bundles on the classpath that spring.messages.basename does not list")
                .isSubsetOf(configured);
    }

    // ---------------------------------------------------------------- templates

    @Test
    void templatesContainNoHardCodedText() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path template : templates()) {
            problems.addAll(HardCodedTextFinder.scan(TEMPLATES.relativize(template).toString(),
                    Files.readString(template)));
        }
        assertThat(problems).as("hard-coded visible text: use th:text=\"#{key}\" (or th:placeholder, th:title...)")
                .isEmpty();
    }

    @Test
    void everyMessageKeyUsedInATemplateExists() throws IOException {
        // literal keys only: #{key} or #{key(args)}; computed keys (#{${...}}) cannot be checked here
        Pattern messageKey = Pattern.compile("#\\{([A-Za-z][\\w.-]*[\\w])\\s*[}(]");
        List<String> problems = new ArrayList<>();
        for (Path template : templates()) {
            String text = Files.readString(template);
            Matcher m = messageKey.matcher(text);
            while (m.find()) {
                if (!ALL_KEYS.containsKey(m.group(1))) {
                    problems.add(TEMPLATES.relativize(template) + ":" + lineOf(text, m.start()) + " #{" + m.group(1) + "}");
                }
            }
        }
        assertThat(problems).as("message keys used in templates but defined in no bundle").isEmpty();
    }

    @Test
    void everyMessageKeyNamedLiterallyInJavaExists() throws IOException {
        // a literal key ends with a word character and is not the prefix of a computed key ("problem.done." + action)
        String key = "\"([\\w.-]*\\w)\"(?!\\s*\\+)";
        List<Pattern> patterns = List.of(
                // Bean Validation: message = "{validation.notBlank}"
                Pattern.compile("message\\s*=\\s*\"\\{([\\w.-]+)}\""),
                // flash messages: addFlashAttribute("success", "unit.saved")
                Pattern.compile("addFlashAttribute\\(\\s*\"(?:success|failure)\"\\s*,\\s*" + key),
                // business rules: new BusinessRuleException("password.weak" / new XxxException("key"
                Pattern.compile("new \\w*(?:BusinessRule|Rule|Step)\\w*Exception\\(\\s*" + key),
                // field errors: rejectValue("field", "key" / reject("key"
                Pattern.compile("rejectValue\\(\\s*\"[\\w.]+\"\\s*,\\s*" + key),
                Pattern.compile("\\.reject\\(\\s*" + key));
        List<String> problems = new ArrayList<>();
        try (Stream<Path> files = Files.walk(JAVA)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String text = Files.readString(file);
                for (Pattern pattern : patterns) {
                    Matcher m = pattern.matcher(text);
                    while (m.find()) {
                        String found = m.group(1);
                        if (found.contains(".") && !ALL_KEYS.containsKey(found) && !isHibernateOrJakartaKey(found)) {
                            problems.add(JAVA.relativize(file) + ":" + lineOf(text, m.start()) + " " + found);
                        }
                    }
                }
            }
        }
        assertThat(problems).as("message keys named in Java but defined in no bundle").isEmpty();
    }

    @Test
    void theTemplateCheckFindsHardCodedTextAndOnlyThat() {
        String html = """
                <html th:replace="~{layout/main :: page(~{::title}, ~{::main})}">
                <head><title th:text="#{home.title}">首页</title><style>p { color: red }</style></head>
                <body><main>
                  <!--/* a comment */--><!-- an HTML comment -->
                  <p th:text="#{a.key}">示例</p>
                  <p>保存</p>
                  <div th:if="${x}">Save <span>·</span> / — 12 &nbsp; [[#{a.key}]]</div>
                  <input placeholder="搜索" th:value="${q}"><input th:placeholder="#{a.key}" placeholder="搜索">
                  <button th:attr="aria-label=#{a.key}" aria-label="关闭" title="Close"></button>
                  <form data-confirm="确定吗？"></form>
                  <span th:text="${name} ?: '无名'"></span><span th:text="${#temporals.format(d, 'yyyy-MM-dd')}"></span>
                  <div class="invalid-feedback" th:errors="*{name}">错误</div>
                  <ul><li>one<li th:text="#{a.key}">two</ul>
                  <script>var notText = 'hello';</script>
                </main></body></html>
                """;
        assertThat(HardCodedTextFinder.scan("sample.html", html)).containsExactly(
                "sample.html:6 text \"保存\"",
                "sample.html:7 text \"Save\"",
                "sample.html:8 <input placeholder=\"搜索\">",
                "sample.html:9 <button title=\"Close\">",
                "sample.html:10 <form data-confirm=\"确定吗？\">",
                "sample.html:11 <span th:text=\"${name} ?: '无名'\">",
                "sample.html:13 text \"one\"");
    }

    private static boolean isHibernateOrJakartaKey(String key) {
        return key.startsWith("jakarta.") || key.startsWith("org.hibernate.");
    }

    private static List<Path> templates() throws IOException {
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            return files.filter(f -> f.toString().endsWith(".html")).sorted().toList();
        }
    }

    static int lineOf(String text, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    /**
     * Walks a template with Thymeleaf's own HTML parser and reports text a user would see that no
     * Thymeleaf attribute replaces: text nodes, and title/placeholder/alt/aria-label/data-confirm
     * and button values. Comments, scripts and styles, and text without letters ("·", "/", "—")
     * are ignored; so is everything inside an element whose body th:text/th:utext/th:replace/
     * th:insert/th:remove/th:errors (th:field on a textarea)/sec:authentication replaces.
     */
    static final class HardCodedTextFinder extends AbstractMarkupHandler {

        static final Pattern LETTERS = Pattern.compile("\\p{L}");
        static final Pattern CJK = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}]");
        /** HTML entities (&nbsp; &times;) and inlined expressions ([[#{key}]], [(${x})]) are not text. */
        static final Pattern NOT_TEXT = Pattern.compile("&#?\\w+;|\\[\\[.*?]]|\\[\\(.*?\\)]", Pattern.DOTALL);
        /** Expressions inside an attribute value, whose own quotes are not literals. */
        static final Pattern EXPRESSION_BODY = Pattern.compile("[#$*@~]\\{[^{}]*}");
        static final Pattern QUOTED = Pattern.compile("'((?:[^'\\\\]|\\\\.)*)'");
        static final Set<String> VOID = Set.of("area", "base", "br", "col", "embed", "hr", "img", "input", "link",
                "meta", "param", "source", "track", "wbr");
        static final Set<String> TEXT_ATTRIBUTES = Set.of("title", "placeholder", "alt", "aria-label", "data-confirm");
        static final Set<String> BODY_REPLACING = Set.of("text", "utext", "replace", "insert", "remove", "errors");
        static final Set<String> EXPRESSION_TEXT = Set.of("text", "utext", "title", "placeholder", "alt",
                "aria-label", "value");

        record Frame(String name, boolean silent) {
        }

        private final String template;
        private final List<String> problems = new ArrayList<>();
        private final Deque<Frame> open = new ArrayDeque<>();
        private String elementName;
        private int elementLine;
        private Map<String, String> attributes;

        private HardCodedTextFinder(String template) {
            this.template = template;
        }

        static List<String> scan(String template, String html) {
            HardCodedTextFinder finder = new HardCodedTextFinder(template);
            try {
                new MarkupParser(ParseConfiguration.htmlConfiguration()).parse(html, finder);
            } catch (ParseException e) {
                finder.problems.add(template + ": cannot be parsed: " + e.getMessage());
            }
            return finder.problems;
        }

        private boolean silent() {
            return !open.isEmpty() && open.peek().silent();
        }

        @Override
        public void handleOpenElementStart(char[] buffer, int offset, int len, int line, int col) {
            startElement(new String(buffer, offset, len), line);
        }

        @Override
        public void handleStandaloneElementStart(char[] buffer, int offset, int len, boolean minimized, int line,
                int col) {
            startElement(new String(buffer, offset, len), line);
        }

        private void startElement(String name, int line) {
            elementName = name.toLowerCase(Locale.ROOT);
            elementLine = line;
            attributes = new LinkedHashMap<>();
        }

        @Override
        public void handleAttribute(char[] buffer, int nameOffset, int nameLen, int nameLine, int nameCol,
                int operatorOffset, int operatorLen, int operatorLine, int operatorCol, int valueContentOffset,
                int valueContentLen, int valueOuterOffset, int valueOuterLen, int valueLine, int valueCol) {
            attributes.put(new String(buffer, nameOffset, nameLen).toLowerCase(Locale.ROOT),
                    new String(buffer, valueContentOffset, valueContentLen));
        }

        @Override
        public void handleOpenElementEnd(char[] buffer, int offset, int len, int line, int col) {
            boolean silent = checkElement();
            if (!VOID.contains(elementName)) {
                open.push(new Frame(elementName, silent));
            }
        }

        @Override
        public void handleStandaloneElementEnd(char[] buffer, int offset, int len, boolean minimized, int line,
                int col) {
            checkElement();
        }

        /** Checks the element's attributes; answers whether its body is replaced or not shown. */
        private boolean checkElement() {
            boolean silentParent = silent();
            if (!silentParent) {
                for (String attribute : TEXT_ATTRIBUTES) {
                    checkAttribute(attribute);
                }
                String type = attributes.getOrDefault("type", "").toLowerCase(Locale.ROOT);
                if (elementName.equals("input") && Set.of("submit", "button", "reset").contains(type)) {
                    checkAttribute("value");
                }
                attributes.forEach((name, value) -> {
                    String processor = thymeleafProcessor(name);
                    if (processor != null && EXPRESSION_TEXT.contains(processor)) {
                        checkExpression(name, value);
                    }
                });
            }
            boolean replacesBody = attributes.keySet().stream().anyMatch(name -> {
                String processor = thymeleafProcessor(name);
                // a page template's <html th:replace="~{layout...(~{::main})}"> shows its own <main>
                return processor != null && BODY_REPLACING.contains(processor) && !elementName.equals("html")
                        || "field".equals(processor) && elementName.equals("textarea");
            }) || attributes.containsKey("sec:authentication");
            return silentParent || replacesBody || elementName.equals("script") || elementName.equals("style");
        }

        private void checkAttribute(String attribute) {
            String value = attributes.get(attribute);
            if (value == null || !hasText(value)) {
                return;
            }
            boolean replaced = attributes.containsKey("th:" + attribute) || attributes.containsKey("data-th-" + attribute)
                    || attributes.entrySet().stream().anyMatch(e -> {
                        String processor = thymeleafProcessor(e.getKey());
                        return ("attr".equals(processor) || "attrappend".equals(processor))
                                && e.getValue().matches("(?s).*(^|[\\s,])" + Pattern.quote(attribute) + "\\s*=.*");
                    });
            if (!replaced) {
                problems.add(template + ":" + elementLine + " <" + elementName + " " + attribute + "=\""
                        + value.strip() + "\">");
            }
        }

        /** Chinese in a string literal of th:text="'…'" is hard-coded as well. */
        private void checkExpression(String attribute, String expression) {
            String outside = EXPRESSION_BODY.matcher(expression).replaceAll("");
            Matcher quoted = QUOTED.matcher(outside);
            while (quoted.find()) {
                if (CJK.matcher(quoted.group(1)).find()) {
                    problems.add(template + ":" + elementLine + " <" + elementName + " " + attribute + "=\""
                            + expression.strip() + "\">");
                }
            }
            // also literals inside ${...}: th:text="${x} ?: '无'"
            Matcher inner = EXPRESSION_BODY.matcher(expression);
            while (inner.find()) {
                Matcher literal = QUOTED.matcher(inner.group());
                while (literal.find()) {
                    if (CJK.matcher(literal.group(1)).find() && !inner.group().startsWith("#")) {
                        problems.add(template + ":" + elementLine + " <" + elementName + " " + attribute + "=\""
                                + expression.strip() + "\">");
                    }
                }
            }
        }

        private static String thymeleafProcessor(String attribute) {
            if (attribute.startsWith("th:")) {
                return attribute.substring(3);
            }
            if (attribute.startsWith("data-th-")) {
                return attribute.substring(8);
            }
            return null;
        }

        @Override
        public void handleCloseElementStart(char[] buffer, int offset, int len, int line, int col) {
            close(new String(buffer, offset, len).toLowerCase(Locale.ROOT));
        }

        @Override
        public void handleAutoCloseElementStart(char[] buffer, int offset, int len, int line, int col) {
            close(new String(buffer, offset, len).toLowerCase(Locale.ROOT));
        }

        private void close(String name) {
            if (open.stream().noneMatch(f -> f.name().equals(name))) {
                return; // an unmatched close tag: leave the stack alone
            }
            while (!open.isEmpty() && !open.pop().name().equals(name)) {
                // pop elements the author left unclosed (<li>, <p>...)
            }
        }

        @Override
        public void handleText(char[] buffer, int offset, int len, int line, int col) {
            if (silent()) {
                return;
            }
            String text = NOT_TEXT.matcher(new String(buffer, offset, len)).replaceAll(" ");
            if (hasText(text)) {
                problems.add(template + ":" + line + " text \"" + text.strip().replaceAll("\\s+", " ") + "\"");
            }
        }

        private static boolean hasText(String value) {
            return LETTERS.matcher(NOT_TEXT.matcher(value).replaceAll(" ")).find();
        }
    }
}
