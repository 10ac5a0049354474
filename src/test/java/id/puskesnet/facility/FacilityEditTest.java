package id.puskesnet.facility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.UUID;

import id.puskesnet.access.AccessScope;
import id.puskesnet.access.Role;
import id.puskesnet.audit.AuditAction;
import id.puskesnet.audit.AuditEntry;
import id.puskesnet.support.DemoUsers;
import id.puskesnet.support.WebIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Creating and changing registry records through the pages, as each role. */
class FacilityEditTest extends WebIntegrationTest {

    static final AccessScope ADMIN = new AccessScope(Role.DKK_ADMIN, null);

    @Autowired
    UserDetailsService users;

    @Autowired
    FacilityService facilities;

    @Autowired
    FacilityRegistry registry;

    long baruTengah;
    long gunungBahagia;
    long kelurahanBaruTengah;

    @BeforeEach
    void ids() {
        baruTengah = idOf("PKM-BARU-TENGAH");
        gunungBahagia = idOf("PKM-GUNUNG-BAHAGIA");
        kelurahanBaruTengah = facilities.kelurahanOptions().stream().filter(k -> k.name().equals("Baru Tengah"))
                .findFirst().orElseThrow().id();
    }

    @Test
    void adminAddsAKlinikThatTheHeadOfThatNetworkSeesAndEditsAndAnotherHeadCannotReach() throws Exception {
        String code = uniqueCode();
        String location = mvc.perform(partnerPost("/facilities/partners/new", "admin", code, "Klinik Pratama Uji Coba")
                        .param("networkPuskesmasId", String.valueOf(baruTengah)))
                .andExpect(redirectedUrlPattern("/facilities/*"))
                .andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));

        mvc.perform(get("/facilities").param("q", code).with(as("kapus.barutengah")))
                .andExpect(content().string(containsString("Klinik Pratama Uji Coba")));
        mvc.perform(get("/facilities/partners/{id}/edit", id).with(as("kapus.barutengah"))).andExpect(status().isOk());
        FacilityDetails before = facilities.details(ADMIN, id);
        mvc.perform(partnerPost("/facilities/partners/" + id + "/edit", "kapus.barutengah", code, "Klinik Pratama Uji Ubah")
                        .param("version", String.valueOf(before.version())))
                .andExpect(redirectedUrl("/facilities/" + id));
        assertThat(facilities.details(ADMIN, id).name()).isEqualTo("Klinik Pratama Uji Ubah");

        mvc.perform(get("/facilities/{id}", id).with(as("kapus.gunungbahagia"))).andExpect(status().isForbidden());
        mvc.perform(get("/facilities/partners/{id}/edit", id).with(as("kapus.gunungbahagia"))).andExpect(status().isForbidden());
        mvc.perform(partnerPost("/facilities/partners/" + id + "/edit", "kapus.gunungbahagia", code, "Dibajak")
                .param("version", "1")).andExpect(status().isForbidden());
        mvc.perform(post("/facilities/{id}/deactivate", id).with(as("kapus.gunungbahagia")).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/facilities").param("q", code).with(as("kapus.gunungbahagia")))
                .andExpect(content().string(not(containsString("Klinik Pratama Uji Ubah"))));
        assertThat(facilities.details(ADMIN, id).name()).isEqualTo("Klinik Pratama Uji Ubah");

        mvc.perform(get("/facilities/{id}", id).with(as("kapus.barutengah")))
                .andExpect(content().string(containsString("Dibuat")))
                .andExpect(content().string(containsString("Diubah")))
                .andExpect(content().string(containsString("Klinik Pratama Uji Ubah")));
    }

    @Test
    void aPuskesmasHeadAlwaysAddsToTheOwnNetwork() throws Exception {
        String code = uniqueCode();
        String location = mvc.perform(partnerPost("/facilities/partners/new", "staf.barutengah", code, "TPMD dr. Uji", "TPMD")
                        .param("networkPuskesmasId", String.valueOf(gunungBahagia)))
                .andExpect(redirectedUrlPattern("/facilities/*"))
                .andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        FacilityDetails created = facilities.details(ADMIN, id);
        assertThat(created.networkPuskesmasId()).isEqualTo(baruTengah);
        assertThat(created.type()).isEqualTo(FacilityType.TPMD);
        assertThat(created.memberships()).hasSize(1);
    }

    @Test
    void dkkOfficerAndPartnersCannotChangeTheRegistry() throws Exception {
        long partner = newPartner(baruTengah);
        for (String user : new String[] {"dkk", "klinik.barutengah", "klinik.gunungbahagia"}) {
            mvc.perform(get("/facilities/partners/new").with(as(user))).andExpect(status().isForbidden());
            mvc.perform(partnerPost("/facilities/partners/new", user, uniqueCode(), "Tidak boleh")
                    .param("networkPuskesmasId", String.valueOf(baruTengah))).andExpect(status().isForbidden());
            mvc.perform(get("/facilities/partners/{id}/edit", partner).with(as(user))).andExpect(status().isForbidden());
            mvc.perform(post("/facilities/{id}/deactivate", partner).with(as(user)).with(csrf()))
                    .andExpect(status().isForbidden());
            mvc.perform(get("/facilities/puskesmas/{id}/edit", baruTengah).with(as(user))).andExpect(status().isForbidden());
            mvc.perform(get("/facilities/puskesmas/new").with(as(user))).andExpect(status().isForbidden());
        }
        assertThat(facilities.details(ADMIN, partner).active()).isTrue();
    }

    @Test
    void aPartnerUpdatesOnlyItsOwnContactDetails() throws Exception {
        long own = idOf("KP-SEHAT-BERSAMA");
        long other = idOf("KP-TELUK-MEDIKA");
        mvc.perform(get("/facilities/{id}/contact", own).with(as("klinik.barutengah"))).andExpect(status().isOk());
        FacilityDetails before = facilities.details(ADMIN, own);
        mvc.perform(post("/facilities/{id}/contact", own).with(as("klinik.barutengah")).with(csrf())
                        .param("address", before.address())
                        .param("phone", "0542-111222")
                        .param("contactPerson", before.contactPerson())
                        .param("contactPhone", before.contactPhone())
                        .param("version", String.valueOf(before.version())))
                .andExpect(redirectedUrl("/facilities/" + own));
        assertThat(facilities.details(ADMIN, own).phone()).isEqualTo("0542-111222");

        mvc.perform(get("/facilities/{id}/contact", other).with(as("klinik.barutengah"))).andExpect(status().isForbidden());
        mvc.perform(post("/facilities/{id}/contact", other).with(as("klinik.barutengah")).with(csrf())
                .param("phone", "0542-999999").param("version", "0")).andExpect(status().isForbidden());
        mvc.perform(get("/facilities/{id}/contact", baruTengah).with(as("klinik.barutengah"))).andExpect(status().isForbidden());
    }

    @Test
    void aPuskesmasHeadUpdatesTheOwnPuskesmasContactButStaffCannot() throws Exception {
        FacilityDetails before = facilities.details(ADMIN, baruTengah);
        mvc.perform(get("/facilities/{id}/contact", baruTengah).with(as("staf.barutengah"))).andExpect(status().isForbidden());
        mvc.perform(get("/facilities/{id}/contact", gunungBahagia).with(as("kapus.barutengah")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/facilities/{id}/contact", baruTengah).with(as("kapus.barutengah")).with(csrf())
                        .param("address", "Jl. Puskesmas Baru Tengah No. 1")
                        .param("phone", "0542-420001")
                        .param("version", String.valueOf(before.version())))
                .andExpect(redirectedUrl("/facilities/" + baruTengah));
        assertThat(facilities.details(ADMIN, baruTengah).phone()).isEqualTo("0542-420001");
    }

    @Test
    void badInputIsShownBesideTheFieldsAndNothingIsStored() throws Exception {
        String code = uniqueCode();
        mvc.perform(partnerPost("/facilities/partners/new", "admin", code, "x".repeat(10_000))
                        .param("networkPuskesmasId", String.valueOf(baruTengah))
                        .param("joinedOn", "9999-01-01")
                        .param("phone", "<script>alert(1)</script>"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Periksa kembali isian yang ditandai.")))
                .andExpect(content().string(containsString("Panjang harus antara 0 dan 150 karakter.")))
                .andExpect(content().string(containsString("Tanggal harus antara tahun 2000 dan 2099.")))
                .andExpect(content().string(containsString("Nomor telepon tidak valid")))
                .andExpect(content().string(not(containsString("<script>alert(1)</script>"))));
        mvc.perform(partnerPost("/facilities/partners/new", "admin", code, "Klinik Tanggal Salah")
                        .param("networkPuskesmasId", "99999999999999999999")
                        .param("joinedOn", "2025-13-45")
                        .param("kelurahanId", "abc"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nilai tidak valid.")));
        assertThat(facilities.findByCode(code.toUpperCase())).isEmpty();

        mvc.perform(partnerPost("/facilities/partners/new", "admin", "KP-SEHAT-BERSAMA", "Kode kembar")
                        .param("networkPuskesmasId", String.valueOf(baruTengah)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kode ini sudah dipakai fasilitas lain.")));
    }

    @Test
    void markupInANameIsStoredAsTypedAndShownEscaped() throws Exception {
        String code = uniqueCode();
        String location = mvc.perform(partnerPost("/facilities/partners/new", "admin", code, "<b>Klinik</b> & Co")
                        .param("networkPuskesmasId", String.valueOf(baruTengah)))
                .andReturn().getResponse().getRedirectedUrl();
        mvc.perform(get(location).with(as("admin")))
                .andExpect(content().string(containsString("&lt;b&gt;Klinik&lt;/b&gt; &amp; Co")))
                .andExpect(content().string(not(containsString("<b>Klinik</b>"))));
    }

    @Test
    void aStaleEditGetsTheConflictPage() throws Exception {
        long id = newPartner(baruTengah);
        int version = facilities.details(ADMIN, id).version();
        String code = facilities.details(ADMIN, id).code();
        mvc.perform(partnerPost("/facilities/partners/" + id + "/edit", "admin", code, "Simpan pertama")
                .param("version", String.valueOf(version))).andExpect(redirectedUrl("/facilities/" + id));
        mvc.perform(partnerPost("/facilities/partners/" + id + "/edit", "kapus.barutengah", code, "Simpan kedua")
                        .param("version", String.valueOf(version)))
                .andExpect(status().isConflict())
                .andExpect(content().string(containsString("Data sudah diubah orang lain")));
        assertThat(facilities.details(ADMIN, id).name()).isEqualTo("Simpan pertama");
    }

    @Test
    void aMoveIsDatedAndKeepsTheHistory() throws Exception {
        long id = newPartner(baruTengah);
        mvc.perform(get("/facilities/partners/{id}/move", id).with(as("kapus.barutengah"))).andExpect(status().isForbidden());
        mvc.perform(post("/facilities/partners/{id}/move", id).with(as("admin")).with(csrf())
                        .param("newPuskesmasId", String.valueOf(gunungBahagia))
                        .param("effectiveDate", "2001-01-01"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tanggal pindah harus setelah tanggal mulai")));
        LocalDate moveDate = LocalDate.now().plusDays(1);
        mvc.perform(post("/facilities/partners/{id}/move", id).with(as("admin")).with(csrf())
                        .param("newPuskesmasId", String.valueOf(gunungBahagia))
                        .param("effectiveDate", moveDate.toString())
                        .param("note", "Pindah alamat praktik"))
                .andExpect(redirectedUrl("/facilities/" + id));

        FacilityDetails moved = facilities.details(ADMIN, id);
        assertThat(moved.networkPuskesmasId()).isEqualTo(gunungBahagia);
        assertThat(moved.memberships()).hasSize(2);
        assertThat(moved.memberships().get(0).validTo()).isNull();
        assertThat(moved.memberships().get(1).validTo()).isEqualTo(moveDate);
        assertThat(moved.history()).extracting(AuditEntry::action).contains(AuditAction.MOVE);
        mvc.perform(get("/facilities/{id}", id).with(as("kapus.barutengah"))).andExpect(status().isForbidden());
        mvc.perform(get("/facilities/{id}", id).with(as("kapus.gunungbahagia"))).andExpect(status().isOk());
    }

    @Test
    void deactivationKeepsTheRecordAndCanBeUndone() throws Exception {
        long id = newPartner(baruTengah);
        mvc.perform(post("/facilities/{id}/deactivate", id).with(as("kapus.barutengah")).with(csrf()))
                .andExpect(redirectedUrl("/facilities/" + id));
        assertThat(facilities.details(ADMIN, id).active()).isFalse();
        mvc.perform(post("/facilities/{id}/activate", id).with(as("kapus.barutengah")).with(csrf()))
                .andExpect(redirectedUrl("/facilities/" + id));
        assertThat(facilities.details(ADMIN, id).history()).extracting(AuditEntry::action)
                .contains(AuditAction.DEACTIVATE, AuditAction.ACTIVATE);
        mvc.perform(post("/facilities/{id}/deactivate", baruTengah).with(as("kapus.barutengah")).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    void theAdministratorEditsAPuskesmasAndItsPopulation() throws Exception {
        long id = idOf("PKM-LAMARU");
        FacilityDetails before = facilities.details(ADMIN, id);
        mvc.perform(post("/facilities/puskesmas/{id}/edit", id).with(as("admin")).with(csrf())
                        .param("code", before.code())
                        .param("name", before.name())
                        .param("kecamatanId", String.valueOf(before.kecamatanId()))
                        .param("kelurahanIds", before.kelurahanServedIds().stream().map(String::valueOf).toArray(String[]::new))
                        .param("ilpStatus", "UJI_COBA")
                        .param("ilpSince", "2025-03-01")
                        .param("blud", "true")
                        .param("latitude", "-1.2345")
                        .param("longitude", "116.9876")
                        .param("version", String.valueOf(before.version())))
                .andExpect(redirectedUrl("/facilities/" + id));
        FacilityDetails after = facilities.details(ADMIN, id);
        assertThat(after.blud()).isTrue();
        assertThat(after.ilpStatus()).isEqualTo(IlpStatus.UJI_COBA);
        assertThat(after.latitude()).isEqualByComparingTo("-1.2345");

        mvc.perform(post("/facilities/puskesmas/{id}/edit", id).with(as("admin")).with(csrf())
                        .param("code", before.code()).param("name", before.name())
                        .param("kecamatanId", String.valueOf(before.kecamatanId()))
                        .param("ilpStatus", "TERLAKSANA")
                        .param("latitude", "95")
                        .param("version", String.valueOf(after.version())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Pilih minimal satu.")))
                .andExpect(content().string(containsString("Nilai maksimal 90.")));

        mvc.perform(post("/facilities/puskesmas/{id}/population", id).with(as("admin")).with(csrf())
                        .param("year", "2031").param("population", "31234"))
                .andExpect(redirectedUrl("/facilities/" + id));
        assertThat(facilities.details(ADMIN, id).populations())
                .contains(new FacilityDetails.PopulationFigure(2031, 31234));
        mvc.perform(post("/facilities/puskesmas/{id}/population", id).with(as("admin")).with(csrf())
                        .param("year", "1900").param("population", "-5"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Nilai minimal 2000.")))
                .andExpect(content().string(containsString("Nilai minimal 0.")));
        mvc.perform(post("/facilities/puskesmas/{id}/population", baruTengah).with(as("kapus.barutengah")).with(csrf())
                .param("year", "2031").param("population", "1")).andExpect(status().isForbidden());
    }

    @Test
    void theLicenceFilterListsExpiringAndExpiredLicences() throws Exception {
        mvc.perform(get("/facilities").param("licence", "true").with(as("dkk")))
                .andExpect(content().string(containsString("Klinik Pratama Sehat Bersama")))
                .andExpect(content().string(containsString("TPMD dr. Sari Wulandari")))
                .andExpect(content().string(containsString("Izin segera habis")))
                .andExpect(content().string(containsString("Izin kedaluwarsa")))
                .andExpect(content().string(not(containsString("Klinik Pratama Teluk Medika"))));
    }

    @Test
    void aPagePastTheEndOffersTheWayBackToTheLastPage() throws Exception {
        mvc.perform(get("/facilities?page=500&type=PUSKESMAS").with(as("dkk")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Halaman 501 dari 2")))
                .andExpect(content().string(containsString("page=1\"")))
                .andExpect(content().string(containsString("type=PUSKESMAS")));
    }

    private long newPartner(long network) {
        return registry.createPartner(ADMIN, new PartnerData(FacilityType.KLINIK_PRATAMA, uniqueCode(), "Klinik Uji",
                kelurahanBaruTengah, network, null, null, null, null, null, null, null, LocalDate.now()));
    }

    private MockHttpServletRequestBuilder partnerPost(String url, String user, String code, String name) {
        return partnerPost(url, user, code, name, "KLINIK_PRATAMA");
    }

    private MockHttpServletRequestBuilder partnerPost(String url, String user, String code, String name, String type) {
        return post(url).with(as(user)).with(csrf())
                .param("type", type)
                .param("code", code)
                .param("name", name)
                .param("kelurahanId", String.valueOf(kelurahanBaruTengah))
                .param("address", "Jl. Uji No. 1")
                .param("licenceNumber", "503/UJI")
                .param("licenceExpiry", LocalDate.now().plusYears(1).toString());
    }

    private RequestPostProcessor as(String username) {
        return DemoUsers.as(users, username);
    }

    private long idOf(String code) {
        return facilities.findByCode(code).map(FacilityOption::id).orElseThrow();
    }

    private static String uniqueCode() {
        return "T-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
