package id.puskesnet.facility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import id.puskesnet.access.AccessScope;
import id.puskesnet.access.Role;
import id.puskesnet.support.DemoUsers;
import id.puskesnet.support.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The CSV exports of the facility list and the wilayah page: exactly the rows the list shows, all pages of them. */
class FacilityExportTest extends WebIntegrationTest {

    static final AccessScope ADMIN = new AccessScope(Role.DKK_ADMIN, null);
    static final String HEADER = "Kode,Nama,Jenis,Kecamatan,Kode kelurahan,Kelurahan,Kode puskesmas jejaring,"
            + "Puskesmas jejaring,Alamat,Telepon,Kepala / penanggung jawab,Nomor izin operasional / SIP,"
            + "Masa berlaku izin,Narahubung,Telepon narahubung,Tanggal bergabung,Status,Buka 24 jam,BLUD,Status ILP";

    @Autowired
    UserDetailsService users;

    @Autowired
    FacilityService facilities;

    @Autowired
    FacilityRegistry registry;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theExportIsUtf8WithBomAFileToSaveAndHeadedInBahasaIndonesiaWhateverTheLanguage() throws Exception {
        byte[] bytes = mvc.perform(get("/facilities/export.csv").param("lang", "en").with(as("dkk")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"fasilitas.csv\""))
                .andReturn().getResponse().getContentAsByteArray();

        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8).substring(1)).startsWith(HEADER + "\r\n");
    }

    @Test
    void aRowCarriesTheCodesTheImportReadsBesideTheNames() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String kelurahan = jdbc.queryForObject("select code from kelurahan where name = 'Baru Tengah'", String.class);
        long kelurahanId = jdbc.queryForObject("select id from kelurahan where code = ?", Long.class, kelurahan);
        long baruTengah = facilities.findByCode("PKM-BARU-TENGAH").orElseThrow().id();
        registry.createPartner(ADMIN, new PartnerData(FacilityType.KLINIK_PRATAMA, "KP-" + marker,
                "Klinik Pratama Baris " + marker, kelurahanId, baruTengah, "Jl. Baris 1", "0542-111", "dr. Baris",
                "503/" + marker, LocalDate.of(2027, 3, 31), "Narahubung Baris", "0812-222", LocalDate.of(2024, 2, 1)));

        assertThat(lines("dkk", get("/facilities/export.csv").param("q", marker))).containsExactly(HEADER,
                "KP-" + marker + ",Klinik Pratama Baris " + marker + ",Klinik pratama,Balikpapan Barat," + kelurahan
                        + ",Baru Tengah,PKM-BARU-TENGAH,Puskesmas Baru Tengah,Jl. Baris 1,0542-111,dr. Baris,503/"
                        + marker + ",2027-03-31,Narahubung Baris,0812-222,2024-02-01,Aktif,,,");
        assertThat(lines("dkk", get("/facilities/export.csv").param("q", "PKM-KARANG-JOANG")).get(1))
                .startsWith("PKM-KARANG-JOANG,Puskesmas Karang Joang,Puskesmas,Balikpapan Utara,")
                .endsWith(",Aktif,Tidak,Tidak,Uji coba");
    }

    @Test
    void theExportHasEveryFilteredRowNotJustAPageInTheListsOrder() throws Exception {
        List<String> rows = rows("dkk", get("/facilities/export.csv").param("type", "PUSKESMAS").param("sort", "code"));

        assertThat(rows.size()).isGreaterThan(20)
                .isEqualTo(jdbc.queryForObject("select count(*) from facility where type = 'PUSKESMAS'", Integer.class));
        assertThat(rows).allSatisfy(row -> assertThat(row).contains(",Puskesmas,"));
        assertThat(rows.stream().map(FacilityExportTest::code).toList()).isSorted();
    }

    @Test
    void theExportHonoursEveryFilterOfTheList() throws Exception {
        long barat = facilities.kecamatanOptions().stream().filter(k -> k.name().equals("Balikpapan Barat"))
                .findFirst().orElseThrow().id();
        assertThat(codes("dkk", get("/facilities/export.csv").param("q", "tpmd")))
                .contains("TPMD-ANDI-PRATAMA", "TPMD-SARI-WULANDARI").doesNotContain("KP-SEHAT-BERSAMA");
        assertThat(codes("dkk", get("/facilities/export.csv").param("type", "TPMD")))
                .contains("TPMD-ANDI-PRATAMA").doesNotContain("PKM-MANGGAR", "KP-SEHAT-BERSAMA");
        assertThat(codes("dkk", get("/facilities/export.csv").param("kecamatan", String.valueOf(barat))))
                .contains("PKM-BARU-TENGAH", "KP-SEHAT-BERSAMA").doesNotContain("PKM-MANGGAR", "KP-BAHAGIA-HUSADA");
        assertThat(codes("dkk", get("/facilities/export.csv").param("licence", "true")))
                .contains("KP-SEHAT-BERSAMA", "TPMD-SARI-WULANDARI").doesNotContain("KP-TELUK-MEDIKA", "PKM-MANGGAR");
        assertThat(rows("dkk", get("/facilities/export.csv").param("active", "false")))
                .allSatisfy(row -> assertThat(row).contains(",Nonaktif,"));
    }

    @Test
    void aPuskesmasExportNeverHoldsAnotherNetworksPartner() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        long gunungBahagia = facilities.findByCode("PKM-GUNUNG-BAHAGIA").orElseThrow().id();
        long kelurahan = jdbc.queryForObject("select id from kelurahan where name = 'Gunung Bahagia'", Long.class);
        registry.createPartner(ADMIN, new PartnerData(FacilityType.TPMD, "TPMD-" + marker, "TPMD Penanda " + marker,
                kelurahan, gunungBahagia, null, null, null, null, null, null, null, null));

        for (String user : List.of("kapus.barutengah", "staf.barutengah")) {
            assertThat(rows(user, get("/facilities/export.csv").param("q", marker))).isEmpty();
            assertThat(codes(user, get("/facilities/export.csv")))
                    .containsExactlyInAnyOrder(codesOfNetwork("PKM-BARU-TENGAH").toArray(String[]::new))
                    .doesNotContain("PKM-GUNUNG-BAHAGIA", "KP-BAHAGIA-HUSADA", "TPMD-" + marker);
        }
        assertThat(codes("kapus.gunungbahagia", get("/facilities/export.csv")))
                .contains("PKM-GUNUNG-BAHAGIA", "KP-BAHAGIA-HUSADA", "TPMD-" + marker)
                .doesNotContain("PKM-BARU-TENGAH", "KP-SEHAT-BERSAMA");
        assertThat(codes("dkk", get("/facilities/export.csv").param("q", marker))).containsExactly("TPMD-" + marker);
    }

    @Test
    void aPartnerExportsOnlyItself() throws Exception {
        assertThat(codes("klinik.barutengah", get("/facilities/export.csv"))).containsExactly("KP-SEHAT-BERSAMA");
        assertThat(codes("klinik.gunungbahagia", get("/facilities/export.csv").param("q", "sehat"))).isEmpty();
    }

    @Test
    void valuesASpreadsheetWouldRunAreKeptAsText() throws Exception {
        String marker = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        long baruTengah = facilities.findByCode("PKM-BARU-TENGAH").orElseThrow().id();
        long kelurahan = jdbc.queryForObject("select id from kelurahan where name = 'Baru Tengah'", Long.class);
        registry.createPartner(ADMIN, new PartnerData(FacilityType.TPMD, "TPMD-" + marker, "=HYPERLINK(\"x\") " + marker,
                kelurahan, baruTengah, "Jl. Koma, No. 2", "+62 542 700", null, null, null, null, null, null));

        assertThat(rows("admin", get("/facilities/export.csv").param("q", marker))).singleElement().asString()
                .startsWith("TPMD-" + marker + ",\"'=HYPERLINK(\"\"x\"\") " + marker + "\",TPMD,")
                .contains(",\"Jl. Koma, No. 2\",'+62 542 700,");
    }

    @Test
    void badFilterValuesAreABadRequestAndALongSearchJustFindsNothing() throws Exception {
        mvc.perform(get("/facilities/export.csv").param("type", "APOTEK").with(as("dkk")))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/facilities/export.csv").param("kecamatan", "99999999999999999999").with(as("dkk")))
                .andExpect(status().isBadRequest());
        assertThat(rows("dkk", get("/facilities/export.csv").param("q", "x".repeat(10_000))
                .param("sort", "password_hash"))).isEmpty();
    }

    @Test
    void theListLinksToTheExportWithItsFilters() throws Exception {
        mvc.perform(get("/facilities?q=sehat&type=KLINIK_PRATAMA&sort=code").with(as("dkk")))
                .andExpect(content().string(containsString(
                        "/facilities/export.csv?q=sehat&amp;type=KLINIK_PRATAMA&amp;sort=code\"")));
    }

    // ---- wilayah ----

    @Test
    void theWilayahExportListsEveryKelurahanWithItsCodeAndPuskesmas() throws Exception {
        String kelurahan = jdbc.queryForObject("select code from kelurahan where name = 'Baru Tengah'", String.class);
        List<String> lines = lines("kapus.gunungbahagia", get("/wilayah/export.csv"));

        assertThat(lines.get(0)).isEqualTo("Kota,Kode kecamatan,Kecamatan,Status kecamatan,Kode kelurahan,Kelurahan,"
                + "Status kelurahan,Puskesmas wilayah kerja");
        assertThat(lines).contains("Kota Balikpapan,6471050,Balikpapan Barat,Aktif," + kelurahan
                + ",Baru Tengah,Aktif,Puskesmas Baru Tengah");
        assertThat(lines.size() - 1).isGreaterThanOrEqualTo(
                jdbc.queryForObject("select count(*) from kelurahan", Integer.class));
    }

    @Test
    void theWilayahExportFollowsTheSearch() throws Exception {
        List<String> rows = rows("dkk", get("/wilayah/export.csv").param("q", "gunung bahagia"));

        assertThat(rows).singleElement().asString().contains(",Gunung Bahagia,Aktif,Puskesmas Gunung Bahagia");
        mvc.perform(get("/wilayah?q=gunung").with(as("dkk")))
                .andExpect(content().string(containsString("/wilayah/export.csv?q=gunung\"")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"klinik.barutengah", "klinik.gunungbahagia"})
    void partnersHaveNoWilayahExport(String user) throws Exception {
        mvc.perform(get("/wilayah/export.csv").with(as(user))).andExpect(status().isForbidden());
    }

    private List<String> codesOfNetwork(String puskesmasCode) {
        return jdbc.queryForList("""
                select f.code from facility f left join facility p on p.id = f.network_puskesmas_id
                where f.code = ? or p.code = ?
                """, String.class, puskesmasCode, puskesmasCode);
    }

    private List<String> codes(String user, MockHttpServletRequestBuilder request) throws Exception {
        return rows(user, request).stream().map(FacilityExportTest::code).toList();
    }

    private List<String> rows(String user, MockHttpServletRequestBuilder request) throws Exception {
        List<String> lines = lines(user, request);
        return lines.subList(1, lines.size());
    }

    private List<String> lines(String user, MockHttpServletRequestBuilder request) throws Exception {
        String text = new String(mvc.perform(request.with(as(user)))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF").endsWith("\r\n");
        return Arrays.asList(text.substring(1).split("\r\n"));
    }

    private static String code(String row) {
        return row.substring(0, row.indexOf(','));
    }

    private RequestPostProcessor as(String user) {
        return DemoUsers.as(users, user);
    }
}
