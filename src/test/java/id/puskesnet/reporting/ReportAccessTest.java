package id.puskesnet.reporting;

import static id.puskesnet.support.DemoUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.YearMonth;

import id.puskesnet.access.AccessScope;
import id.puskesnet.access.Role;
import id.puskesnet.facility.FacilityOption;
import id.puskesnet.facility.FacilityService;
import id.puskesnet.support.WebIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Who may read, edit, submit, verify, return and accept whose report. A report of another facility is not found
 * (404); one the user may see but not decide on is forbidden (403). Nothing changes on a refused request.
 */
class ReportAccessTest extends WebIntegrationTest {

    @Autowired
    UserDetailsService users;
    @Autowired
    FacilityService facilities;
    @Autowired
    ReportService reports;
    @Autowired
    JdbcTemplate jdbc;

    long submittedBaruTengahPartnerReport;
    long draftBaruTengahPartnerReport;

    /** Each test gets months of its own, in 2010-2014, far from the demo history and other tests. */
    private static final java.util.concurrent.atomic.AtomicInteger MONTHS = new java.util.concurrent.atomic.AtomicInteger();

    @BeforeEach
    void reports() {
        long sehatBersama = id("KP-SEHAT-BERSAMA");
        AccessScope clinic = new AccessScope(Role.PARTNER, sehatBersama);
        YearMonth month = YearMonth.of(2010, 1).plusMonths(2L * MONTHS.getAndIncrement());
        submittedBaruTengahPartnerReport = reports.open(clinic, sehatBersama, month);
        jdbc.update("update report set status = 'SUBMITTED', first_submitted_at = current_timestamp where id = ?",
                submittedBaruTengahPartnerReport);
        draftBaruTengahPartnerReport = reports.open(clinic, sehatBersama, month.plusMonths(1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"klinik.gunungbahagia", "kapus.gunungbahagia"})
    void usersOfAnotherNetworkDoNotFindTheReportAnywhere(String user) throws Exception {
        long id = submittedBaruTengahPartnerReport;
        int version = version(id);
        mvc.perform(get("/reports/" + id).with(as(users, user))).andExpect(status().isNotFound());
        mvc.perform(get("/reports/" + draftBaruTengahPartnerReport + "/edit").with(as(users, user))).andExpect(status().isNotFound());
        mvc.perform(post("/reports/" + draftBaruTengahPartnerReport).param("version", "0").param("action", "submit")
                .param("v_TB_TERDUGA", "1").with(as(users, user)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/reports/" + id + "/verify").param("version", String.valueOf(version)).with(as(users, user)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/reports/" + id + "/return").with(as(users, user))).andExpect(status().isNotFound());
        mvc.perform(post("/reports/" + id + "/return").param("version", String.valueOf(version)).param("reason", "x")
                .with(as(users, user)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/reports/" + id + "/accept").param("version", String.valueOf(version)).with(as(users, user)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(get("/reports").param("facility", String.valueOf(id("KP-SEHAT-BERSAMA"))).with(as(users, user)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/reports/" + id + "\""))));
        mvc.perform(get("/reports/export.csv").with(as(users, user)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Klinik Pratama Sehat Bersama"))));
        assertThat(statusOf(id)).isEqualTo("SUBMITTED");
    }

    @Test
    void theClinicMayNotDecideOnItsOwnReport() throws Exception {
        long id = submittedBaruTengahPartnerReport;
        int version = version(id);
        mvc.perform(get("/reports/" + id).with(as(users, "klinik.barutengah"))).andExpect(status().isOk());
        mvc.perform(post("/reports/" + id + "/verify").param("version", String.valueOf(version))
                .with(as(users, "klinik.barutengah")).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/reports/" + id + "/accept").param("version", String.valueOf(version))
                .with(as(users, "klinik.barutengah")).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(get("/reports/" + id + "/return").with(as(users, "klinik.barutengah"))).andExpect(status().isForbidden());
        assertThat(statusOf(id)).isEqualTo("SUBMITTED");
    }

    @Test
    void thePuskesmasMayNotEditItsPartnersReportNorAcceptIt() throws Exception {
        long id = draftBaruTengahPartnerReport;
        for (String user : new String[] {"kapus.barutengah", "staf.barutengah"}) {
            mvc.perform(get("/reports/" + id).with(as(users, user))).andExpect(status().isOk());
            mvc.perform(get("/reports/" + id + "/edit").with(as(users, user))).andExpect(status().isForbidden());
            mvc.perform(post("/reports/" + id).param("version", String.valueOf(version(id))).param("action", "draft")
                    .param("v_TB_TERDUGA", "1").with(as(users, user)).with(csrf())).andExpect(status().isForbidden());
            mvc.perform(post("/reports/" + submittedBaruTengahPartnerReport + "/accept")
                    .param("version", String.valueOf(version(submittedBaruTengahPartnerReport)))
                    .with(as(users, user)).with(csrf())).andExpect(status().isForbidden());
        }
        assertThat(statusOf(submittedBaruTengahPartnerReport)).isEqualTo("SUBMITTED");
    }

    @ParameterizedTest
    @ValueSource(strings = {"dkk", "admin"})
    void theDkkReadsEverythingButNeitherFillsInNorVerifiesForAFacility(String user) throws Exception {
        long id = draftBaruTengahPartnerReport;
        mvc.perform(get("/reports/" + id).with(as(users, user))).andExpect(status().isOk());
        mvc.perform(get("/reports/" + id + "/edit").with(as(users, user))).andExpect(status().isForbidden());
        mvc.perform(post("/reports/" + id).param("version", String.valueOf(version(id))).param("action", "submit")
                .param("v_TB_TERDUGA", "1").with(as(users, user)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/reports/" + submittedBaruTengahPartnerReport + "/verify")
                .param("version", String.valueOf(version(submittedBaruTengahPartnerReport)))
                .with(as(users, user)).with(csrf())).andExpect(status().isForbidden());
        mvc.perform(post("/reports").param("period", "2016-01").with(as(users, user)).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(statusOf(id)).isEqualTo("DRAFT");
    }

    @Test
    void aClinicCannotOpenAReportForAnotherFacility() throws Exception {
        AccessScope otherClinic = new AccessScope(Role.PARTNER, id("KP-BAHAGIA-HUSADA"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> reports.open(otherClinic, id("KP-SEHAT-BERSAMA"),
                YearMonth.of(2016, 2))).isInstanceOf(org.springframework.security.access.AccessDeniedException.class);
    }

    @Test
    void partnersDoNotSeeCompleteness() throws Exception {
        mvc.perform(get("/reports/completeness").with(as(users, "klinik.barutengah"))).andExpect(status().isForbidden());
        mvc.perform(get("/reports/completeness").with(as(users, "kapus.gunungbahagia")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Puskesmas Gunung Bahagia")))
                .andExpect(content().string(not(containsString("Puskesmas Baru Tengah"))));
    }

    private String statusOf(long id) {
        return jdbc.queryForObject("select status from report where id = ?", String.class, id);
    }

    private int version(long id) {
        return jdbc.queryForObject("select version from report where id = ?", Integer.class, id);
    }

    private long id(String code) {
        return facilities.findByCode(code).map(FacilityOption::id).orElseThrow();
    }
}
