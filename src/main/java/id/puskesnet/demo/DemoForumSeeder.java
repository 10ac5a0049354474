package id.puskesnet.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import id.puskesnet.access.AccessScope;
import id.puskesnet.access.Role;
import id.puskesnet.facility.FacilityOption;
import id.puskesnet.facility.FacilityService;
import id.puskesnet.facility.KecamatanOption;
import id.puskesnet.forum.AgendaItemData;
import id.puskesnet.forum.AttendeeData;
import id.puskesnet.forum.AttendeeKind;
import id.puskesnet.forum.FollowUpData;
import id.puskesnet.forum.FollowUpRegistry;
import id.puskesnet.forum.FollowUpStatus;
import id.puskesnet.forum.FollowUpSummary;
import id.puskesnet.forum.ForumData;
import id.puskesnet.forum.ForumRegistry;
import id.puskesnet.forum.ForumService;
import id.puskesnet.forum.ForumType;
import id.puskesnet.forum.ProgressData;
import id.puskesnet.forum.ResponsibleKind;
import id.puskesnet.institution.InstitutionData;
import id.puskesnet.institution.InstitutionFilter;
import id.puskesnet.institution.InstitutionRegistry;
import id.puskesnet.institution.InstitutionSector;
import id.puskesnet.institution.InstitutionService;
import id.puskesnet.institution.InstitutionSummary;
import id.puskesnet.program.ProgramCatalog;
import id.puskesnet.program.ProgramOption;
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
 * The cross-sector mini workshop (minilok lintas sektor) Puskesmas Baru Tengah held in early December 2025, as the
 * field notes report it (news/001: its sectors, agenda and the five agreed follow-ups), and the quarterly forum of
 * March 2026 that reviewed them: two done, two in progress, one still open and now overdue. Plus one monthly
 * workshop of Gunung Bahagia. The exact day, the place, every person, all progress and every due date are
 * invented and marked demo. Goes through the forum module's services, so the rules and the audit trail hold.
 */
@Component
@Order(4)
@ConditionalOnProperty(name = "puskesnet.demo-data", havingValue = "true")
class DemoForumSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoForumSeeder.class);

    private static final String BARU_TENGAH = "PKM-BARU-TENGAH";
    private static final String GUNUNG_BAHAGIA = "PKM-GUNUNG-BAHAGIA";
    /** The field notes say "awal Desember 2025" without a day: the day is invented. */
    static final LocalDate DECEMBER_MINILOK = LocalDate.of(2025, 12, 2);
    static final LocalDate MARCH_MINILOK = LocalDate.of(2026, 3, 12);

    static final String KECAMATAN = "Kecamatan Balikpapan Barat";
    static final String KELURAHAN = "Kelurahan Baru Tengah";
    static final String PKK = "PKK Kelurahan Baru Tengah";
    static final String LPM = "LPM Baru Tengah";
    static final String BABINSA = "Koramil/Babinsa Baru Tengah";
    static final String POLSEK = "Polsek Balikpapan Barat";
    static final String SCHOOL = "SMP Negeri Baru Tengah (demo)";
    static final String RT_HEADS = "Forum Ketua RT Kelurahan Baru Tengah (demo)";
    static final String KADER = "Kader Kesehatan Posyandu Baru Tengah (demo)";

    /** Institutions the forum names that the institution demo data does not have yet. */
    private static final List<InstitutionData> MISSING_INSTITUTIONS = List.of(
            new InstitutionData(KECAMATAN, InstitutionSector.KECAMATAN, null, null, null,
                    "Sekretaris kecamatan (demo)", "0542-700212", null, null),
            new InstitutionData(RT_HEADS, InstitutionSector.ORGANISASI_MASYARAKAT, null, null, null,
                    "Koordinator ketua RT (demo)", "0812-0000-0213", null, null),
            new InstitutionData(KADER, InstitutionSector.ORGANISASI_MASYARAKAT, null, null, null,
                    "Ketua kader posyandu (demo)", "0812-0000-0214", null, null));

    private final JdbcTemplate jdbc;
    private final FacilityService facilities;
    private final InstitutionService institutions;
    private final InstitutionRegistry institutionRegistry;
    private final ProgramCatalog programs;
    private final ForumRegistry forums;
    private final ForumService forumService;
    private final FollowUpRegistry followUps;
    private final Clock clock;

    DemoForumSeeder(JdbcTemplate jdbc, FacilityService facilities, InstitutionService institutions,
                    InstitutionRegistry institutionRegistry, ProgramCatalog programs, ForumRegistry forums,
                    ForumService forumService, FollowUpRegistry followUps, Clock clock) {
        this.jdbc = jdbc;
        this.facilities = facilities;
        this.institutions = institutions;
        this.institutionRegistry = institutionRegistry;
        this.programs = programs;
        this.forums = forums;
        this.forumService = forumService;
        this.followUps = followUps;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Integer count = jdbc.queryForObject("select count(*) from forum", Integer.class);
        if (count != null && count > 0) {
            return;
        }
        Optional<FacilityOption> baruTengah = facilities.findByCode(BARU_TENGAH);
        Optional<FacilityOption> gunungBahagia = facilities.findByCode(GUNUNG_BAHAGIA);
        if (baruTengah.isEmpty() || gunungBahagia.isEmpty()) {
            log.info("No demo puskesmas found: no demo forums loaded");
            return;
        }
        AccessScope baruTengahHead = new AccessScope(Role.PUSKESMAS_HEAD, baruTengah.get().id());
        Map<String, Long> partners = baruTengahInstitutions(baruTengahHead, baruTengah.get().id());
        if (!partners.keySet().containsAll(List.of(KELURAHAN, PKK, LPM, BABINSA, POLSEK, SCHOOL))) {
            log.info("The demo institutions of Baru Tengah are missing: no demo forums loaded");
            return;
        }
        Map<String, Long> program = programs.all().stream()
                .collect(Collectors.toMap(ProgramOption::code, ProgramOption::id));
        LocalDate today = LocalDate.now(clock);
        long december = forums.create(baruTengahHead, decemberMinilok(partners, program, today));
        List<FollowUpSummary> agreed = forumService.details(baruTengahHead, december).followUps();
        followUps.recordProgress(baruTengahHead, agreed.get(4).id(), agreed.get(4).version(),
                new ProgressData(LocalDate.of(2026, 1, 14), FollowUpStatus.IN_PROGRESS,
                        "Sosialisasi jadwal ORI campak di sekolah dan posyandu; Babinsa dan Bhabinkamtibmas "
                                + "ikut menggerakkan warga (demo)."));
        long march = forums.create(baruTengahHead, marchMinilok(partners, program, today));
        review(baruTengahHead, march, december, 0, FollowUpStatus.DONE,
                "Cek kesehatan gratis terlaksana di sekolah; orang tua dan siswa mengisi skrining sendiri (demo).");
        review(baruTengahHead, march, december, 1, FollowUpStatus.IN_PROGRESS,
                "Pelacakan kontak erat berjalan di dua RT dengan kasus terbanyak; RT lain menyusul (demo).");
        review(baruTengahHead, march, december, 2, FollowUpStatus.IN_PROGRESS,
                "Kader dan PKK menyisir balita yang belum ditimbang; D/S mulai naik (demo).");
        review(baruTengahHead, march, december, 3, FollowUpStatus.OPEN,
                "Belum ada perusahaan yang memberi dukungan; kelurahan akan bersurat (demo).");
        review(baruTengahHead, march, december, 4, FollowUpStatus.DONE,
                "ORI campak selesai sesuai instruksi Dinas Kesehatan Kota (demo).");
        forums.create(new AccessScope(Role.PUSKESMAS_HEAD, gunungBahagia.get().id()),
                gunungBahagiaLokmin(program, today));
        log.info("Loaded demo forums: the Baru Tengah minilok of December 2025 and its review in March 2026");
    }

    private void review(AccessScope scope, long forumId, long reviewedForumId, int row, FollowUpStatus status,
                        String note) {
        FollowUpSummary u = forumService.details(scope, reviewedForumId).followUps().get(row);
        followUps.review(scope, forumId, u.id(), u.version(), status, note);
    }

    /** The institutions of Baru Tengah and the city by name, adding the ones the forums need that are missing. */
    private Map<String, Long> baruTengahInstitutions(AccessScope scope, long puskesmasId) {
        AccessScope administrator = new AccessScope(Role.DKK_ADMIN, null);
        Map<String, Long> byName = visible(scope);
        Long kecamatanId = facilities.kecamatanOptions().stream().filter(k -> k.name().equals("Balikpapan Barat"))
                .map(KecamatanOption::id).findFirst().orElse(null);
        for (InstitutionData missing : MISSING_INSTITUTIONS) {
            if (!byName.containsKey(missing.name())) {
                institutionRegistry.create(administrator, new InstitutionData(missing.name(), missing.sector(),
                        puskesmasId, kecamatanId, missing.address(), missing.contactPerson(), missing.phone(),
                        missing.email(), missing.notes()));
            }
        }
        return visible(scope);
    }

    private Map<String, Long> visible(AccessScope scope) {
        return institutions.export(scope, InstitutionFilter.none(), Sort.by("name", "id")).stream()
                .collect(Collectors.toMap(InstitutionSummary::name, InstitutionSummary::id, (a, b) -> a));
    }

    private static ForumData decemberMinilok(Map<String, Long> partner, Map<String, Long> program, LocalDate today) {
        List<AttendeeData> attendees = new ArrayList<>(List.of(
                staff("dr. Hasan (demo)", "Kepala Puskesmas Baru Tengah"),
                staff("Siti Rahmawati (demo)", "Staf program, notulis"),
                staff("Yuliana (demo)", "Penanggung jawab program TB"),
                staff("Rini Kartika (demo)", "Nutrisionis"),
                staff("Agus Salim (demo)", "Koordinator imunisasi")));
        attendees.addAll(List.of(
                institution(partner, KECAMATAN, "Ahmad Fauzi (demo)", "Sekretaris Camat"),
                institution(partner, KELURAHAN, "Hj. Nurhayati (demo)", "Lurah Baru Tengah"),
                institution(partner, PKK, "Sri Wahyuni (demo)", "Ketua TP PKK Kelurahan"),
                institution(partner, LPM, "H. Darmawan (demo)", "Ketua LPM"),
                institution(partner, BABINSA, "Serda Rudi Hartono (demo)", "Babinsa"),
                institution(partner, POLSEK, "Aipda Yusuf Maulana (demo)", "Bhabinkamtibmas"),
                institution(partner, SCHOOL, "Dewi Lestari (demo)", "Guru pembina UKS"),
                institution(partner, RT_HEADS, "Slamet Riyadi (demo)", "Ketua RT 05"),
                institution(partner, RT_HEADS, "Rahmat Hidayat (demo)", "Ketua RT 12"),
                institution(partner, KADER, "Sumiati (demo)", "Kader Posyandu Melati"),
                institution(partner, KADER, "Endang Susilowati (demo)", "Kader Posyandu Mawar")));
        List<AgendaItemData> agenda = List.of(
                new AgendaItemData(null, null, "Cakupan layanan kesehatan gratis di sekolah",
                        "Cek kesehatan gratis bagi siswa dengan pendaftaran dan pengisian skrining secara mandiri oleh"
                                + " orang tua atau siswa. Sekolah menjalankan UKS dan imunisasi."),
                new AgendaItemData(null, program.get("TB"), "Pengendalian dan pencegahan tuberkulosis (TB)",
                        "Penemuan kasus aktif dan pelacakan kontak erat, dimulai dari RT dengan angka kasus"
                                + " tertinggi. RT/RW memantau kondisi warga dan membantu pendataan sasaran."),
                new AgendaItemData(null, program.get("GIZI"), "Peningkatan status gizi bayi dan balita",
                        "D/S posyandu perlu dinaikkan untuk deteksi dini. PKK dan kader posyandu berperan pada"
                                + " edukasi dan sweeping balita. Dibahas pula peran CSR sebagai apresiasi bagi kader."),
                new AgendaItemData(null, program.get("ORI_CAMPAK"), "Persiapan pelaksanaan ORI campak",
                        "ORI campak dilaksanakan sesuai instruksi Dinas Kesehatan Kota. Babinsa dan Bhabinkamtibmas"
                                + " memberi dukungan pengamanan dan mobilisasi masyarakat."));
        List<FollowUpData> agreed = List.of(
                new FollowUpData(null, "Pelaksanaan cek kesehatan gratis di sekolah, dengan pendaftaran dan pengisian"
                        + " skrining secara mandiri oleh orang tua atau siswa", ResponsibleKind.SECTOR, null,
                        InstitutionSector.SEKOLAH, "Guru pembina UKS (demo)", LocalDate.of(2026, 2, 28), null),
                new FollowUpData(null, "Penemuan kasus aktif TB dan pelacakan kontak erat, terutama di wilayah RT"
                        + " dengan angka kasus tertinggi", ResponsibleKind.PUSKESMAS, null, null,
                        "Yuliana (demo), penanggung jawab program TB", today.plusDays(45), program.get("TB")),
                new FollowUpData(null, "Peningkatan D/S posyandu untuk deteksi dini kondisi gizi bayi dan balita",
                        ResponsibleKind.INSTITUTION, partner.get(PKK), null, "Sri Wahyuni (demo)",
                        today.plusDays(5), program.get("GIZI")),
                new FollowUpData(null, "Optimalisasi peran CSR sebagai bentuk apresiasi kepada kader kesehatan",
                        ResponsibleKind.INSTITUTION, partner.get(KELURAHAN), null, "Hj. Nurhayati (demo)",
                        LocalDate.of(2026, 3, 31), null),
                new FollowUpData(null, "Pelaksanaan ORI campak sesuai instruksi Dinas Kesehatan Kota",
                        ResponsibleKind.PUSKESMAS, null, null, "Agus Salim (demo), koordinator imunisasi",
                        LocalDate.of(2026, 1, 31), program.get("ORI_CAMPAK")));
        return new ForumData(ForumType.LINTAS_SEKTOR_TRIWULAN, DECEMBER_MINILOK, "Aula Puskesmas Baru Tengah (demo)",
                "dr. Hasan (demo), Kepala Puskesmas Baru Tengah",
                "Minilok lintas sektor untuk menyelaraskan program kesehatan dengan dukungan lintas sektor."
                        + " Puskesmas sebagai penyedia layanan dan pembina teknis; kelurahan memberi dukungan kebijakan"
                        + " dan administrasi; RT/RW memantau kondisi warga dan pendataan sasaran; PKK dan kader posyandu"
                        + " pada edukasi dan sweeping balita; sekolah mengimplementasikan UKS dan imunisasi; Babinsa dan"
                        + " Bhabinkamtibmas mendukung pengamanan dan mobilisasi masyarakat.\n"
                        + "Sumber: berita kegiatan awal Desember 2025. Tanggal persis, tempat, nama peserta, tenggat"
                        + " dan perkembangan RTL adalah data demo.",
                attendees, agenda, agreed);
    }

    private static ForumData marchMinilok(Map<String, Long> partner, Map<String, Long> program, LocalDate today) {
        List<AttendeeData> attendees = List.of(
                staff("dr. Hasan (demo)", "Kepala Puskesmas Baru Tengah"),
                staff("Siti Rahmawati (demo)", "Staf program, notulis"),
                staff("Yuliana (demo)", "Penanggung jawab program TB"),
                institution(partner, KECAMATAN, "Ahmad Fauzi (demo)", "Sekretaris Camat"),
                institution(partner, KELURAHAN, "Hj. Nurhayati (demo)", "Lurah Baru Tengah"),
                institution(partner, PKK, "Sri Wahyuni (demo)", "Ketua TP PKK Kelurahan"),
                institution(partner, BABINSA, "Serda Rudi Hartono (demo)", "Babinsa"),
                institution(partner, POLSEK, "Aipda Yusuf Maulana (demo)", "Bhabinkamtibmas"),
                institution(partner, RT_HEADS, "Slamet Riyadi (demo)", "Ketua RT 05"),
                institution(partner, KADER, "Sumiati (demo)", "Kader Posyandu Melati"));
        List<AgendaItemData> agenda = List.of(
                new AgendaItemData(null, null, "Tinjauan RTL minilok lintas sektor Desember 2025",
                        "Setiap sektor melaporkan perkembangan RTL yang menjadi tanggung jawabnya (demo)."),
                new AgendaItemData(null, program.get("TB"), "Investigasi kontak TB di RT",
                        "Pelacakan kontak diperluas ke RT lain; ketua RT membantu menjadwalkan kunjungan (demo)."));
        List<FollowUpData> agreed = List.of(
                new FollowUpData(null, "Sosialisasi TB dan jadwal pemeriksaan kontak di pertemuan warga RT dengan kasus"
                        + " terbanyak", ResponsibleKind.INSTITUTION, partner.get(RT_HEADS), null,
                        "Slamet Riyadi (demo)", today.plusDays(20), program.get("TB")));
        return new ForumData(ForumType.LINTAS_SEKTOR_TRIWULAN, MARCH_MINILOK, "Aula Kelurahan Baru Tengah (demo)",
                "dr. Hasan (demo), Kepala Puskesmas Baru Tengah",
                "Forum triwulan I 2026 meninjau RTL minilok Desember 2025 (demo).", attendees, agenda, agreed);
    }

    private static ForumData gunungBahagiaLokmin(Map<String, Long> program, LocalDate today) {
        List<AttendeeData> attendees = List.of(
                staff("dr. Dewi (demo)", "Kepala Puskesmas Gunung Bahagia"),
                staff("Fitriani (demo)", "Penanggung jawab program PTM"),
                staff("Bayu Pratama (demo)", "Perawat, notulis"));
        List<AgendaItemData> agenda = List.of(
                new AgendaItemData(null, program.get("HT"), "Capaian layanan hipertensi",
                        "Skrining tekanan darah di posbindu perlu dijadwalkan ulang (demo)."));
        List<FollowUpData> agreed = List.of(
                new FollowUpData(null, "Jadwal ulang skrining tekanan darah di posbindu", ResponsibleKind.PUSKESMAS,
                        null, null, "Fitriani (demo)", today.minusDays(10), program.get("HT")));
        return new ForumData(ForumType.LOKMIN_BULANAN, today.minusDays(40), "Ruang rapat Puskesmas Gunung Bahagia (demo)",
                "dr. Dewi (demo), Kepala Puskesmas Gunung Bahagia", null, attendees, agenda, agreed);
    }

    private static AttendeeData staff(String name, String jobTitle) {
        return new AttendeeData(null, AttendeeKind.STAFF, null, name, jobTitle);
    }

    private static AttendeeData institution(Map<String, Long> partner, String institution, String name,
                                            String jobTitle) {
        return new AttendeeData(null, AttendeeKind.INSTITUTION, partner.get(institution), name, jobTitle);
    }
}
