package id.puskesnet.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import id.puskesnet.facility.FacilityOption;
import id.puskesnet.facility.FacilityService;
import id.puskesnet.support.Browser;
import id.puskesnet.support.FailingEndpoints;
import id.puskesnet.support.ServerIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Errors reach users as pages in their language, inside the layout, with a way home and no technical detail.
 * Runs on a real server: only the servlet container dispatches failures to the error pages.
 */
class ErrorPagesTest extends ServerIntegrationTest {

    @Autowired
    FacilityService facilities;

    @Test
    void unknownUrlGivesTheNotFoundPageInIndonesianWithALinkHome() {
        HttpResponse<String> response = signedIn("dkk").get("/does-not-exist");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body())
                .contains("<title>Halaman tidak ditemukan · Puskesnet</title>")
                .contains("<h1 class=\"h3\">Halaman tidak ditemukan</h1>")
                .containsPattern("<a class=\"btn btn-success\" href=\"/\">Ke beranda</a>");
        assertLayoutOfAnErrorPage(response.body(), "id");
    }

    @Test
    void notFoundPageInEnglishOnRequest() {
        HttpResponse<String> response = signedIn("dkk").get("/does-not-exist?lang=en");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body())
                .contains("<title>Page not found · Puskesnet</title>")
                .contains(">Go to the home page</a>")
                .doesNotContain("Halaman tidak ditemukan");
        assertLayoutOfAnErrorPage(response.body(), "en");
    }

    @Test
    void aMissingFacilityIsNotFound() {
        HttpResponse<String> response = signedIn("dkk").get("/facilities/987654321");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).contains("Halaman tidak ditemukan");
    }

    @Test
    void aFacilityOutsideTheUsersScopeGivesTheForbiddenPage() {
        long gunungBahagia = facilityId("PKM-GUNUNG-BAHAGIA");
        HttpResponse<String> response = signedIn("kapus.barutengah").get("/facilities/" + gunungBahagia);
        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body())
                .contains("<title>Akses ditolak · Puskesnet</title>")
                .contains("Anda tidak memiliki hak untuk membuka halaman atau data ini.")
                .doesNotContain("Puskesmas Gunung Bahagia");
        assertLayoutOfAnErrorPage(response.body(), "id");
    }

    @Test
    void aNonNumericIdGivesTheBadRequestPage() {
        HttpResponse<String> response = signedIn("dkk").get("/facilities/abc");
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("<title>Permintaan tidak valid · Puskesnet</title>");
        assertLayoutOfAnErrorPage(response.body(), "id");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/facilities?page=99999999999999999999", "/facilities?page=abc",
            "/facilities?kecamatan=99999999999999999999", "/facilities?type=RUMAH_SAKIT", "/facilities?active=maybe",
            "/facilities/99999999999999999999", "/facilities/-1"})
    void malformedParametersAreABadRequestOrNotFoundNeverAServerError(String path) {
        HttpResponse<String> response = signedIn("dkk").get(path);
        assertThat(response.statusCode()).as(path).isIn(400, 404);
        assertThat(response.body()).doesNotContain("Terjadi kesalahan pada sistem");
    }

    @Test
    void aServerErrorGivesTheErrorPageWithAReferenceAndNoTechnicalDetail() {
        HttpResponse<String> response = signedIn("dkk").get(FailingEndpoints.SERVER_ERROR);
        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body())
                .contains("<title>Terjadi kesalahan pada sistem · Puskesnet</title>")
                .containsPattern("<code class=\"error-reference\">[0-9a-f]{8}</code>")
                .doesNotContain(FailingEndpoints.SECRET_IN_MESSAGE, "IllegalStateException", "java.lang",
                        "at id.puskesnet", "FailingEndpoints");
        assertLayoutOfAnErrorPage(response.body(), "id");
    }

    @Test
    void eachServerErrorGetsItsOwnReference() {
        Browser browser = signedIn("dkk");
        String first = reference(browser.get(FailingEndpoints.SERVER_ERROR).body());
        String second = reference(browser.get(FailingEndpoints.SERVER_ERROR).body());
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void aStaleEditGivesTheConflictPage() {
        HttpResponse<String> response = signedIn("dkk").get(FailingEndpoints.STALE_EDIT + "?lang=en");
        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(response.body()).contains("<title>Someone else changed this record · Puskesnet</title>");
        assertLayoutOfAnErrorPage(response.body(), "en");
    }

    @Test
    void anotherClientErrorGivesTheGeneralClientErrorPage() {
        HttpResponse<String> response = signedIn("dkk").post("/facilities", "/facilities", java.util.Map.of());
        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.body()).contains("<title>Permintaan tidak dapat dipenuhi · Puskesnet</title>");
        assertLayoutOfAnErrorPage(response.body(), "id");
    }

    private static void assertLayoutOfAnErrorPage(String body, String language) {
        assertThat(body)
                .contains("<html lang=\"" + language + "\">")
                .contains(language.equals("en") ? ">Demo data</span>" : ">Data demo</span>")
                .doesNotContain("??", "Whitelabel", "Exception");
    }

    private static String reference(String body) {
        return body.replaceAll("(?s).*<code class=\"error-reference\">([0-9a-f]{8})</code>.*", "$1");
    }

    private long facilityId(String code) {
        return facilities.findByCode(code).map(FacilityOption::id).orElseThrow();
    }
}
