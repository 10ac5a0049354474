package id.puskesnet.account.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import id.puskesnet.support.Browser;
import id.puskesnet.support.DemoUsers;
import id.puskesnet.support.ServerIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a browser receives: headers that limit what a page may do, and a session cookie scripts cannot read. */
class SecurityHeadersTest extends ServerIntegrationTest {

    @Test
    void theLoginPageCarriesTheSecurityHeaders() {
        assertSecurityHeaders(browser().get("/login"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/facilities", "/does-not-exist", "/account/password"})
    void signedInPagesAndErrorPagesCarryTheSecurityHeadersAndAreNotCached(String path) {
        HttpResponse<String> response = signedIn("dkk").get(path);
        assertSecurityHeaders(response);
        assertThat(response.headers().firstValue("Cache-Control")).get().asString().contains("no-store");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() {
        HttpResponse<String> response = browser().get("/login");
        String sessionCookie = setCookie(response, "JSESSIONID");
        assertThat(attributes(sessionCookie)).containsKey("httponly").containsEntry("samesite", "lax");
    }

    @Test
    void loginIssuesANewHttpOnlySessionCookie() {
        Browser browser = browser();
        String before = setCookie(browser.get("/login"), "JSESSIONID");
        HttpResponse<String> login = browser.post("/login", "/login",
                Map.of("username", "dkk", "password", DemoUsers.PASSWORD));
        assertThat(login.statusCode()).isEqualTo(302);
        String after = setCookie(login, "JSESSIONID");
        assertThat(after.split(";")[0]).isNotEqualTo(before.split(";")[0]);
        assertThat(attributes(after)).containsKey("httponly").containsEntry("samesite", "lax");
    }

    @Test
    void theLanguageCookieIsHttpOnly() {
        String languageCookie = setCookie(browser().get("/login?lang=en"), "puskesnet-lang");
        assertThat(languageCookie).startsWith("puskesnet-lang=en");
        assertThat(attributes(languageCookie)).containsKey("httponly");
    }

    private static void assertSecurityHeaders(HttpResponse<String> response) {
        Map<String, String> csp = directives(response.headers().firstValue("Content-Security-Policy").orElseThrow());
        String scriptSources = csp.getOrDefault("script-src", csp.get("default-src"));
        assertThat(scriptSources).isNotNull().doesNotContain("'unsafe-inline'", "'unsafe-eval'", "*", "data:");
        assertThat(csp.getOrDefault("style-src", csp.get("default-src"))).doesNotContain("'unsafe-inline'");
        assertThat(csp.get("object-src")).isEqualTo("'none'");
        boolean framingForbidden = "'none'".equals(csp.get("frame-ancestors"))
                || response.headers().firstValue("X-Frame-Options").filter("DENY"::equalsIgnoreCase).isPresent();
        assertThat(framingForbidden).as("frame-ancestors 'none' or X-Frame-Options DENY").isTrue();
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("Referrer-Policy")).get().isIn("no-referrer", "same-origin",
                "strict-origin", "strict-origin-when-cross-origin");
    }

    private static Map<String, String> directives(String policy) {
        return Arrays.stream(policy.split(";"))
                .map(String::strip)
                .filter(d -> !d.isEmpty())
                .collect(Collectors.toMap(d -> d.split("\\s+", 2)[0].toLowerCase(),
                        d -> d.contains(" ") ? d.split("\\s+", 2)[1] : ""));
    }

    private static String setCookie(HttpResponse<String> response, String name) {
        List<String> cookies = response.headers().allValues("Set-Cookie");
        return cookies.stream().filter(c -> c.startsWith(name + "=")).findFirst()
                .orElseThrow(() -> new AssertionError("No " + name + " cookie set; Set-Cookie was " + cookies));
    }

    /** Cookie attributes by lower-case name, e.g. {@code httponly -> ""}, {@code samesite -> "lax"}. */
    private static Map<String, String> attributes(String setCookie) {
        return Arrays.stream(setCookie.split(";"))
                .skip(1)
                .map(String::strip)
                .collect(Collectors.toMap(a -> a.split("=", 2)[0].toLowerCase(),
                        a -> a.contains("=") ? a.split("=", 2)[1].toLowerCase() : "", (a, b) -> a));
    }
}
