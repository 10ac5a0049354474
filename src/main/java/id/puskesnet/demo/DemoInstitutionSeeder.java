package id.puskesnet.demo;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import id.puskesnet.access.AccessScope;
import id.puskesnet.access.Role;
import id.puskesnet.facility.FacilityOption;
import id.puskesnet.facility.FacilityService;
import id.puskesnet.facility.KecamatanOption;
import id.puskesnet.institution.InstitutionData;
import id.puskesnet.institution.InstitutionRegistry;
import id.puskesnet.institution.InstitutionSector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds demo partner institutions of two puskesmas (and one city-level one) once the facility demo data is there.
 * Runs on databases seeded before institutions existed too, as long as they have none yet. Real agencies and
 * companies are named as partners the field notes mention; every contact is invented and marked demo.
 */
@Component
@Order(2)
@ConditionalOnProperty(name = "puskesnet.demo-data", havingValue = "true")
class DemoInstitutionSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoInstitutionSeeder.class);

    /** An institution of the demo data; owner null = city level. */
    private record DemoInstitution(String ownerCode, String kecamatan, String name, InstitutionSector sector,
                                   String address, String contactPerson, String phone, String email) {
    }

    private static final String BARU_TENGAH = "PKM-BARU-TENGAH";
    private static final String GUNUNG_BAHAGIA = "PKM-GUNUNG-BAHAGIA";
    private static final String BARAT = "Balikpapan Barat";
    private static final String SELATAN = "Balikpapan Selatan";

    private static final List<DemoInstitution> INSTITUTIONS = List.of(
            new DemoInstitution(null, null, "BNN Kota Balikpapan", InstitutionSector.BNN,
                    null, "Petugas layanan rehabilitasi (demo)", "0542-700201", "bnn.demo@example.org"),
            new DemoInstitution(BARU_TENGAH, BARAT, "Polsek Balikpapan Barat", InstitutionSector.KEPOLISIAN,
                    null, "Bhabinkamtibmas Baru Tengah (demo)", "0542-700202", null),
            new DemoInstitution(BARU_TENGAH, BARAT, "Koramil/Babinsa Baru Tengah", InstitutionSector.TNI,
                    null, "Babinsa Baru Tengah (demo)", "0542-700203", null),
            new DemoInstitution(BARU_TENGAH, BARAT, "Kelurahan Baru Tengah", InstitutionSector.KELURAHAN,
                    null, "Sekretaris kelurahan (demo)", "0542-700204", "kel.barutengah.demo@example.org"),
            new DemoInstitution(BARU_TENGAH, BARAT, "PKK Kelurahan Baru Tengah", InstitutionSector.PKK,
                    null, "Ketua TP PKK kelurahan (demo)", "0812-0000-0205", null),
            new DemoInstitution(BARU_TENGAH, BARAT, "LPM Baru Tengah", InstitutionSector.LPM,
                    null, "Ketua LPM (demo)", "0812-0000-0206", null),
            new DemoInstitution(BARU_TENGAH, BARAT, "SMP Negeri Baru Tengah (demo)", InstitutionSector.SEKOLAH,
                    "Kelurahan Baru Tengah (demo)", "Guru UKS (demo)", "0542-700207", "smp.demo@example.org"),
            new DemoInstitution(BARU_TENGAH, BARAT, "PT Pertamina Transkon", InstitutionSector.PERUSAHAAN,
                    null, "Petugas K3 perusahaan (demo)", "0542-700208", "k3.demo@example.org"),
            new DemoInstitution(GUNUNG_BAHAGIA, SELATAN, "Kelurahan Gunung Bahagia", InstitutionSector.KELURAHAN,
                    null, "Sekretaris kelurahan (demo)", "0542-700209", null),
            new DemoInstitution(GUNUNG_BAHAGIA, SELATAN, "PKK Gunung Bahagia", InstitutionSector.PKK,
                    null, "Ketua TP PKK kelurahan (demo)", "0812-0000-0210", null),
            new DemoInstitution(GUNUNG_BAHAGIA, SELATAN, "SD Negeri Gunung Bahagia (demo)", InstitutionSector.SEKOLAH,
                    "Kelurahan Gunung Bahagia (demo)", "Guru UKS (demo)", "0542-700211", null));

    private final JdbcTemplate jdbc;
    private final FacilityService facilities;
    private final InstitutionRegistry registry;

    DemoInstitutionSeeder(JdbcTemplate jdbc, FacilityService facilities, InstitutionRegistry registry) {
        this.jdbc = jdbc;
        this.facilities = facilities;
        this.registry = registry;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Integer count = jdbc.queryForObject("select count(*) from institution", Integer.class);
        if (count != null && count > 0) {
            return;
        }
        Optional<FacilityOption> baruTengah = facilities.findByCode(BARU_TENGAH);
        Optional<FacilityOption> gunungBahagia = facilities.findByCode(GUNUNG_BAHAGIA);
        if (baruTengah.isEmpty() || gunungBahagia.isEmpty()) {
            log.info("No demo puskesmas found: no demo institutions loaded");
            return;
        }
        Map<String, Long> owners = Map.of(BARU_TENGAH, baruTengah.get().id(), GUNUNG_BAHAGIA, gunungBahagia.get().id());
        Map<String, Long> kecamatan = facilities.kecamatanOptions().stream()
                .collect(Collectors.toMap(KecamatanOption::name, KecamatanOption::id));
        AccessScope administrator = new AccessScope(Role.DKK_ADMIN, null);
        for (DemoInstitution i : INSTITUTIONS) {
            registry.create(administrator, new InstitutionData(i.name(), i.sector(),
                    i.ownerCode() == null ? null : owners.get(i.ownerCode()),
                    i.kecamatan() == null ? null : kecamatan.get(i.kecamatan()),
                    i.address(), i.contactPerson(), i.phone(), i.email(), null));
        }
        log.info("Loaded {} demo partner institutions", INSTITUTIONS.size());
    }
}
