package id.puskesnet.reporting;

import static id.puskesnet.support.DemoUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import id.puskesnet.access.AccessScope;
import id.puskesnet.access.Role;
import id.puskesnet.audit.AuditLog;
import id.puskesnet.facility.FacilityOption;
import id.puskesnet.facility.FacilityService;
import id.puskesnet.support.WebIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The JSON API for partner systems: tokens issued and revoked by the administrator, the same rules as the form. */
class ReportApiTest extends WebIntegrationTest {

    static final String COMPLETE_TPMD = """
            {"values": {"TB_TERDUGA": 4, "TB_TERDUGA_PERIKSA": "3", "HT_PELAYANAN": 25, "DM_PELAYANAN": 9},
             "submit": true}""";

    @Autowired
    UserDetailsService users;
    @Autowired
    FacilityService facilities;
    @Autowired
    ApiTokens tokens;
    @Autowired
    AuditLog audit;
    @Autowired
    JdbcTemplate jdbc;

    long tpmd;
    String token;

    @BeforeEach
    void token() {
        tpmd = facilities.findByCode("TPMD-ANDI-PRATAMA").map(FacilityOption::id).orElseThrow();
        token = tokens.issue(new AccessScope(Role.DKK_ADMIN, null), tpmd, "EMR uji").token();
    }

    @Test
    void aPartnerSystemSavesADraftThenSubmitsAndTheReportFollowsTheUsualFlow() throws Exception {
        mvc.perform(api(put("/api/v1/reports/2012-03")).content("{\"values\": {\"TB_TERDUGA\": 4}}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.values.TB_TERDUGA").value(4));

        mvc.perform(api(put("/api/v1/reports/2012-03")).content(COMPLETE_TPMD))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.facility").value("TPMD-ANDI-PRATAMA"));

        mvc.perform(api(get("/api/v1/reports/2012-03")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.values.HT_PELAYANAN").value(25));
        mvc.perform(api(put("/api/v1/reports/2012-03")).content(COMPLETE_TPMD))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.error").value(containsString("sudah dikirim")));

        long id = jdbc.queryForObject("select id from report where facility_id = ? and period = date '2012-03-01'",
                Long.class, tpmd);
        assertThat(audit.history(ReportService.AUDIT_TYPE, id)).extracting(e -> e.actorUsername())
                .contains("api:TPMD-ANDI-PRATAMA");
        mvc.perform(post("/reports/" + id + "/verify").param("version", "2").with(as(users, "kapus.barutengah")).with(csrf()))
                .andExpect(redirectedUrl("/reports/" + id));
    }

    @Test
    void invalidValuesGetTheSameMessagesAsTheFormInTheCallersLanguage() throws Exception {
        mvc.perform(api(put("/api/v1/reports/2012-04")).header("Accept-Language", "en").content("""
                        {"values": {"TB_TERDUGA": 2, "TB_TERDUGA_PERIKSA": 5, "HT_PELAYANAN": -1,
                                    "DM_PELAYANAN": 123456789012345678901234}, "submit": true}"""))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.problems[*].element", hasItem("HT_PELAYANAN")))
                .andExpect(jsonPath("$.problems[*].message", hasItem("Must not be negative.")))
                .andExpect(jsonPath("$.problems[*].message", hasItem(containsString("Too large"))))
                .andExpect(jsonPath("$.problems[*].message", hasItem(containsString("must not be more than"))));
        mvc.perform(api(put("/api/v1/reports/2012-13")).content(COMPLETE_TPMD))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.error").value(containsString("Bulan tidak valid")));
        mvc.perform(api(put("/api/v1/reports/2012-05")).content("{not json"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").exists());
        mvc.perform(api(put("/api/v1/reports/2012-05")).content("{\"values\": {\"TB_TERDUGA\": 1.5, \"HT_PELAYANAN\": \"<b>x</b>\"}}"))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void missingWrongAndRevokedTokensAreRefusedAndSessionsDoNotOpenTheApi() throws Exception {
        mvc.perform(get("/api/v1/elements")).andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", "Bearer"));
        mvc.perform(get("/api/v1/elements").header("Authorization", "Bearer pkn_wrong")).andExpect(status().isUnauthorized());
        // a signed-in person is not a partner system: the API needs a token
        mvc.perform(get("/api/v1/elements").with(as(users, "klinik.barutengah"))).andExpect(status().isForbidden());
        mvc.perform(api(get("/api/v1/elements")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[*].code", hasItem("HT_PELAYANAN")))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("GIZI_D"))));

        long tokenId = jdbc.queryForObject("select id from report_api_token where token_hash = ?", Long.class,
                ApiTokens.hash(token));
        mvc.perform(post("/admin/api-tokens/" + tokenId + "/revoke").with(as(users, "admin")).with(csrf()))
                .andExpect(redirectedUrl("/admin/api-tokens"));
        mvc.perform(api(get("/api/v1/elements"))).andExpect(status().isUnauthorized());
    }

    @Test
    void aTokenOnlyReachesItsOwnFacilitysReports() throws Exception {
        long other = facilities.findByCode("KP-BAHAGIA-HUSADA").map(FacilityOption::id).orElseThrow();
        reportFor(other);
        mvc.perform(api(get("/api/v1/reports/2012-06"))).andExpect(status().isNotFound());
    }

    @Test
    void onlyTheAdministratorIssuesTokensAndTheTokenIsShownOnce() throws Exception {
        mvc.perform(post("/admin/api-tokens").param("facilityId", String.valueOf(tpmd)).param("label", "SIMRS")
                        .with(as(users, "admin")).with(csrf()))
                .andExpect(redirectedUrl("/admin/api-tokens"))
                .andExpect(flash().attributeExists("issued"));
        mvc.perform(post("/admin/api-tokens").param("facilityId", "").param("label", "x".repeat(10_000))
                        .with(as(users, "admin")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Wajib diisi")));
        mvc.perform(get("/admin/api-tokens").with(as(users, "admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(token))));
        // Where there are too many facilities for a list, the form takes the facility's code.
        mvc.perform(post("/admin/api-tokens").param("facilityCode", " KP-BAHAGIA-HUSADA ").param("label", "EMR")
                        .with(as(users, "admin")).with(csrf()))
                .andExpect(redirectedUrl("/admin/api-tokens"))
                .andExpect(flash().attribute("issued", org.hamcrest.Matchers.hasToString(
                        containsString("facilityName=Klinik Pratama Bahagia Husada"))));
        mvc.perform(post("/admin/api-tokens").param("facilityCode", "<b>TIDAK-ADA</b>").param("label", "EMR")
                        .with(as(users, "admin")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Fasilitas tidak dikenal.")))
                .andExpect(content().string(containsString("&lt;b&gt;TIDAK-ADA&lt;/b&gt;")));
        for (String user : new String[] {"dkk", "kapus.barutengah", "klinik.barutengah"}) {
            mvc.perform(get("/admin/api-tokens").with(as(users, user))).andExpect(status().isForbidden());
            mvc.perform(post("/admin/api-tokens").param("facilityId", String.valueOf(tpmd)).param("label", "x")
                    .with(as(users, user)).with(csrf())).andExpect(status().isForbidden());
        }
    }

    private void reportFor(long facility) {
        jdbc.update("""
                insert into report (facility_id, network_puskesmas_id, period, status, created_at, created_by, updated_at)
                select id, network_puskesmas_id, date '2012-06-01', 'DRAFT', current_timestamp, 'test', current_timestamp
                from facility where id = ?""", facility);
    }

    private MockHttpServletRequestBuilder api(MockHttpServletRequestBuilder request) {
        return request.header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON);
    }
}
