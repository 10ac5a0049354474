package id.puskesnet.indicator;

import static id.puskesnet.support.DemoUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import id.puskesnet.audit.AuditAction;
import id.puskesnet.facility.FacilityRegistry;
import id.puskesnet.facility.IlpStatus;
import id.puskesnet.facility.KecamatanData;
import id.puskesnet.facility.KelurahanData;
import id.puskesnet.facility.PuskesmasData;
import id.puskesnet.facility.WilayahRegistry;
import id.puskesnet.support.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The administrator edits an indicator's national target and source; the change is audited, shown beside the
 * figures, and bad input or a stale page never overwrites anything.
 */
class IndicatorAdminTest extends WebIntegrationTest {

    @Autowired
    UserDetailsService users;
    @Autowired
    IndicatorCatalog catalog;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    WilayahRegistry wilayah;
    @Autowired
    FacilityRegistry registry;
    @Autowired
    Clock clock;

    @Test
    void theSeedHasEveryRequiredIndicatorWithATargetAndItsSource() throws Exception {
        assertThat(catalog.all()).extracting(IndicatorDefinition::code).contains("SPM_HT", "SPM_DM", "SPM_TB_TERDUGA",
                "TB_NOTIFIKASI", "TB_TSR", "TB_INVESTIGASI_KONTAK", "TB_TPT", "GIZI_DS", "GIZI_ND", "ORI_CAKUPAN");
        assertThat(catalog.all()).allSatisfy(d -> {
            assertThat(d.targetSource()).isNotBlank();
            assertThat(d.numeratorElementIds()).isNotEmpty();
            assertThat(d.unit().ratio() == (d.targetDenominator() || !d.denominatorElementIds().isEmpty())).isTrue();
        });
        mvc.perform(get("/admin/indicators").with(as(users, "admin"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Permenkes 6/2024 (SPM Bidang Kesehatan)")))
                .andExpect(content().string(containsString("HT_PELAYANAN")));
    }

    @Test
    void theAdministratorChangesATargetAndItsSourceWhichIsAuditedAndShownOnTheDashboard() throws Exception {
        IndicatorDefinition tpt = find("TB_TPT");
        mvc.perform(edit(tpt, tpt.version(), Map.of("targetValue", "70", "targetSource", "Stranas TB <b>2025</b>")))
                .andExpect(redirectedUrl("/admin/indicators/" + tpt.id() + "/edit"));
        IndicatorDefinition changed = find("TB_TPT");
        assertThat(changed.targetValue()).isEqualByComparingTo("70");
        assertThat(catalog.history(tpt.id())).extracting(e -> e.action()).containsExactly(AuditAction.UPDATE);
        mvc.perform(get("/admin/indicators/" + tpt.id() + "/edit").with(as(users, "admin")))
                .andExpect(content().string(containsString("Stranas TB &lt;b&gt;2025&lt;/b&gt;")))
                .andExpect(content().string(containsString("Riwayat perubahan")));
        mvc.perform(get("/dashboard?year=2020&month=6").with(as(users, "dkk")))
                .andExpect(content().string(containsString("Stranas TB &lt;b&gt;2025&lt;/b&gt;")));

        mvc.perform(edit(changed, tpt.version(), Map.of("targetValue", "71", "targetSource", "x")))
                .andExpect(status().isConflict());
        mvc.perform(edit(changed, changed.version(), Map.of("targetValue", "68", "targetSource", tpt.targetSource())))
                .andExpect(redirectedUrl("/admin/indicators/" + tpt.id() + "/edit"));
    }

    @Test
    void badInputGivesFieldMessagesAndChangesNothing() throws Exception {
        IndicatorDefinition ht = find("SPM_HT");
        String[][] cases = {{"targetValue", "abc", "Nilai tidak valid"}, {"targetValue", "-1", "Nilai minimal 0"},
                {"targetValue", "12345678901234567890", "Nilai maksimal 100000"}, {"amberRatio", "2", "Nilai maksimal 1"},
                {"targetSource", "", "Wajib diisi"}, {"name", "x".repeat(10_000), "Panjang harus antara"}};
        for (String[] c : cases) {
            Map<String, String> fields = new HashMap<>(
                    Map.of("targetValue", "100", "targetSource", "Permenkes 6/2024"));
            fields.put(c[0], c[1]);
            mvc.perform(edit(ht, ht.version(), fields))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(content().string(containsString(c[2])));
        }
        assertThat(find("SPM_HT").version()).isEqualTo(ht.version());
        mvc.perform(get("/admin/indicators/999999/edit").with(as(users, "admin"))).andExpect(status().isNotFound());
    }

    @Test
    void theAdministratorIsToldOnTheHomePageWhichPuskesmasLackThisYearsTargets() throws Exception {
        long kota = jdbc.queryForObject("select min(id) from kota", Long.class);
        String tag = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        long kecamatan = wilayah.createKecamatan(IndicatorFixture.ADMIN,
                new KecamatanData("KS" + tag, "Kecamatan Sasaran " + tag, kota));
        long kelurahan = wilayah.createKelurahan(IndicatorFixture.ADMIN,
                new KelurahanData("LS" + tag, "Kelurahan Sasaran " + tag, kecamatan));
        registry.createPuskesmas(IndicatorFixture.ADMIN, new PuskesmasData("PKM-S-" + tag,
                "Puskesmas Tanpa Sasaran " + tag, kecamatan, Set.of(kelurahan), null, null, null, false,
                false, IlpStatus.BELUM, null, null, null));
        int year = LocalDate.now(clock).getYear();
        mvc.perform(get("/").with(as(users, "admin")))
                .andExpect(content().string(containsString("puskesmas aktif belum lengkap sasaran tahun " + year)))
                .andExpect(content().string(containsString("/admin/targets?year=" + year)));
        mvc.perform(get("/").with(as(users, "dkk")))
                .andExpect(content().string(not(containsString("belum lengkap sasaran"))));
    }

    /** The edit form as the page sends it, with the given fields changed. */
    private MockHttpServletRequestBuilder edit(IndicatorDefinition d, int version, Map<String, String> changed) {
        Map<String, String> fields = new HashMap<>(Map.of("version", String.valueOf(version),
                "name", d.name(), "nameEn", d.nameEn(), "amberRatio", "0.80",
                "higherIsBetter", String.valueOf(d.higherIsBetter()), "note", d.note(), "noteEn", d.noteEn(),
                "active", "true"));
        fields.putAll(changed);
        MockHttpServletRequestBuilder request = post("/admin/indicators/" + d.id() + "/edit");
        fields.forEach(request::param);
        return request.with(as(users, "admin")).with(csrf());
    }

    private IndicatorDefinition find(String code) {
        return catalog.all().stream().filter(d -> d.code().equals(code)).findFirst().orElseThrow();
    }
}
