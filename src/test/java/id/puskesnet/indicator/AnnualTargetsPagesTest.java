package id.puskesnet.indicator;

import static id.puskesnet.support.DemoUsers.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import id.puskesnet.facility.FacilityOption;
import id.puskesnet.facility.FacilityService;
import id.puskesnet.support.WebIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The administrator's annual targets: the grid with its validation and stale-page conflict, copy from last
 * year, and the CSV import that is previewed with line-numbered errors and applied whole or not at all. Each
 * test works on years of its own, long before the demo years.
 */
class AnnualTargetsPagesTest extends WebIntegrationTest {

    @Autowired
    UserDetailsService users;
    @Autowired
    FacilityService facilities;
    @Autowired
    IndicatorCatalog catalog;
    @Autowired
    AnnualTargets targets;
    @Autowired
    JdbcTemplate jdbc;

    long baruTengah;
    long gunungBahagia;
    long ht;
    long dm;

    @BeforeEach
    void ids() {
        baruTengah = facilities.findByCode("PKM-BARU-TENGAH").map(FacilityOption::id).orElseThrow();
        gunungBahagia = facilities.findByCode("PKM-GUNUNG-BAHAGIA").map(FacilityOption::id).orElseThrow();
        ht = kind("HT_ESTIMASI");
        dm = kind("DM_ESTIMASI");
    }

    @Test
    void theGridSavesWholeNumbersAndShowsTheChangeInTheYearsHistory() throws Exception {
        mvc.perform(post("/admin/targets").param("year", "2011").param("version", "-1")
                        .param(TargetGrid.cell(baruTengah, ht), "1250").param(TargetGrid.cell(baruTengah, dm), " 0400 ")
                        .with(as(users, "admin")).with(csrf()))
                .andExpect(redirectedUrl("/admin/targets?year=2011"))
                .andExpect(flash().attribute("success", "target.saved"));
        assertThat(amount(baruTengah, 2011, ht)).isEqualTo(1250);
        assertThat(amount(baruTengah, 2011, dm)).isEqualTo(400);

        mvc.perform(get("/admin/targets").param("year", "2011").param("q", "baru tengah").with(as(users, "admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"1250\"")))
                .andExpect(content().string(containsString("Puskesmas Baru Tengah · HT_ESTIMASI")));

        mvc.perform(post("/admin/targets").param("year", "2011").param("version", "0")
                        .param(TargetGrid.cell(baruTengah, ht), "")
                        .with(as(users, "admin")).with(csrf()))
                .andExpect(redirectedUrl("/admin/targets?year=2011"));
        assertThat(amount(baruTengah, 2011, ht)).isNull();
    }

    @Test
    void wrongCellsAreMarkedAndNothingIsSaved() throws Exception {
        for (String bad : new String[] {"-5", "abc", "12345678901234567890", "1.000", "10000001", "<script>x</script>"}) {
            mvc.perform(post("/admin/targets").param("year", "2012").param("version", "-1")
                            .param(TargetGrid.cell(gunungBahagia, ht), "900").param(TargetGrid.cell(baruTengah, ht), bad)
                            .param("q", "a").with(as(users, "admin")).with(csrf()))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(content().string(containsString("Tidak ada yang disimpan")))
                    .andExpect(content().string(containsString("is-invalid")))
                    .andExpect(content().string(not(containsString("<script>x</script>"))));
        }
        assertThat(amount(gunungBahagia, 2012, ht)).isNull();
        mvc.perform(post("/admin/targets").param("year", "9999").param("version", "0").with(as(users, "admin"))
                .with(csrf())).andExpect(status().isBadRequest());
        mvc.perform(get("/admin/targets?year=1900").with(as(users, "admin"))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Tahun tidak valid")));
    }

    @Test
    void aSaveFromAPageReadBeforeSomeoneElsesSaveIsAConflict() throws Exception {
        mvc.perform(post("/admin/targets").param("year", "2013").param("version", "-1")
                .param(TargetGrid.cell(baruTengah, ht), "10").with(as(users, "admin")).with(csrf()))
                .andExpect(redirectedUrl("/admin/targets?year=2013"));
        mvc.perform(post("/admin/targets").param("year", "2013").param("version", "-1")
                        .param(TargetGrid.cell(baruTengah, ht), "20").with(as(users, "admin")).with(csrf()))
                .andExpect(status().isConflict());
        assertThat(amount(baruTengah, 2013, ht)).isEqualTo(10);
    }

    @Test
    void copyFromLastYearFillsOnlyEmptyCells() throws Exception {
        targets.save(IndicatorFixture.ADMIN, 2008, targets.version(2008),
                java.util.Map.of(TargetGrid.cell(baruTengah, ht), "700", TargetGrid.cell(baruTengah, dm), "70"));
        targets.save(IndicatorFixture.ADMIN, 2009, targets.version(2009),
                java.util.Map.of(TargetGrid.cell(baruTengah, ht), "750"));
        mvc.perform(post("/admin/targets/copy").param("year", "2009").param("version", String.valueOf(targets.version(2009)))
                        .with(as(users, "admin")).with(csrf()))
                .andExpect(redirectedUrl("/admin/targets?year=2009"))
                .andExpect(flash().attribute("copied", 1));
        assertThat(amount(baruTengah, 2009, ht)).isEqualTo(750);
        assertThat(amount(baruTengah, 2009, dm)).isEqualTo(70);
        mvc.perform(post("/admin/targets/copy").param("year", "2009").param("version", String.valueOf(targets.version(2009)))
                        .with(as(users, "admin")).with(csrf()))
                .andExpect(flash().attribute("failure", "target.copy.nothing"));
    }

    @Test
    void aFileWithErrorsIsRejectedWholeWithLineNumbers() throws Exception {
        String csv = """
                kode_puskesmas,nama_puskesmas,HT_ESTIMASI,DM_ESTIMASI
                PKM-BARU-TENGAH,Baru Tengah,1000,100
                PKM-TIDAK-ADA,?,5,5
                PKM-GUNUNG-BAHAGIA,,-3,abc
                PKM-BARU-TENGAH,,1,1
                <script>alert(1)</script>,,1,1
                """;
        MockHttpSession session = new MockHttpSession();
        mvc.perform(multipart("/admin/targets/import").file(file(csv)).param("year", "2014").session(session)
                        .with(as(users, "admin")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Berkas ditolak: 5 kesalahan")))
                .andExpect(content().string(containsString("Baris 3: Puskesmas dengan kode &quot;PKM-TIDAK-ADA&quot; tidak ditemukan.")))
                .andExpect(content().string(containsString("Baris 4: Kolom HT_ESTIMASI: nilai &quot;-3&quot; negatif.")))
                .andExpect(content().string(containsString("Baris 4: Kolom DM_ESTIMASI: nilai &quot;abc&quot; bukan bilangan bulat.")))
                .andExpect(content().string(containsString("Baris 5: Puskesmas PKM-BARU-TENGAH sudah ada pada baris 2.")))
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
                .andExpect(content().string(not(containsString("/admin/targets/import/apply"))));
        mvc.perform(post("/admin/targets/import/apply").session(session).with(as(users, "admin")).with(csrf()))
                .andExpect(redirectedUrl("/admin/targets"))
                .andExpect(flash().attribute("failure", "target.import.expired"));
        assertThat(amount(baruTengah, 2014, ht)).isNull();

        mvc.perform(multipart("/admin/targets/import").file(file("nama,HT\n")).param("year", "2014")
                        .with(as(users, "admin")).with(csrf()))
                .andExpect(content().string(containsString("Kolom kode_puskesmas tidak ada.")))
                .andExpect(content().string(containsString("Kolom &quot;nama&quot; tidak dikenal.")));
        mvc.perform(multipart("/admin/targets/import").file(file("")).param("year", "2014")
                        .with(as(users, "admin")).with(csrf()))
                .andExpect(redirectedUrl("/admin/targets?year=2014"))
                .andExpect(flash().attribute("failure", "target.import.noFile"));
    }

    @Test
    void aValidFileIsPreviewedThenAppliedAndAStaleOneIsAConflict() throws Exception {
        String csv = "\uFEFFkode_puskesmas;kecamatan;HT_ESTIMASI;DM_ESTIMASI\r\n"
                + "pkm-baru-tengah;Balikpapan Barat;1100;\r\nPKM-GUNUNG-BAHAGIA;;900;90\r\n";
        MockHttpSession session = new MockHttpSession();
        mvc.perform(multipart("/admin/targets/import").file(file(csv)).param("year", "2010").session(session)
                        .with(as(users, "admin")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("3 sasaran akan berubah")))
                .andExpect(content().string(containsString("/admin/targets/import/apply")));
        assertThat(amount(gunungBahagia, 2010, ht)).isNull();
        mvc.perform(post("/admin/targets/import/apply").session(session).with(as(users, "admin")).with(csrf()))
                .andExpect(redirectedUrl("/admin/targets?year=2010"))
                .andExpect(flash().attribute("changed", 3));
        assertThat(List.of(amount(baruTengah, 2010, ht), amount(gunungBahagia, 2010, ht), amount(gunungBahagia, 2010, dm)))
                .containsExactly(1100L, 900L, 90L);
        assertThat(amount(baruTengah, 2010, dm)).isNull();
        assertThat(targets.history(2010)).extracting(e -> e.action().name()).contains("IMPORT");

        MockHttpSession stale = new MockHttpSession();
        mvc.perform(multipart("/admin/targets/import").file(file("kode_puskesmas,HT_ESTIMASI\nPKM-BARU-TENGAH,1\n"))
                .param("year", "2010").session(stale).with(as(users, "admin")).with(csrf())).andExpect(status().isOk());
        targets.save(IndicatorFixture.ADMIN, 2010, targets.version(2010), java.util.Map.of(TargetGrid.cell(baruTengah, dm), "5"));
        mvc.perform(post("/admin/targets/import/apply").session(stale).with(as(users, "admin")).with(csrf()))
                .andExpect(status().isConflict());
        assertThat(amount(baruTengah, 2010, ht)).isEqualTo(1100);
    }

    private static MockMultipartFile file(String text) {
        return new MockMultipartFile("file", "sasaran.csv", "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }

    private long kind(String code) {
        return catalog.targetKinds().stream().filter(k -> k.code().equals(code)).findFirst().orElseThrow().id();
    }

    private Long amount(long puskesmas, int year, long kind) {
        return jdbc.query("select amount from annual_target where puskesmas_id = ? and target_year = ? and target_kind_id = ?",
                (rs, n) -> rs.getLong(1), puskesmas, year, kind).stream().findFirst().orElse(null);
    }
}
