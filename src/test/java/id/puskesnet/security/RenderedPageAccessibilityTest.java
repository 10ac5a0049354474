package id.puskesnet.security;

import static id.puskesnet.support.DemoUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import id.puskesnet.support.WebIntegrationTest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The accessibility basics on every page the route table lists, rendered for a user who may open it: a
 * {@code lang} attribute, a title, a skip link to the main content, a label (or aria-label) for every form
 * field, alt text on every image, one h1.
 */
class RenderedPageAccessibilityTest extends WebIntegrationTest {

    /** Who renders each page: the first letter of the route table's allowed users that we have an account for. */
    static final Map<Character, String> USERS = Map.of('A', "admin", 'D', "dkk", 'H', "kapus.gunungbahagia",
            'P', "klinik.gunungbahagia");

    @Autowired
    UserDetailsService users;
    @Autowired
    JdbcTemplate jdbc;

    @TestFactory
    Stream<DynamicTest> everyPageHasTheAccessibilityBasics() {
        RouteTable table = new RouteTable(RouteFixtures.load(jdbc));
        List<DynamicTest> tests = new ArrayList<>();
        for (RouteTable.Entry entry : table.entries()) {
            if (!entry.method().equals("GET") || entry.allowed().equals(RouteTable.ERROR_PAGE)
                    || entry.path().endsWith(".csv") || entry.path().startsWith("/api/")
                    || entry.path().endsWith("/document")) {
                continue;
            }
            String user = entry.allowed().chars().mapToObj(c -> USERS.get((char) c)).filter(u -> u != null)
                    .findFirst().orElse(null);
            if (user == null) {
                continue;
            }
            tests.add(DynamicTest.dynamicTest(entry.path() + " as " + user, () -> check(entry.path(), user)));
        }
        return tests.stream();
    }

    private void check(String path, String user) throws Exception {
        MockHttpServletResponse response = mvc.perform(get(path).with(as(users, user))).andReturn().getResponse();
        if (response.getStatus() != 200 || !response.getContentType().startsWith("text/html")) {
            return; // redirects (e.g. to a list) and downloads are checked where they land
        }
        Document page = Jsoup.parse(response.getContentAsString());
        List<String> problems = new ArrayList<>();
        if (page.selectFirst("html[lang]") == null || page.selectFirst("html").attr("lang").isBlank()) {
            problems.add("no lang attribute on <html>");
        }
        if (page.title().isBlank()) {
            problems.add("no title");
        }
        if (page.selectFirst("a[href=#main]") == null || page.getElementById("main") == null) {
            problems.add("no skip link to #main");
        }
        if (page.select("h1").size() != 1) {
            problems.add(page.select("h1").size() + " h1 headings");
        }
        for (Element field : page.select("input, select, textarea")) {
            String type = field.attr("type");
            if (List.of("hidden", "submit", "button", "reset", "image").contains(type)) {
                continue;
            }
            boolean labelled = !field.id().isBlank() && page.selectFirst("label[for=" + field.id() + "]") != null;
            boolean wrapped = field.closest("label") != null;
            if (!labelled && !wrapped && field.attr("aria-label").isBlank() && field.attr("aria-labelledby").isBlank()) {
                problems.add("field without a label: " + field.outerHtml());
            }
        }
        for (Element image : page.select("img:not([alt])")) {
            problems.add("image without alt: " + image.outerHtml());
        }
        assertThat(problems).as(path).isEmpty();
    }
}
