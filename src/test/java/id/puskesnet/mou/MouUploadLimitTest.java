package id.puskesnet.mou;

import static id.puskesnet.mou.MouFixtures.ADMINISTRATOR;
import static id.puskesnet.mou.MouFixtures.BARU_TENGAH;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.puskesnet.facility.FacilityService;
import id.puskesnet.institution.InstitutionRegistry;
import id.puskesnet.institution.InstitutionSector;
import id.puskesnet.support.DemoUsers;
import id.puskesnet.support.ServerIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An upload above the container's limit, as a browser sends it to the real server: the user gets the friendly
 * 413 page (in the layout, signed in), not the container's error report, and nothing is stored.
 */
class MouUploadLimitTest extends ServerIntegrationTest {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    @Autowired
    MouRegistry registry;

    @Autowired
    MouService mous;

    @Autowired
    InstitutionRegistry institutions;

    @Autowired
    FacilityService facilities;

    @Autowired
    Clock clock;

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void aSevenMegabytePdfGetsTheFriendly413PageAndIsNotStored() throws Exception {
        long puskesmas = MouFixtures.puskesmasId(facilities, BARU_TENGAH);
        long institution = MouFixtures.institution(institutions, MouFixtures.unique("Sekolah uji batas"),
                InstitutionSector.SEKOLAH, puskesmas);
        long mou = MouFixtures.mou(registry, puskesmas, institution, LocalDate.now(clock).minusMonths(1),
                LocalDate.now(clock).plusYears(1));
        logIn("kapus.barutengah");
        String token = csrf(send(HttpRequest.newBuilder(uri("/mous/" + mou)).GET()).body());

        HttpResponse<String> response = upload(mou, token, Arrays.copyOf(MouFixtures.pdf("besar"), 7_000_000));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("Berkas terlalu besar").contains("melebihi batas 5 MB")
                .contains("Kepala").doesNotContain("Apache Tomcat");
        assertThat(mous.details(ADMINISTRATOR, mou).document()).isNull();

        HttpResponse<String> small = upload(mou, token, MouFixtures.pdf("kecil"));
        assertThat(small.statusCode()).isEqualTo(302);
        assertThat(mous.document(ADMINISTRATOR, mou).content()).isEqualTo(MouFixtures.pdf("kecil"));
    }

    private HttpResponse<String> upload(long mou, String token, byte[] content) throws Exception {
        String boundary = "----puskesnet" + System.nanoTime();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"mou.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + token
                + "\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri("/mous/" + mou + "/document"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private void logIn(String username) throws Exception {
        String token = csrf(send(HttpRequest.newBuilder(uri("/login")).GET()).body());
        String form = "username=" + username + "&password=" + URLEncoder.encode(DemoUsers.PASSWORD,
                StandardCharsets.UTF_8) + "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8);
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        assertThat(response.statusCode()).isEqualTo(302);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.header("Accept", "text/html").build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String csrf(String html) {
        Matcher matcher = CSRF_FIELD.matcher(html);
        assertThat(matcher.find()).as("a CSRF field on the page").isTrue();
        return matcher.group(1);
    }
}
