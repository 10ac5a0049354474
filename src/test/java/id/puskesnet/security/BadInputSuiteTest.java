package id.puskesnet.security;

import static id.puskesnet.support.DemoUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import id.puskesnet.support.MutableClockConfiguration;
import id.puskesnet.support.TestDatabase;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * Bad input in every form of the application: every page of the route table is opened by a user who may, each
 * form on it is filled in with one kind of bad value in every field (wrong types, empty, negative and 20-digit
 * numbers, 10,000 characters, impossible dates and periods, markup) and sent. Never a server error; afterwards
 * no page shows stored markup unescaped. It runs on a database of its own, since it changes what it may.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(MutableClockConfiguration.class)
class BadInputSuiteTest {

    static final String SCRIPT = "<script>alert('x')</script>";
    static final List<String> PAYLOADS = List.of("", "abc", "-1", "99999999999999999999", "x".repeat(10_000),
            "2025-13-40", "1900-01-01", "9999-12-31", "2025-13", SCRIPT, "<b onmouseover=alert(1)>b</b>");
    static final Map<Character, String> USERS = Map.of('A', "admin", 'D', "dkk", 'H', "kapus.gunungbahagia",
            'P', "klinik.gunungbahagia");

    private static final TestDatabase DATABASE = TestDatabase.get().freshDatabase();

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", DATABASE::url);
        registry.add("spring.datasource.username", DATABASE::username);
        registry.add("spring.datasource.password", DATABASE::password);
        registry.add("puskesnet.demo-data", () -> "true");
        registry.add("spring.main.banner-mode", () -> "off");
    }

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    @TestFactory
    Stream<DynamicTest> everyFormTakesBadInputWithoutAServerError() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        List<String[]> pages = pages();
        Set<String> seenForms = new LinkedHashSet<>();
        for (String[] page : pages) {
            for (Form form : formsOn(page[0], page[1])) {
                if (!seenForms.add(form.method() + " " + form.action() + " " + form.fields().keySet())) {
                    continue;
                }
                for (String payload : PAYLOADS) {
                    String name = form.method() + " " + form.action() + " from " + page[0] + " as " + page[1]
                            + " with " + (payload.length() > 30 ? payload.substring(0, 30) + "…" : "'" + payload + "'");
                    tests.add(DynamicTest.dynamicTest(name, () -> {
                        try {
                            send(form, payload, page[1]);
                        } catch (Exception e) {
                            throw new AssertionError(name + ": " + e.getMessage(), e);
                        }
                    }));
                }
            }
        }
        for (String[] page : pages) {
            tests.add(DynamicTest.dynamicTest("stored markup shows escaped on " + page[0] + " as " + page[1],
                    () -> assertEscaped(page[0], page[1])));
        }
        return tests.stream();
    }

    private void send(Form form, String payload, String user) throws Exception {
        AbstractMockHttpServletRequestBuilder<?> request;
        if (form.method().equals("get")) {
            request = get(form.action());
        } else if (form.multipart()) {
            request = multipart(form.action());
        } else {
            request = post(form.action());
        }
        form.fields().forEach((name, hidden) -> request.param(name, hidden != null ? hidden : payload));
        request.with(as(users, user)).with(csrf());
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as("status").isLessThan(500);
        if (response.getContentType() != null && response.getContentType().startsWith("text/html")) {
            assertThat(response.getContentAsString()).doesNotContain(SCRIPT);
        }
    }

    private void assertEscaped(String path, String user) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(as(users, user))).andReturn().getResponse();
        assertThat(response.getStatus()).isLessThan(500);
        assertThat(response.getContentAsString()).doesNotContain(SCRIPT).doesNotContain("<b onmouseover");
    }

    /** Every page of the route table with a user who may open it. */
    private List<String[]> pages() {
        List<String[]> pages = new ArrayList<>();
        for (RouteTable.Entry entry : new RouteTable(RouteFixtures.load(jdbc)).entries()) {
            if (!entry.method().equals("GET") || entry.allowed().equals(RouteTable.ERROR_PAGE)
                    || entry.path().contains(".csv") || entry.path().contains(".xlsx") || entry.path().startsWith("/api/")
                    || entry.path().endsWith("/document")) {
                continue;
            }
            for (char letter : entry.allowed().toCharArray()) {
                if (USERS.containsKey(letter)) {
                    pages.add(new String[] {entry.path(), USERS.get(letter)});
                }
            }
        }
        return pages;
    }

    /** The forms of a page in which a user types something (not the sign-out button, not bare action buttons). */
    private List<Form> formsOn(String path, String user) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(as(users, user))).andReturn().getResponse();
        if (response.getStatus() != 200 || response.getContentType() == null
                || !response.getContentType().startsWith("text/html")) {
            return List.of();
        }
        Document page = Jsoup.parse(response.getContentAsString(), "http://localhost" + path);
        List<Form> forms = new ArrayList<>();
        for (Element form : page.select("main form")) {
            String action = form.attr("action").isBlank() ? path : form.attr("action");
            if (action.startsWith("http")) {
                action = action.substring(action.indexOf('/', "http://".length()));
            }
            Map<String, String> fields = new LinkedHashMap<>();
            boolean typed = false;
            for (Element field : form.select("input[name], select[name], textarea[name]")) {
                String type = field.attr("type");
                if (field.attr("name").equals("_csrf") || type.equals("file")) {
                    continue;
                }
                boolean hidden = type.equals("hidden") || type.equals("submit");
                fields.put(field.attr("name"), hidden ? field.attr("value") : null);
                typed |= !hidden;
            }
            if (typed) {
                forms.add(new Form(form.attr("method").isBlank() ? "get" : form.attr("method").toLowerCase(), action,
                        fields, "multipart/form-data".equals(form.attr("enctype"))));
            }
        }
        return forms;
    }

    /** A form as the page offers it: null for a field the user types into, the page's value for a hidden one. */
    record Form(String method, String action, Map<String, String> fields, boolean multipart) {
    }
}
