package id.puskesnet.facility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import id.puskesnet.access.AccessScope;
import id.puskesnet.access.CurrentUser;
import id.puskesnet.access.Role;
import id.puskesnet.home.AttentionItem;
import id.puskesnet.home.AttentionLevel;
import id.puskesnet.home.AttentionList;
import id.puskesnet.support.DemoUsers;
import id.puskesnet.support.WebIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Expired and expiring partner licences on the home page of the DKK, of the partner's puskesmas and of the partner. */
class LicenceAttentionTest extends WebIntegrationTest {

    static final AccessScope ADMIN = new AccessScope(Role.DKK_ADMIN, null);
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    @Autowired
    AttentionList attention;

    @Autowired
    FacilityService facilities;

    @Autowired
    FacilityRegistry registry;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    Clock clock;

    @Test
    void aPuskesmasSeesTheExpiredAndExpiringLicencesOfItsActivePartnersMostUrgentFirst() {
        LocalDate today = LocalDate.now(clock);
        String marker = marker();
        long expired = partner("PKM-TERITIP", "Teritip", "Klinik Lewat " + marker, today.minusDays(3));
        long expiring = partner("PKM-TERITIP", "Teritip", "Klinik Hampir " + marker, today.plusDays(20));
        partner("PKM-TERITIP", "Teritip", "Klinik Aman " + marker, today.plusDays(LicenceStatus.WARNING_DAYS + 1));
        partner("PKM-TERITIP", "Teritip", "Klinik Tanpa Tanggal " + marker, null);
        long closed = partner("PKM-TERITIP", "Teritip", "Klinik Tutup " + marker, today.minusDays(30));
        registry.setActive(ADMIN, closed, false);

        assertThat(licenceItems(new AccessScope(Role.PUSKESMAS_STAFF, id("PKM-TERITIP")))).containsExactly(
                new AttentionItem(AttentionLevel.DANGER, "attention.section.licences", "attention.licence.expired",
                        List.of("Klinik Lewat " + marker, DAY.format(today.minusDays(3))), "/facilities/" + expired),
                new AttentionItem(AttentionLevel.WARNING, "attention.section.licences", "attention.licence.expiring",
                        List.of("Klinik Hampir " + marker, DAY.format(today.plusDays(20)), 20L),
                        "/facilities/" + expiring));
        assertThat(licenceItems(new AccessScope(Role.PARTNER, expiring))).extracting(AttentionItem::link)
                .containsExactly("/facilities/" + expiring);
        assertThat(licenceItems(new AccessScope(Role.PARTNER, closed))).isEmpty();
    }

    @Test
    void eachUserSeesOnlyTheLicencesOfFacilitiesInTheirScope() {
        assertThat(names("admin")).contains("TPMD dr. Sari Wulandari", "Klinik Pratama Sehat Bersama");
        assertThat(names("dkk")).contains("TPMD dr. Sari Wulandari", "Klinik Pratama Sehat Bersama");
        assertThat(names("kapus.barutengah")).contains("Klinik Pratama Sehat Bersama")
                .doesNotContain("TPMD dr. Sari Wulandari");
        assertThat(names("kapus.gunungbahagia")).contains("TPMD dr. Sari Wulandari")
                .doesNotContain("Klinik Pratama Sehat Bersama");
        assertThat(names("klinik.barutengah")).containsExactly("Klinik Pratama Sehat Bersama");
        assertThat(names("klinik.gunungbahagia")).isEmpty();
    }

    @Test
    void beyondTenLicencesOneLineCountsTheRest() {
        LocalDate today = LocalDate.now(clock);
        String marker = marker();
        for (int n = 1; n <= LicenceAttention.SHOWN + 2; n++) {
            partner("PKM-TELAGA-SARI", "Telaga Sari", "Klinik Antre %s %02d".formatted(marker, n), today.plusDays(40 + n));
        }

        List<AttentionItem> items = licenceItems(new AccessScope(Role.PUSKESMAS_HEAD, id("PKM-TELAGA-SARI")));

        assertThat(items).hasSize(LicenceAttention.SHOWN + 1);
        assertThat(items.get(0).arguments().get(0)).isEqualTo("Klinik Antre " + marker + " 01");
        assertThat(items.get(LicenceAttention.SHOWN)).isEqualTo(new AttentionItem(AttentionLevel.WARNING,
                "attention.section.licences", "attention.licence.more", List.of(2L),
                "/facilities?licence=true&active=true&sort=licenceExpiry"));
    }

    @Test
    void theHomePageSaysWhichLicenceEndsWhen() throws Exception {
        mvc.perform(get("/").with(DemoUsers.as(users, "kapus.gunungbahagia")))
                .andExpect(content().string(containsString("Izin klinik/TPMD")))
                .andExpect(content().string(containsString("Izin TPMD dr. Sari Wulandari kedaluwarsa sejak")));
    }

    private List<String> names(String user) {
        AccessScope scope = ((CurrentUser) users.loadUserByUsername(user)).scope();
        return licenceItems(scope).stream().filter(i -> !i.messageKey().equals("attention.licence.more"))
                .map(i -> (String) i.arguments().get(0)).toList();
    }

    private List<AttentionItem> licenceItems(AccessScope scope) {
        return attention.itemsFor(scope).stream().filter(i -> i.section().equals("attention.section.licences")).toList();
    }

    private long partner(String puskesmasCode, String kelurahanName, String name, LocalDate licenceExpiry) {
        long kelurahan = jdbc.queryForObject("select id from kelurahan where name = ?", Long.class, kelurahanName);
        return registry.createPartner(ADMIN, new PartnerData(FacilityType.TPMD, "LIC-" + UUID.randomUUID().toString()
                .substring(0, 8), name, kelurahan, id(puskesmasCode), null, null, null, "SIP/1", licenceExpiry, null,
                null, null));
    }

    private long id(String code) {
        return facilities.findByCode(code).orElseThrow().id();
    }

    private static String marker() {
        return UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }
}
