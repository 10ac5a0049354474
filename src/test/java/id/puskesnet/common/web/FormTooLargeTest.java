package id.puskesnet.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import id.puskesnet.support.Browser;
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

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aThreeMegabyteFormGetsTheFriendlyPageAndNothingIsSaved() {
        Browser browser = browser();
        browser.login("kapus.barutengah", DemoUsers.PASSWORD);
        String name = "Sekolah terlalu panjang " + UUID.randomUUID();

        HttpResponse<String> response = browser.post("/institutions/new", "/institutions/new", Map.of("name", name,
                "sector", "SEKOLAH", "version", "0", "address", "a".repeat(3_000_000)));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("Isian formulir terlalu panjang").contains("lebih dari 2 MB")
                .contains("Kepala").doesNotContain("Berkas terlalu besar").doesNotContain("Apache Tomcat");
        assertThat(jdbc.queryForObject("select count(*) from institution where name = ?", Long.class, name)).isZero();

        HttpResponse<String> small = browser.post("/institutions/new", "/institutions/new",
                Map.of("name", name, "sector", "SEKOLAH", "version", "0"));
        assertThat(small.statusCode()).as("a form of the usual size still goes through").isEqualTo(302);
        assertThat(jdbc.queryForObject("select count(*) from institution where name = ?", Long.class, name)).isOne();
    }
}
