package id.puskesnet.facility;

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
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.UUID;

import id.puskesnet.access.AccessScope;
import id.puskesnet.access.Role;
import id.puskesnet.support.DemoUsers;
import id.puskesnet.support.WebIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The import pages as the administrator uses them, and as everyone else is refused them. */
class PartnerImportPagesTest extends WebIntegrationTest {

    static final AccessScope ADMIN = new AccessScope(Role.DKK_ADMIN, null);

    @Autowired
    UserDetailsService users;

    @Autowired
    FacilityService facilities;

    @Autowired
    FacilityRegistry registry;

    @Autowired
    JdbcTemplate jdbc;

    String baruTengah;
    String marker;

    @BeforeEach
    void codes() {
        baruTengah = jdbc.queryForObject("select code from kelurahan where name = 'Baru Tengah'", String.class);
        marker = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }

    @Test
    void theUploadPageShowsTheHeaderLineTheImportReads() throws Exception {
        mvc.perform(get("/facilities/import").with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Impor klinik/TPMD dari CSV")))
                .andExpect(content().string(containsString(FacilityExportTest.HEADER)))
                .andExpect(content().string(containsString("enctype=\"multipart/form-data\"")));
        mvc.perform(get("/facilities").with(as("admin")))
                .andExpect(content().string(containsString("href=\"/facilities/import\"")));
        mvc.perform(get("/facilities").with(as("dkk")))
                .andExpect(content().string(not(containsString("href=\"/facilities/import\""))));
    }

    @Test
    void aBadRowIsNamedByLineAndReasonInThePreviewAndNothingIsSaved() throws Exception {
        MockHttpSession session = new MockHttpSession();
        byte[] file = ImportFile.columns(ImportFile.CODE, ImportFile.NAME, ImportFile.TYPE, ImportFile.KELURAHAN,
                        ImportFile.NETWORK, ImportFile.LICENCE_EXPIRY)
                .row(code(1), "Klinik <b>Tebal</b> " + marker, "Klinik pratama", baruTengah, "PKM-BARU-TENGAH", "")
                .row(code(2), "Klinik Salah " + marker, "Klinik pratama", "KEL-TIDAK-ADA", "PKM-BARU-TENGAH", "2025-13-40")
                .bytes();

        String preview = upload(session, file);

        mvc.perform(get(preview).session(session).with(as("admin")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2 baris data: 1 tambah, 0 ubah, 0 tidak berubah, 0 dilewati, 1 bermasalah.")))
                .andExpect(content().string(containsString("Tidak ada yang disimpan: 1 baris bermasalah.")))
                .andExpect(content().string(containsString("<tr id=\"line-3\">")))
                .andExpect(content().string(containsString("Kode kelurahan &quot;KEL-TIDAK-ADA&quot; tidak dikenal.")))
                .andExpect(content().string(containsString("&quot;2025-13-40&quot; bukan tanggal yang ada")))
                .andExpect(content().string(containsString("Klinik &lt;b&gt;Tebal&lt;/b&gt; " + marker)))
                .andExpect(content().string(not(containsString("<b>Tebal</b>"))))
                .andExpect(content().string(not(containsString("/confirm"))));

        mvc.perform(post(preview + "/confirm").session(session).with(as("admin")).with(csrf()))
                .andExpect(redirectedUrl(preview))
                .andExpect(flash().attribute("failure", "facility.import.outdated"));
        assertThat(facilities.findByCode(code(1))).isEmpty();
    }

    @Test
    void aValidFileIsPreviewedThenImportedInOneStepWithTheAdministratorInTheHistory() throws Exception {
        long partner = newPartner();
        MockHttpSession session = new MockHttpSession();
        byte[] file = ImportFile.columns(ImportFile.CODE, ImportFile.NAME, ImportFile.TYPE, ImportFile.KELURAHAN,
                        ImportFile.NETWORK, ImportFile.PHONE)
                .row(codeOf(partner), "Klinik Lama " + marker, "Klinik pratama", baruTengah, "PKM-BARU-TENGAH", "0542-987654")
                .row(code(2), "TPMD Baru " + marker, "TPMD", baruTengah, "PKM-BARU-TENGAH", "")
                .bytes();

        String preview = upload(session, file);
        mvc.perform(get(preview).session(session).with(as("admin")))
                .andExpect(content().string(containsString("1 tambah, 1 ubah")))
                .andExpect(content().string(containsString("0542-111111</span> →")))
                .andExpect(content().string(containsString("0542-987654")))
                .andExpect(content().string(containsString(preview + "/confirm")));
        // Reloading the preview (or coming back to it) does not lose the upload.
        mvc.perform(get(preview).session(session).with(as("admin"))).andExpect(status().isOk());

        mvc.perform(post(preview + "/confirm").session(session).with(as("admin")).with(csrf()))
                .andExpect(redirectedUrl("/facilities"))
                .andExpect(flash().attribute("importResult", new PartnerImportResult(1, 1)));

        assertThat(facilities.details(ADMIN, partner).phone()).isEqualTo("0542-987654");
        long created = facilities.findByCode(code(2)).orElseThrow().id();
        for (long id : new long[] {partner, created}) {
            assertThat(facilities.details(ADMIN, id).history().get(0).actorUsername()).isEqualTo("admin");
        }
        mvc.perform(get(preview).session(session).with(as("admin")))
                .andExpect(redirectedUrl("/facilities/import"))
                .andExpect(flash().attribute("failure", "facility.import.expired"));
        mvc.perform(get("/facilities").flashAttr("importResult", new PartnerImportResult(1, 1)).with(as("admin")))
                .andExpect(content().string(containsString("Impor selesai: 1 klinik/TPMD ditambah, 1 diubah.")));
    }

    @Test
    void aPartnerChangedAfterThePreviewSendsTheAdministratorBackToAFreshPreview() throws Exception {
        long partner = newPartner();
        MockHttpSession session = new MockHttpSession();
        byte[] file = ImportFile.columns(ImportFile.CODE, ImportFile.NAME, ImportFile.TYPE, ImportFile.KELURAHAN,
                        ImportFile.NETWORK, ImportFile.PHONE)
                .row(codeOf(partner), "Klinik Lama " + marker, "Klinik pratama", baruTengah, "PKM-BARU-TENGAH", "0542-987654")
                .bytes();
        String preview = upload(session, file);
        mvc.perform(get(preview).session(session).with(as("admin"))).andExpect(status().isOk());
        registry.updateContact(ADMIN, partner, new ContactData(null, "0542-222222", null, null),
                facilities.details(ADMIN, partner).version());

        mvc.perform(post(preview + "/confirm").session(session).with(as("admin")).with(csrf()))
                .andExpect(redirectedUrl(preview))
                .andExpect(flash().attribute("failure", "facility.import.outdated"));
        assertThat(facilities.details(ADMIN, partner).phone()).isEqualTo("0542-222222");
        mvc.perform(get(preview).session(session).with(as("admin")))
                .andExpect(content().string(containsString("0542-222222</span> →")));
    }

    @Test
    void cancellingDropsTheUpload() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String preview = upload(session, ImportFile.required()
                .row(code(1), "Klinik Batal " + marker, "TPMD", baruTengah, "PKM-BARU-TENGAH").bytes());

        mvc.perform(post(preview + "/cancel").session(session).with(as("admin")).with(csrf()))
                .andExpect(redirectedUrl("/facilities"))
                .andExpect(flash().attribute("success", "facility.import.cancelled"));
        mvc.perform(post(preview + "/confirm").session(session).with(as("admin")).with(csrf()))
                .andExpect(redirectedUrl("/facilities/import"));
        assertThat(facilities.findByCode(code(1))).isEmpty();
    }

    @Test
    void anotherSessionCannotReachTheUpload() throws Exception {
        String preview = upload(new MockHttpSession(), ImportFile.required()
                .row(code(1), "Klinik Sesi " + marker, "TPMD", baruTengah, "PKM-BARU-TENGAH").bytes());

        mvc.perform(post(preview + "/confirm").session(new MockHttpSession()).with(as("admin")).with(csrf()))
                .andExpect(redirectedUrl("/facilities/import"));
        assertThat(facilities.findByCode(code(1))).isEmpty();
    }

    @Test
    void aFileThatIsNoImportIsRefusedOnTheUploadPageWithItsReason() throws Exception {
        expectUploadProblem(new byte[0], "File ini kosong.");
        expectUploadProblem("Kode,Nama\r\nA,B\r\n".getBytes(StandardCharsets.UTF_8),
                "Kolom wajib tidak ada di baris judul: Jenis, Kode kelurahan, Kode puskesmas jejaring.");
        expectUploadProblem("Kode,Nama\r\nA,\u00e9\r\n".getBytes(StandardCharsets.ISO_8859_1), "File ini bukan teks UTF-8.");
        expectUploadProblem(new byte[] {'P', 'K', 3, 4, 0, 0}, "File ini bukan file CSV");
        expectUploadProblem(new byte[1024 * 1024 + 1],
                "File terlalu besar: paling besar 1 MB.");
        mvc.perform(multipart("/facilities/import").with(as("admin")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Pilih file CSV yang akan diimpor.")));
        mvc.perform(get("/facilities/import").param("uploadTooLarge", "true").with(as("admin")))
                .andExpect(content().string(containsString("File terlalu besar: paling besar 1 MB.")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dkk", "kapus.barutengah", "staf.barutengah", "kapus.gunungbahagia", "klinik.barutengah"})
    void nobodyButTheAdministratorReachesTheImport(String user) throws Exception {
        MockHttpSession adminSession = new MockHttpSession();
        String preview = upload(adminSession, ImportFile.required()
                .row(code(1), "Klinik Terlarang " + marker, "TPMD", baruTengah, "PKM-BARU-TENGAH").bytes());
        byte[] file = ImportFile.required()
                .row(code(2), "Klinik Terlarang " + marker, "TPMD", baruTengah, "PKM-BARU-TENGAH").bytes();

        mvc.perform(get("/facilities/import").with(as(user))).andExpect(status().isForbidden());
        mvc.perform(multipart("/facilities/import").file(csv(file)).with(as(user)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get(preview).session(adminSession).with(as(user))).andExpect(status().isForbidden());
        mvc.perform(post(preview + "/confirm").session(adminSession).with(as(user)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post(preview + "/cancel").session(adminSession).with(as(user)).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(facilities.findByCode(code(1))).isEmpty();
        assertThat(facilities.findByCode(code(2))).isEmpty();
    }

    @Test
    void anUploadWithoutTheCsrfTokenIsRefused() throws Exception {
        byte[] file = ImportFile.required().row(code(1), "Klinik", "TPMD", baruTengah, "PKM-BARU-TENGAH").bytes();
        mvc.perform(multipart("/facilities/import").file(csv(file)).with(as("admin")))
                .andExpect(status().isForbidden());
    }

    private String upload(MockHttpSession session, byte[] file) throws Exception {
        return mvc.perform(multipart("/facilities/import").file(csv(file)).session(session).with(as("admin"))
                        .with(csrf()))
                .andExpect(redirectedUrlPattern("/facilities/import/*"))
                .andReturn().getResponse().getRedirectedUrl();
    }

    private void expectUploadProblem(byte[] file, String message) throws Exception {
        mvc.perform(multipart("/facilities/import").file(csv(file)).with(as("admin")).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(message)));
    }

    private static MockMultipartFile csv(byte[] content) {
        return new MockMultipartFile("file", "klinik.csv", "text/csv", content);
    }

    private long newPartner() {
        long network = facilities.findByCode("PKM-BARU-TENGAH").orElseThrow().id();
        long kelurahan = jdbc.queryForObject("select id from kelurahan where code = ?", Long.class, baruTengah);
        return registry.createPartner(ADMIN, new PartnerData(FacilityType.KLINIK_PRATAMA, code(0), "Klinik Lama " + marker,
                kelurahan, network, null, "0542-111111", null, null, null, null, null, LocalDate.of(2026, 1, 5)));
    }

    private String codeOf(long id) {
        return facilities.details(ADMIN, id).code();
    }

    private String code(int number) {
        return "IMW-" + marker + "-" + number;
    }

    private RequestPostProcessor as(String user) {
        return DemoUsers.as(users, user);
    }
}
