package id.puskesnet;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.attoparser.AbstractMarkupHandler;
import org.attoparser.MarkupParser;
import org.attoparser.ParseException;
import org.attoparser.config.ParseConfiguration;

/**
 * Static checks of the message files, the Thymeleaf templates and the Java sources that name message keys.
 * Every method returns human-readable problems (empty when all is well), so a test can show them all at once
 * and a self-test can feed it a deliberately broken copy.
 *
 * <p>Templates are parsed with AttoParser, the parser Thymeleaf itself uses (HTML mode, with its automatic
 * closing of elements), so the checks see the same elements, attributes and text the template engine sees.
 */
final class TemplateChecks {

    static final String DEFAULT_MESSAGES = "messages.properties";
    static final String ENGLISH_MESSAGES = "messages_en.properties";

    /** Plain attributes a person reads or hears. */
    private static final Set<String> HUMAN_ATTRIBUTES = Set.of("title", "alt", "placeholder", "aria-label",
            "data-confirm");
    /** Thymeleaf attributes that produce text a person reads; literals in them are hard-coded text. */
    private static final Set<String> TEXT_EXPRESSION_ATTRIBUTES = Set.of("th:text", "th:utext", "th:title",
            "th:alt", "th:placeholder", "th:aria-label", "th:data-confirm");
    private static final Set<String> BUTTON_INPUT_TYPES = Set.of("submit", "button", "reset");
    private static final Set<String> UNLABELLED_INPUT_TYPES = Set.of("hidden", "submit", "button", "reset", "image");

    private static final Pattern HUMAN_TEXT = Pattern.compile("[\\p{L}\\p{N}]");
    private static final Pattern HTML_ENTITY = Pattern.compile("&(#\\d+|#x\\p{XDigit}+|[a-zA-Z]+);");
    private static final Pattern INLINED_EXPRESSION = Pattern.compile("\\[\\[.*?]]|\\[\\(.*?\\)]", Pattern.DOTALL);
    private static final Pattern LITERAL_KEY = Pattern.compile("([A-Za-z0-9_.\\-]+)(\\(.*\\))?", Pattern.DOTALL);
    private static final Pattern SELF_FRAGMENT = Pattern.compile("~\\{\\s*(this\\s*)?::");
    private static final Pattern MESSAGE_ARGUMENT = Pattern.compile("\\{(\\d+)[^}]*}");

    /**
     * Java calls that take a message key, and which argument holds it: field and global errors, flash messages
     * (rendered by the layout as {@code #{${success}}}) and business-rule exceptions that become field errors.
     */
    private static final Map<Pattern, Integer> JAVA_KEY_ARGUMENTS = Map.of(
            Pattern.compile("\\.rejectValue\\("), 1,
            Pattern.compile("\\.reject\\("), 0,
            Pattern.compile("addFlashAttribute\\(\\s*\"(?:success|failure)\""), 1,
            Pattern.compile("new \\w+RuleException\\("), 1);
    private static final Pattern JAVA_STRING = Pattern.compile("\"((?:\\\\.|[^\"\\\\])*)\"");

    private final Path resources;
    private final Path javaSources;

    /**
     * @param resources   the folder with the message files and {@code templates/}
     * @param javaSources the main Java source folder
     */
    TemplateChecks(Path resources, Path javaSources) {
        this.resources = resources;
        this.javaSources = javaSources;
    }

    static TemplateChecks ofProject() {
        return new TemplateChecks(Path.of("src/main/resources"), Path.of("src/main/java"));
    }

    // ---- message files ----

    /** Keys missing from one language, duplicated keys, empty values, and arguments that differ between languages. */
    List<String> messageFileProblems() {
        MessageFile defaults = MessageFile.load(resources.resolve(DEFAULT_MESSAGES));
        MessageFile english = MessageFile.load(resources.resolve(ENGLISH_MESSAGES));
        List<String> problems = new ArrayList<>();
        for (MessageFile file : List.of(defaults, english)) {
            file.duplicates.forEach(key -> problems.add(file.name + ": key '" + key + "' is defined more than once"));
            file.properties.stringPropertyNames().stream().sorted()
                    .filter(key -> file.properties.getProperty(key).isBlank())
                    .forEach(key -> problems.add(file.name + ": key '" + key + "' has an empty value"));
            file.properties.stringPropertyNames().stream().sorted()
                    .filter(key -> hasUnescapedQuoteWithArguments(file.properties.getProperty(key)))
                    .forEach(key -> problems.add(file.name + ": key '" + key
                            + "' has arguments and a single quote; write '' or MessageFormat swallows it"));
            file.properties.stringPropertyNames().stream().sorted()
                    .filter(key -> arguments(file.properties.getProperty(key)).isEmpty()
                            && file.properties.getProperty(key).contains("''"))
                    .forEach(key -> problems.add(file.name + ": key '" + key
                            + "' has no arguments, so '' is shown doubled; write a single quote"));
        }
        missing(defaults, english).forEach(key -> problems.add(english.name + ": missing key '" + key
                + "' (it is in " + defaults.name + ")"));
        missing(english, defaults).forEach(key -> problems.add(defaults.name + ": missing key '" + key
                + "' (it is in " + english.name + ")"));
        for (String key : new TreeSet<>(defaults.properties.stringPropertyNames())) {
            String other = english.properties.getProperty(key);
            if (other != null && !arguments(defaults.properties.getProperty(key)).equals(arguments(other))) {
                problems.add("key '" + key + "' uses arguments " + arguments(defaults.properties.getProperty(key))
                        + " in " + defaults.name + " but " + arguments(other) + " in " + english.name);
            }
        }
        return problems;
    }

    private static Set<String> missing(MessageFile from, MessageFile in) {
        Set<String> missing = new TreeSet<>(from.properties.stringPropertyNames());
        missing.removeAll(in.properties.stringPropertyNames());
        return missing;
    }

    private static Set<String> arguments(String message) {
        Set<String> arguments = new TreeSet<>();
        Matcher matcher = MESSAGE_ARGUMENT.matcher(message);
        while (matcher.find()) {
            arguments.add("{" + matcher.group(1) + "}");
        }
        return arguments;
    }

    private static boolean hasUnescapedQuoteWithArguments(String message) {
        return !arguments(message).isEmpty() && message.replace("''", "").contains("'");
    }

    // ---- templates: hard-coded text ----

    /** Text a person reads that a template carries literally instead of taking it from the message files. */
    List<String> hardCodedTextProblems() {
        List<String> problems = new ArrayList<>();
        templates().forEach((name, document) -> findHardCodedText(name, document, false, problems));
        return problems;
    }

    private void findHardCodedText(String template, Element node, boolean bodyReplaced, List<String> problems) {
        for (Object child : node.children()) {
            if (child instanceof TextNode text && !bodyReplaced && !isCode(node)) {
                String visible = HTML_ENTITY.matcher(INLINED_EXPRESSION.matcher(text.content()).replaceAll(""))
                        .replaceAll("");
                if (HUMAN_TEXT.matcher(visible).find()) {
                    problems.add(template + ":" + text.line() + ": text '" + visible.strip()
                            + "' is not from the message files");
                }
            } else if (child instanceof Element element && !bodyReplaced) {
                if (replacesWholeElement(element)) {
                    continue;
                }
                checkAttributes(template, element, problems);
                findHardCodedText(template, element, replacesBody(element), problems);
            }
        }
    }

    private static void checkAttributes(String template, Element element, List<String> problems) {
        for (Map.Entry<String, String> attribute : element.attributes().entrySet()) {
            String name = attribute.getKey().toLowerCase();
            String value = attribute.getValue() == null ? "" : attribute.getValue();
            boolean buttonValue = isButton(element) && (name.equals("value") || name.equals("th:value"));
            if ((HUMAN_ATTRIBUTES.contains(name) || name.equals("value") && buttonValue)
                    && HUMAN_TEXT.matcher(HTML_ENTITY.matcher(value).replaceAll("")).find()) {
                problems.add(template + ":" + element.line() + ": attribute " + name + "=\"" + value
                        + "\" on <" + element.name() + "> is not from the message files");
            }
            if (TEXT_EXPRESSION_ATTRIBUTES.contains(name) || name.equals("th:value") && buttonValue) {
                for (String literal : textLiterals(value)) {
                    problems.add(template + ":" + element.line() + ": " + name + " on <"
                            + element.name() + "> has the literal text '" + literal
                            + "'; use #{...}");
                }
            }
        }
    }

    /** An input whose value is its visible caption; a {@code <button>}'s value is only sent, never shown. */
    private static boolean isButton(Element element) {
        String name = element.name().toLowerCase();
        String type = element.attribute("type");
        return name.equals("input") && type != null && BUTTON_INPUT_TYPES.contains(type.toLowerCase());
    }

    private static boolean isCode(Element element) {
        return element.named("script") || element.named("style");
    }

    /** Text inside such an element never reaches the page: the template engine replaces it. */
    private static boolean replacesBody(Element element) {
        if (element.has("th:text") || element.has("th:utext") || element.has("th:errors")) {
            return true;
        }
        String remove = element.attribute("th:remove");
        if (remove != null && remove.strip().equals("body")) {
            return true;
        }
        return replacedByFragment(element.attribute("th:insert"));
    }

    private static boolean replacesWholeElement(Element element) {
        String remove = element.attribute("th:remove");
        return (remove != null && remove.strip().equals("all"))
                || replacedByFragment(element.attribute("th:replace"));
    }

    /**
     * A fragment from elsewhere replaces the element; a page that passes its own fragments to the layout
     * ({@code ~{layout :: layout(~{::title}, ~{::content})}}) still renders what it passes.
     */
    private static boolean replacedByFragment(String expression) {
        return expression != null && !SELF_FRAGMENT.matcher(expression).find();
    }

    /**
     * Quoted literals and {@code |...|} literal substitutions of a text-producing expression that contain
     * letters or digits, outside the nested {@code ${...}}, {@code #{...}}, {@code *{...}}, {@code @{...}} and
     * {@code ~{...}} expressions (where literals are keys, comparisons or arguments).
     */
    static List<String> textLiterals(String expression) {
        String outside = withoutNestedExpressions(expression);
        List<String> literals = new ArrayList<>();
        Matcher matcher = Pattern.compile("'((?:\\\\'|[^'])*)'|\\|([^|]*)\\|").matcher(outside);
        while (matcher.find()) {
            String literal = matcher.group(1) != null ? matcher.group(1) : matcher.group(2);
            if (HUMAN_TEXT.matcher(literal).find()) {
                literals.add(literal);
            }
        }
        return literals;
    }

    private static String withoutNestedExpressions(String expression) {
        StringBuilder outside = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < expression.length(); i++) {
            char c = expression.charAt(i);
            boolean opens = i + 1 < expression.length() && expression.charAt(i + 1) == '{' && "$#*@~".indexOf(c) >= 0;
            if (opens) {
                depth++;
                i++;
            } else if (depth > 0 && c == '{') {
                depth++;
            } else if (depth > 0 && c == '}') {
                depth--;
            } else if (depth == 0) {
                outside.append(c);
            }
        }
        return outside.toString();
    }

    // ---- message keys used by templates and Java code ----

    /**
     * Literal keys in {@code #{...}} of the templates, message keys named in Java code, and the labels of the
     * given enums ({@code Enum.CONSTANT}, which templates build dynamically) that are missing from a message file.
     */
    List<String> unknownKeyProblems(List<Class<? extends Enum<?>>> labelledEnums) {
        MessageFile defaults = MessageFile.load(resources.resolve(DEFAULT_MESSAGES));
        MessageFile english = MessageFile.load(resources.resolve(ENGLISH_MESSAGES));
        Map<String, String> usedKeys = new TreeMap<>();
        templates().forEach((name, document) -> collectTemplateKeys(name, document, usedKeys));
        collectJavaKeys(usedKeys);
        for (Class<? extends Enum<?>> type : labelledEnums) {
            for (Enum<?> constant : type.getEnumConstants()) {
                usedKeys.putIfAbsent(type.getSimpleName() + "." + constant.name(), "enum " + type.getName());
            }
        }
        List<String> problems = new ArrayList<>();
        usedKeys.forEach((key, usedIn) -> {
            for (MessageFile file : List.of(defaults, english)) {
                if (file.properties.getProperty(key) == null) {
                    problems.add(file.name + ": missing key '" + key + "' used in " + usedIn);
                }
            }
        });
        return problems;
    }

    private static void collectTemplateKeys(String template, Element node, Map<String, String> keys) {
        for (Object child : node.children()) {
            if (child instanceof Element element) {
                element.attributes().values().forEach(value -> literalKeys(value)
                        .forEach(key -> keys.putIfAbsent(key, template + ":" + element.line())));
                collectTemplateKeys(template, element, keys);
            } else if (child instanceof TextNode text) {
                literalKeys(text.content()).forEach(key -> keys.putIfAbsent(key, template + ":" + text.line()));
            }
        }
    }

    /** The keys of {@code #{key}} and {@code #{key(args)}}; dynamic keys such as {@code #{'Role.' + ${r}}} are skipped. */
    static List<String> literalKeys(String value) {
        List<String> keys = new ArrayList<>();
        if (value == null) {
            return keys;
        }
        int start = value.indexOf("#{");
        while (start >= 0) {
            int depth = 1;
            int end = start + 2;
            while (end < value.length() && depth > 0) {
                char c = value.charAt(end);
                depth += c == '{' ? 1 : c == '}' ? -1 : 0;
                end++;
            }
            String content = value.substring(start + 2, depth == 0 ? end - 1 : end).strip();
            Matcher matcher = LITERAL_KEY.matcher(content);
            if (matcher.matches()) {
                keys.add(matcher.group(1));
            }
            start = value.indexOf("#{", start + 2);
        }
        return keys;
    }

    private void collectJavaKeys(Map<String, String> keys) {
        if (!Files.isDirectory(javaSources)) {
            return;
        }
        try (Stream<Path> files = Files.walk(javaSources)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                String source = Files.readString(file, StandardCharsets.UTF_8);
                String where = javaSources.relativize(file).toString().replace('\\', '/');
                JAVA_KEY_ARGUMENTS.forEach((call, index) -> {
                    Matcher matcher = call.matcher(source);
                    while (matcher.find()) {
                        int open = source.indexOf('(', matcher.start());
                        List<String> arguments = javaArguments(source, open);
                        if (index < arguments.size()) {
                            Matcher literal = JAVA_STRING.matcher(arguments.get(index));
                            while (literal.find()) {
                                keys.putIfAbsent(literal.group(1), where);
                            }
                        }
                    }
                });
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The top-level arguments of the call whose opening parenthesis is at {@code open}. */
    static List<String> javaArguments(String source, int open) {
        List<String> arguments = new ArrayList<>();
        int depth = 0;
        int start = open + 1;
        for (int i = open; i < source.length(); i++) {
            char c = source.charAt(i);
            if (c == '"' || c == '\'') {
                for (i++; i < source.length() && source.charAt(i) != c; i++) {
                    if (source.charAt(i) == '\\') {
                        i++;
                    }
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                arguments.add(source.substring(start, i).strip());
                return arguments;
            } else if (c == ',' && depth == 1) {
                arguments.add(source.substring(start, i).strip());
                start = i + 1;
            }
        }
        return arguments;
    }

    // ---- templates: Content-Security-Policy and labels ----

    /** Markup the Content-Security-Policy blocks: inline scripts, inline styles, event-handler attributes. */
    List<String> contentSecurityPolicyProblems() {
        List<String> problems = new ArrayList<>();
        templates().forEach((template, document) -> forEachElement(document, element -> {
            String where = template + ":" + element.line() + ": <" + element.name() + ">";
            if (element.named("script") && !element.has("src")
                    && !element.has("th:src")) {
                problems.add(where + " is an inline script; put it in static/js/app.js");
            }
            if (element.named("style")) {
                problems.add(where + " is an inline style sheet; put it in static/css/app.css");
            }
            for (Map.Entry<String, String> attribute : element.attributes().entrySet()) {
                String name = attribute.getKey().toLowerCase();
                String bare = name.startsWith("th:") ? name.substring(3) : name;
                String value = attribute.getValue() == null ? "" : attribute.getValue();
                if (bare.equals("style") || bare.equals("styleappend")) {
                    problems.add(where + " has a " + name + " attribute; use a CSS class");
                } else if (bare.startsWith("on")) {
                    problems.add(where + " has an event handler " + name + "; use static/js/app.js");
                } else if (value.strip().toLowerCase().startsWith("javascript:")) {
                    problems.add(where + " has a javascript: URL in " + name);
                }
            }
        }));
        return problems;
    }

    /**
     * Form fields without a label: a field with a literal id needs a {@code <label for>} with that id in the same
     * template (or an aria-label); a field without any id needs an aria-label.
     */
    List<String> unlabelledFieldProblems() {
        List<String> problems = new ArrayList<>();
        templates().forEach((name, document) -> {
            Set<String> labelled = new TreeSet<>();
            List<Element> fields = new ArrayList<>();
            forEachElement(document, element -> {
                if (element.named("label") && element.attribute("for") != null) {
                    labelled.add(element.attribute("for"));
                }
                String type = element.attribute("type");
                boolean input = element.named("input")
                        && (type == null || !UNLABELLED_INPUT_TYPES.contains(type.toLowerCase()));
                if (input || element.named("select") || element.named("textarea")) {
                    fields.add(element);
                }
            });
            for (Element field : fields) {
                if (hasAny(field, "aria-label", "th:aria-label", "aria-labelledby", "th:aria-labelledby")) {
                    continue;
                }
                String id = field.attribute("id");
                if (id != null && !labelled.contains(id)) {
                    problems.add(name + ":" + field.line() + ": field '" + id + "' has no <label for=\"" + id + "\">");
                } else if (id == null && !hasAny(field, "th:id", "th:field")) {
                    problems.add(name + ":" + field.line() + ": <" + field.name()
                            + "> has no id for a label and no aria-label");
                }
            }
        });
        return problems;
    }

    private static boolean hasAny(Element element, String... attributes) {
        for (String attribute : attributes) {
            if (element.has(attribute)) {
                return true;
            }
        }
        return false;
    }

    private static void forEachElement(Element node, Consumer<Element> action) {
        for (Object child : node.children()) {
            if (child instanceof Element element) {
                action.accept(element);
                forEachElement(element, action);
            }
        }
    }

    // ---- loading ----

    private Map<String, Element> templates() {
        Path root = resources.resolve("templates");
        Map<String, Element> templates = new LinkedHashMap<>();
        MarkupParser parser = new MarkupParser(ParseConfiguration.htmlConfiguration());
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                String name = root.relativize(file).toString().replace('\\', '/');
                TreeBuilder builder = new TreeBuilder();
                try {
                    parser.parse(Files.readString(file, StandardCharsets.UTF_8), builder);
                } catch (ParseException e) {
                    throw new IllegalStateException("Template " + name + " does not parse: " + e.getMessage(), e);
                }
                templates.put(name, builder.document);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return templates;
    }

    /** An element of a parsed template; children are elements and text nodes in document order. */
    record Element(String name, Map<String, String> attributes, int line, List<Object> children) {

        boolean named(String elementName) {
            return name.equalsIgnoreCase(elementName);
        }

        boolean has(String attribute) {
            return attributes.containsKey(attribute);
        }

        String attribute(String attribute) {
            return attributes.get(attribute);
        }
    }

    record TextNode(String content, int line) {
    }

    /**
     * Builds the element tree from the parser's events. (AttoParser's own DOM builder reports wrong line
     * numbers, and a problem without its line is hard to find.)
     */
    private static final class TreeBuilder extends AbstractMarkupHandler {

        final Element document = new Element("#document", Map.of(), 1, new ArrayList<>());
        private final Deque<Element> open = new ArrayDeque<>(List.of(document));
        private Element starting;

        @Override
        public void handleOpenElementStart(char[] buffer, int offset, int len, int line, int col) {
            start(new String(buffer, offset, len), line);
        }

        @Override
        public void handleOpenElementEnd(char[] buffer, int offset, int len, int line, int col) {
            open.push(starting);
        }

        @Override
        public void handleAutoOpenElementStart(char[] buffer, int offset, int len, int line, int col) {
            start(new String(buffer, offset, len), line);
        }

        @Override
        public void handleAutoOpenElementEnd(char[] buffer, int offset, int len, int line, int col) {
            open.push(starting);
        }

        @Override
        public void handleStandaloneElementStart(char[] buffer, int offset, int len, boolean minimized,
                                                 int line, int col) {
            start(new String(buffer, offset, len), line);
        }

        @Override
        public void handleCloseElementStart(char[] buffer, int offset, int len, int line, int col) {
            open.pop();
        }

        @Override
        public void handleAutoCloseElementStart(char[] buffer, int offset, int len, int line, int col) {
            open.pop();
        }

        @Override
        public void handleAttribute(char[] buffer, int nameOffset, int nameLen, int nameLine, int nameCol,
                                    int operatorOffset, int operatorLen, int operatorLine, int operatorCol,
                                    int valueContentOffset, int valueContentLen, int valueOuterOffset,
                                    int valueOuterLen, int valueLine, int valueCol) {
            starting.attributes().put(new String(buffer, nameOffset, nameLen),
                    new String(buffer, valueContentOffset, valueContentLen));
        }

        @Override
        public void handleText(char[] buffer, int offset, int len, int line, int col) {
            open.peek().children().add(new TextNode(new String(buffer, offset, len), line));
        }

        private void start(String name, int line) {
            starting = new Element(name, new LinkedHashMap<>(), line, new ArrayList<>());
            open.peek().children().add(starting);
        }
    }

    /** A message file, remembering keys defined twice (Properties would silently keep the last). */
    private static final class MessageFile {

        final String name;
        final Properties properties;
        final Set<String> duplicates;

        private MessageFile(String name, Properties properties, Set<String> duplicates) {
            this.name = name;
            this.properties = properties;
            this.duplicates = duplicates;
        }

        static MessageFile load(Path path) {
            Set<String> duplicates = new TreeSet<>();
            Properties properties = new Properties() {
                @Override
                public synchronized Object put(Object key, Object value) {
                    if (containsKey(key)) {
                        duplicates.add((String) key);
                    }
                    return super.put(key, value);
                }
            };
            try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + path + " as UTF-8", e);
            }
            return new MessageFile(path.getFileName().toString(), properties, duplicates);
        }
    }
}
