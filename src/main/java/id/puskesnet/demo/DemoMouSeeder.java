package id.puskesnet.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import id.puskesnet.access.AccessScope;
import id.puskesnet.access.Role;
import id.puskesnet.facility.FacilityOption;
import id.puskesnet.facility.FacilityService;
import id.puskesnet.institution.InstitutionFilter;
import id.puskesnet.institution.InstitutionService;
import id.puskesnet.institution.InstitutionSummary;
import id.puskesnet.mou.LogEntryData;
import id.puskesnet.mou.MouData;
import id.puskesnet.mou.MouRegistry;
import id.puskesnet.program.ProgramCatalog;
import id.puskesnet.program.ProgramData;
import id.puskesnet.program.ProgramKind;
import id.puskesnet.program.ProgramOption;
import id.puskesnet.program.ProgramRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds the KLASIK innovation of Puskesmas Baru Tengah (from the field notes: community-based care for smoking
 * and drug addiction, with BNN, Polsek Balikpapan Barat, schools and Pertamina Transkon) and a few MoUs of Baru
 * Tengah with those partners, once the institution demo data is there and while there is no MoU yet. The
 * partners are the ones the field notes name; numbers, dates, scopes and log entries are invented and marked
 * demo. Dates are relative to today, so that one MoU is always ending within 30 days and one has expired.
 */
@Component
@Order(3)
@ConditionalOnProperty(name = "puskesnet.demo-data", havingValue = "true")
class DemoMouSeeder implements ApplicationRunner {

    static final String KLASIK = "KLASIK";
    private static final String BARU_TENGAH = "PKM-BARU-TENGAH";
    private static final AccessScope ADMINISTRATOR = new AccessScope(Role.DKK_ADMIN, null);
    private static final Logger log = LoggerFactory.getLogger(DemoMouSeeder.class);
    private static final String BNN = "BNN Kota Balikpapan";
    private static final String POLSEK = "Polsek Balikpapan Barat";
    private static final String SCHOOL = "SMP Negeri Baru Tengah (demo)";
    private static final String COMPANY = "PT Pertamina Transkon";
    private static final String BNN_SCOPE = "Konselor BNN Kota Balikpapan memberikan konseling adiksi narkoba di "
            + "Puskesmas Baru Tengah, sehingga konseling yang sebelumnya hanya di kantor BNN dapat diakses di "
            + "puskesmas (layanan dekat). Puskesmas menyediakan ruang konseling, skrining awal dan rujukan. (demo)";

    private final JdbcTemplate jdbc;
    private final FacilityService facilities;
    private final InstitutionService institutions;
    private final ProgramCatalog programs;
    private final ProgramRegistry programRegistry;
    private final MouRegistry mous;
    private final Clock clock;

    DemoMouSeeder(JdbcTemplate jdbc, FacilityService facilities, InstitutionService institutions,
                  ProgramCatalog programs, ProgramRegistry programRegistry, MouRegistry mous, Clock clock) {
        this.jdbc = jdbc;
        this.facilities = facilities;
        this.institutions = institutions;
        this.programs = programs;
        this.programRegistry = programRegistry;
        this.mous = mous;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Integer count = jdbc.queryForObject("select count(*) from mou", Integer.class);
        if (count != null && count > 0) {
            return;
        }
        Optional<FacilityOption> baruTengah = facilities.findByCode(BARU_TENGAH);
        Map<String, Long> partners = institutions.export(ADMINISTRATOR, InstitutionFilter.none(), Sort.by("id"))
                .stream().collect(Collectors.toMap(InstitutionSummary::name, InstitutionSummary::id, (a, b) -> a));
        List<String> needed = List.of(BNN, POLSEK, SCHOOL, COMPANY);
        if (baruTengah.isEmpty() || !partners.keySet().containsAll(needed)) {
            log.info("Demo puskesmas or institutions missing: no demo MoUs loaded");
            return;
        }
        long puskesmas = baruTengah.get().id();
        long klasik = klasik(puskesmas);
        long hypertension = programs.findByCode("HT").map(ProgramOption::id).orElseThrow();
        LocalDate today = LocalDate.now(clock);

        long bnnFirst = mous.create(ADMINISTRATOR, new MouData(number("445/012/PKM-BT/MoU", today.minusDays(1_030)),
                "Layanan konseling adiksi narkoba di puskesmas", puskesmas, Set.of(partners.get(BNN)), Set.of(klasik),
                BNN_SCOPE, today.minusDays(1_030), today.minusDays(1_020), today.minusDays(291), false));
        mous.addLogEntry(ADMINISTRATOR, bnnFirst, new LogEntryData(today.minusDays(700),
                "Konseling adiksi oleh konselor BNN di puskesmas (demo)", 18, "orang"));
        long bnn = mous.renew(ADMINISTRATOR, bnnFirst, new MouData(number("445/031/PKM-BT/MoU", today.minusDays(300)),
                "Layanan konseling adiksi narkoba di puskesmas", puskesmas, Set.of(partners.get(BNN)), Set.of(klasik),
                BNN_SCOPE, today.minusDays(300), today.minusDays(290), today.plusDays(20), false));
        mous.attachDocument(ADMINISTRATOR, bnn, "MoU-BNN-Baru-Tengah-demo.pdf", DemoPdf.withLines(List.of(
                "NOTA KESEPAHAMAN (DOKUMEN DEMO, BUKAN DOKUMEN ASLI)",
                "Puskesmas Baru Tengah dan BNN Kota Balikpapan",
                "Nomor " + number("445/031/PKM-BT/MoU", today.minusDays(300)),
                "Layanan konseling adiksi narkoba di puskesmas (inovasi KLASIK)")));
        mous.addLogEntry(ADMINISTRATOR, bnn, new LogEntryData(today.minusDays(200),
                "Konseling BNN di puskesmas (demo)", 12, "orang"));
        mous.addLogEntry(ADMINISTRATOR, bnn, new LogEntryData(today.minusDays(120),
                "Skrining adiksi bagi pengunjung poli umum, dirujuk ke konselor BNN (demo)", 25, "orang"));
        mous.addLogEntry(ADMINISTRATOR, bnn, new LogEntryData(today.minusDays(40),
                "Konseling BNN di puskesmas, tindak lanjut peserta (demo)", 9, "orang"));

        long polsek = mous.create(ADMINISTRATOR, new MouData(number("PKS/017/PKM-BT", today.minusDays(760)),
                "Pencegahan penyalahgunaan narkoba dan pendampingan peserta konseling", puskesmas,
                Set.of(partners.get(POLSEK)), Set.of(klasik),
                "Polsek Balikpapan Barat bersama Bhabinkamtibmas mendampingi penyuluhan pencegahan narkoba di "
                        + "sekolah dan RT, dan membantu tindak lanjut peserta konseling. (demo)",
                today.minusDays(760), today.minusDays(745), today.minusDays(15), false));
        mous.addLogEntry(ADMINISTRATOR, polsek, new LogEntryData(today.minusDays(300),
                "Penyuluhan bahaya narkoba bersama Bhabinkamtibmas di RT dengan kasus terbanyak (demo)", 3, "sesi"));

        long school = mous.create(ADMINISTRATOR, new MouData(number("PKS/021/PKM-BT", today.minusDays(130)),
                "Konseling berhenti merokok bagi pelajar", puskesmas, Set.of(partners.get(SCHOOL)), Set.of(klasik),
                "Petugas puskesmas memberikan konseling berhenti merokok di sekolah; guru UKS mendata peserta "
                        + "dan memantau kepatuhan. (demo)",
                today.minusDays(130), today.minusDays(120), today.plusDays(245), false));
        mous.addLogEntry(ADMINISTRATOR, school, new LogEntryData(today.minusDays(60),
                "Konseling berhenti merokok kelas 8 dan 9 (demo)", 30, "pelajar"));

        long company = mous.create(ADMINISTRATOR, new MouData(number("PKS/009/PKM-BT", today.minusDays(300)),
                "Konseling berhenti merokok dan skrining hipertensi bagi pekerja", puskesmas,
                Set.of(partners.get(COMPANY)), Set.of(klasik, hypertension),
                "Konseling berhenti merokok dan pengukuran tekanan darah bagi pekerja di lokasi perusahaan setiap "
                        + "bulan; perusahaan menyediakan tempat dan mewajibkan kehadiran peserta. (demo)",
                today.minusDays(300), today.minusDays(290), today.plusDays(75), false));
        mous.addLogEntry(ADMINISTRATOR, company, new LogEntryData(today.minusDays(90),
                "Konseling berhenti merokok bagi pekerja (demo)", 40, "pekerja"));
        mous.addLogEntry(ADMINISTRATOR, company, new LogEntryData(today.minusDays(30),
                "Skrining tekanan darah pekerja (demo)", 112, "pekerja"));

        mous.create(ADMINISTRATOR, new MouData(number("Draf PKS/DKK-BNN", today),
                "Rujukan rehabilitasi rawat jalan dari puskesmas", null, Set.of(partners.get(BNN)), Set.of(),
                "Rancangan kerja sama DKK dan BNN Kota Balikpapan untuk rujukan rehabilitasi rawat jalan dari "
                        + "seluruh puskesmas. (demo)", null, null, null, false));
        log.info("Loaded the KLASIK innovation and 6 demo MoUs of Puskesmas Baru Tengah and the DKK");
    }

    /** A number in the style of the field, with the year it was signed in. */
    private static String number(String prefix, LocalDate signedOn) {
        return prefix + "/" + signedOn.getYear() + " (demo)";
    }

    private long klasik(long puskesmas) {
        return programs.findByCode(KLASIK).map(ProgramOption::id).orElseGet(() ->
                programRegistry.create(ADMINISTRATOR, new ProgramData(KLASIK,
                        "KLASIK - penanganan adiksi rokok dan narkoba berbasis komunitas",
                        "KLASIK - community-based care for smoking and drug addiction", ProgramKind.INOVASI,
                        puskesmas, "Inovasi Puskesmas Baru Tengah: konseling adiksi narkoba bersama BNN di "
                        + "puskesmas (layanan dekat), konseling berhenti merokok bagi pelajar dan pekerja bersama "
                        + "sekolah dan perusahaan, dengan dukungan Polsek Balikpapan Barat. Penghargaan Best "
                        + "Co-Creation, Jampusnas Nasional ke-II (2025).", 60)));
    }
}
