package id.puskesnet.reporting;

import static id.puskesnet.support.DemoUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;

import id.puskesnet.access.AccessScope;
import id.puskesnet.access.Role;
import id.puskesnet.audit.AuditAction;
import id.puskesnet.audit.AuditLog;
import id.puskesnet.facility.FacilityOption;
import id.puskesnet.facility.FacilityService;
import id.puskesnet.support.RollupSummaryCheck;
import id.puskesnet.support.WebIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The monthly report flow through the pages, as the demo users: a clinic fills in and submits, the puskesmas
 * returns and verifies, the DKK accepts. Each test reports a month of its own, long before the demo history.
 */
class ReportFlowTest extends WebIntegrationTest {

    /** Every count a klinik pratama reports, valid together. */
    static final Map<String, String> KLINIK_VALUES = Map.ofEntries(Map.entry("TB_TERDUGA", "12"),
            Map.entry("TB_TERDUGA_PERIKSA", "10"), Map.entry("TB_KASUS", "2"), Map.entry("TB_MULAI_OBAT", "2"),
            Map.entry("TB_SEMBUH", "1"), Map.entry("TB_LENGKAP", "1"), Map.entry("TB_KONTAK_INVESTIGASI", "8"),
            Map.entry("TB_KONTAK_TPT", "4"), Map.entry("HT_PELAYANAN", "75"), Map.entry("DM_PELAYANAN", "30"),
            Map.entry("ORI_MR", "0"));

    @Autowired
    UserDetailsService users;
    @Autowired
    FacilityService facilities;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AuditLog audit;

    long sehatBersama;
    long baruTengah;

    @BeforeEach
    void ids() {
        sehatBersama = facilities.findByCode("KP-SEHAT-BERSAMA").map(FacilityOption::id).orElseThrow();
        baruTengah = facilities.findByCode("PKM-BARU-TENGAH").map(FacilityOption::id).orElseThrow();
    }

    @Test
    void clinicSubmitsPuskesmasReturnsClinicCorrectsPuskesmasVerifiesDkkAccepts() throws Exception {
        long id = open("klinik.barutengah", "2021-03");

        mvc.perform(entry(id, "klinik.barutengah", 0, "submit", Map.of("TB_TERDUGA", "abc")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Harus berupa bilangan bulat")))
                .andExpect(content().string(containsString("Wajib diisi sebelum laporan dikirim")))
                .andExpect(content().string(containsString("value=\"abc\"")));
        assertThat(statusOf(id)).isEqualTo("DRAFT");

        mvc.perform(entry(id, "klinik.barutengah", 0, "submit", KLINIK_VALUES))
                .andExpect(redirectedUrl("/reports/" + id))
                .andExpect(flash().attribute("success", "report.submitted"));
        assertThat(statusOf(id)).isEqualTo("SUBMITTED");

        mvc.perform(get("/reports/" + id + "/return").with(as(users, "staf.barutengah"))).andExpect(status().isOk());
        mvc.perform(post("/reports/" + id + "/return").param("version", "1").param("reason", "  ")
                        .with(as(users, "staf.barutengah")).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Alasan pengembalian wajib diisi")));
        mvc.perform(post("/reports/" + id + "/return").param("version", "1")
                        .param("reason", "Angka HT tidak sesuai register <b>PTM</b>")
                        .with(as(users, "staf.barutengah")).with(csrf()))
                .andExpect(redirectedUrl("/reports/" + id));
        assertThat(statusOf(id)).isEqualTo("RETURNED");

        mvc.perform(get("/reports/" + id).with(as(users, "klinik.barutengah")))
                .andExpect(content().string(containsString("Angka HT tidak sesuai register &lt;b&gt;PTM&lt;/b&gt;")))
                .andExpect(content().string(containsString("/reports/" + id + "/edit")));
        Map<String, String> corrected = new java.util.HashMap<>(KLINIK_VALUES);
        corrected.put("HT_PELAYANAN", "70");
        mvc.perform(entry(id, "klinik.barutengah", 2, "submit", corrected)).andExpect(redirectedUrl("/reports/" + id));
        assertThat(statusOf(id)).isEqualTo("SUBMITTED");

        mvc.perform(post("/reports/" + id + "/verify").param("version", "3").with(as(users, "kapus.barutengah")).with(csrf()))
                .andExpect(redirectedUrl("/reports/" + id)).andExpect(flash().attribute("success", "report.verified"));
        assertThat(rollup(baruTengah, "2021-03-01", "HT_PELAYANAN")).containsExactly(0L, 70L);
        java.util.List<Long> decemberBefore = yearToDate(baruTengah, "2021-12-01", "HT_PELAYANAN");
        java.util.List<Long> februaryBefore = yearToDate(baruTengah, "2021-02-01", "HT_PELAYANAN");

        mvc.perform(post("/reports/" + id + "/accept").param("version", "4").with(as(users, "dkk")).with(csrf()))
                .andExpect(redirectedUrl("/reports/" + id)).andExpect(flash().attribute("success", "report.accepted"));
        assertThat(statusOf(id)).isEqualTo("ACCEPTED");
        assertThat(rollup(baruTengah, "2021-03-01", "HT_PELAYANAN")).containsExactly(70L, 0L);
        assertThat(yearToDate(baruTengah, "2021-12-01", "HT_PELAYANAN"))
                .as("the year to December moves from provisional to accepted")
                .containsExactly(decemberBefore.get(0) + 70, decemberBefore.get(1) - 70);
        assertThat(yearToDate(baruTengah, "2021-02-01", "HT_PELAYANAN")).as("months before March do not change")
                .isEqualTo(februaryBefore);
        assertThat(RollupSummaryCheck.differences(jdbc)).as("city and year-to-date summaries in step").isZero();

        assertThat(audit.history(ReportService.AUDIT_TYPE, id)).extracting(e -> e.action()).containsExactly(
                AuditAction.ACCEPT, AuditAction.VERIFY, AuditAction.SUBMIT, AuditAction.UPDATE, AuditAction.RETURN,
                AuditAction.SUBMIT, AuditAction.UPDATE, AuditAction.CREATE);
        mvc.perform(get("/reports/" + id).with(as(users, "klinik.barutengah")))
                .andExpect(content().string(containsString("Penderita hipertensi")))
                .andExpect(content().string(containsString("75")))
                .andExpect(content().string(not(containsString("/reports/" + id + "/edit"))));
    }

    @Test
    void aDoubleSubmitChangesNothingAndAStaleDraftSaveShowsTheConflictPage() throws Exception {
        long id = open("klinik.barutengah", "2021-04");
        mvc.perform(entry(id, "klinik.barutengah", 0, "submit", KLINIK_VALUES)).andExpect(redirectedUrl("/reports/" + id));

        mvc.perform(entry(id, "klinik.barutengah", 0, "submit", KLINIK_VALUES))
                .andExpect(redirectedUrl("/reports/" + id))
                .andExpect(flash().attribute("success", "report.alreadySubmitted"));
        assertThat(audit.history(ReportService.AUDIT_TYPE, id))
                .filteredOn(e -> e.action() == AuditAction.SUBMIT).hasSize(1);

        long other = open("klinik.barutengah", "2021-05");
        mvc.perform(entry(other, "klinik.barutengah", 0, "draft", Map.of("TB_TERDUGA", "3")))
                .andExpect(redirectedUrl("/reports/" + other + "/edit"));
        mvc.perform(entry(other, "klinik.barutengah", 0, "draft", Map.of("TB_TERDUGA", "4"))
                        .header("Referer", "http://localhost/reports/" + other + "/edit"))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("href=\"/reports/" + other + "/edit\"")))
                .andExpect(content().string(containsString("diubah")))
                .andExpect(content().string(containsString("Buka kembali data terbaru")));
        assertThat(jdbc.queryForObject("select amount from report_value v join data_element e on e.id = v.element_id "
                + "where v.report_id = ? and e.code = 'TB_TERDUGA'", Integer.class, other)).isEqualTo(3);
    }

    @Test
    void twoDecisionsOnTheSameReportDoNotOverwriteEachOther() throws Exception {
        long id = open("klinik.barutengah", "2021-06");
        mvc.perform(entry(id, "klinik.barutengah", 0, "submit", KLINIK_VALUES)).andExpect(redirectedUrl("/reports/" + id));

        mvc.perform(post("/reports/" + id + "/verify").param("version", "1").with(as(users, "kapus.barutengah")).with(csrf()))
                .andExpect(redirectedUrl("/reports/" + id));
        mvc.perform(post("/reports/" + id + "/return").param("version", "1").param("reason", "Salah angka")
                        .with(as(users, "staf.barutengah")).with(csrf()))
                .andExpect(status().isConflict());
        mvc.perform(post("/reports/" + id + "/verify").param("version", "1").with(as(users, "staf.barutengah")).with(csrf()))
                .andExpect(flash().attribute("success", "report.alreadyDecided"));
        assertThat(statusOf(id)).isEqualTo("VERIFIED");
    }

    @Test
    void aPuskesmasFilesItsOwnReportWhichTheDkkAcceptsDirectly() throws Exception {
        long id = open("staf.barutengah", "2021-07");
        Map<String, String> values = new java.util.HashMap<>(KLINIK_VALUES);
        values.putAll(Map.of("GIZI_D", "800", "GIZI_N", "900", "GIZI_STUNTING", "30"));

        mvc.perform(entry(id, "staf.barutengah", 0, "submit", values))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString(
                        "Balita naik berat badan (N) (900) tidak boleh lebih dari Balita ditimbang (D) (800)")));
        values.put("GIZI_N", "600");
        mvc.perform(entry(id, "staf.barutengah", 0, "submit", values)).andExpect(redirectedUrl("/reports/" + id));
        assertThat(rollup(baruTengah, "2021-07-01", "GIZI_D")).containsExactly(0L, 800L);

        mvc.perform(get("/reports/" + id).with(as(users, "kapus.barutengah")))
                .andExpect(content().string(not(containsString("/verify"))));
        mvc.perform(post("/reports/" + id + "/verify").param("version", "1").with(as(users, "kapus.barutengah")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/reports/" + id + "/accept").param("version", "1").with(as(users, "admin")).with(csrf()))
                .andExpect(redirectedUrl("/reports/" + id));
        assertThat(rollup(baruTengah, "2021-07-01", "GIZI_D")).containsExactly(800L, 0L);
        assertThat(RollupSummaryCheck.differences(jdbc)).as("city and year-to-date summaries in step").isZero();
    }

    @Test
    void theFormShowsLastMonthBesideEachFieldAndWarnsAboutOutliers() throws Exception {
        AccessScope clinic = new AccessScope(Role.PARTNER, sehatBersama);
        for (String month : new String[] {"2020-01", "2020-02", "2020-03", "2020-04"}) {
            long past = open("klinik.barutengah", month);
            mvc.perform(entry(past, "klinik.barutengah", 0, "submit", KLINIK_VALUES)).andExpect(redirectedUrl("/reports/" + past));
        }
        long id = open("klinik.barutengah", "2020-05");
        mvc.perform(get("/reports/" + id + "/edit").with(as(users, "klinik.barutengah")))
                .andExpect(content().string(containsString("Bulan lalu: 75")));

        Map<String, String> values = new java.util.HashMap<>(KLINIK_VALUES);
        values.put("HT_PELAYANAN", "900");
        mvc.perform(entry(id, "klinik.barutengah", 0, "draft", values))
                .andExpect(redirectedUrl("/reports/" + id + "/edit"))
                .andExpect(flash().attribute("warnings", org.hamcrest.Matchers.hasItem(containsString("hipertensi usia 15 tahun ke atas mendapat pelayanan sesuai standar: nilai 900 jauh dari rata-rata"))));
        assertThat(clinic.facilityId()).isEqualTo(sehatBersama);
    }

    private long open(String user, String month) throws Exception {
        String location = mvc.perform(post("/reports").param("period", month).with(as(users, user)).with(csrf()))
                .andExpect(redirectedUrlPattern("/reports/*/edit"))
                .andReturn().getResponse().getRedirectedUrl();
        return Long.parseLong(location.split("/")[2]);
    }

    static MockHttpServletRequestBuilder entry(long id, String user, int version, String action, Map<String, String> values,
                                               UserDetailsService users) {
        MockHttpServletRequestBuilder request = post("/reports/" + id).param("version", String.valueOf(version))
                .param("action", action).with(as(users, user)).with(csrf());
        values.forEach((code, value) -> request.param("v_" + code, value));
        return request;
    }

    private MockHttpServletRequestBuilder entry(long id, String user, int version, String action, Map<String, String> values) {
        return entry(id, user, version, action, values, users);
    }

    private String statusOf(long id) {
        return jdbc.queryForObject("select status from report where id = ?", String.class, id);
    }

    private java.util.List<Long> yearToDate(long network, String period, String element) {
        return jdbc.query("""
                select r.accepted_amount, r.verified_amount from report_rollup_ytd r join data_element e on e.id = r.element_id
                where r.network_puskesmas_id = ? and r.period = cast(? as date) and e.code = ?""",
                (rs, n) -> java.util.List.of(rs.getLong(1), rs.getLong(2)), network, period, element)
                .stream().findFirst().orElse(java.util.List.of(0L, 0L));
    }

    private java.util.List<Long> rollup(long network, String period, String element) {
        return jdbc.query("""
                select r.accepted_amount, r.verified_amount from report_rollup r join data_element e on e.id = r.element_id
                where r.network_puskesmas_id = ? and r.period = cast(? as date) and e.code = ?""",
                (rs, n) -> java.util.List.of(rs.getLong(1), rs.getLong(2)), network, period, element)
                .stream().findFirst().orElse(java.util.List.of(0L, 0L));
    }
}
