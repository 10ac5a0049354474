package id.puskesnet.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.puskesnet.support.DemoUsers;
import id.puskesnet.support.ServerIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A form body above the container's form limit (2 MB), as a browser sends it to the real server: the user gets
 * the friendly 413 page that speaks of a form, not of a file, nor the container's error report; nothing is saved.
 */
class FormTooLargeTest extends ServerIntegrationTest {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aThreeMegabyteFormGetsTheFriendlyPageAndNothingIsSaved() throws Exception {
        logIn("kapus.barutengah");
        String token = csrf(send(HttpRequest.newBuilder(uri("/institutions/new")).GET()).body());
        String name = "Sekolah terlalu panjang " + UUID.randomUUID();

        HttpResponse<String> response = post("/institutions/new", "name=" + encode(name) + "&sector=SEKOLAH"
                + "&version=0&address=" + "a".repeat(3_000_000) + "&_csrf=" + encode(token));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("Isian formulir terlalu panjang").contains("lebih dari 2 MB")
                .contains("Kepala").doesNotContain("Berkas terlalu besar").doesNotContain("Apache Tomcat");
        assertThat(jdbc.queryForObject("select count(*) from institution where name = ?", Long.class, name)).isZero();

        HttpResponse<String> small = post("/institutions/new", "name=" + encode(name) + "&sector=SEKOLAH"
                + "&version=0&_csrf=" + encode(token));
        assertThat(small.statusCode()).as("a form of the usual size still goes through").isEqualTo(302);
        assertThat(jdbc.queryForObject("select count(*) from institution where name = ?", Long.class, name)).isOne();
    }

    private HttpResponse<String> post(String path, String form) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    private void logIn(String username) throws Exception {
        String token = csrf(send(HttpRequest.newBuilder(uri("/login")).GET()).body());
        HttpResponse<String> response = post("/login", "username=" + username + "&password="
                + encode(DemoUsers.PASSWORD) + "&_csrf=" + encode(token));
        assertThat(response.statusCode()).isEqualTo(302);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String csrf(String html) {
        Matcher matcher = CSRF_FIELD.matcher(html);
        assertThat(matcher.find()).as("a CSRF field on the page").isTrue();
        return matcher.group(1);
    }
}
