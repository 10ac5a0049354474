package id.puskesnet.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import id.puskesnet.access.AccessScope;
import id.puskesnet.access.Role;
import id.puskesnet.account.AccountService;
import id.puskesnet.account.NewUser;
import id.puskesnet.facility.FacilityOption;
import id.puskesnet.facility.FacilityRegistry;
import id.puskesnet.facility.FacilityService;
import id.puskesnet.facility.FacilityType;
import id.puskesnet.facility.PartnerData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.SimpleJdbcInsert;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the demo data into an empty database on first start. Wilayah and puskesmas go in with plain SQL
 * (fast, and they need no history); partners, populations and accounts go through their modules' services
 * so the rules hold, passwords are hashed and the audit trail starts.
 */
@Component
@Order(1)
@ConditionalOnProperty(name = "puskesnet.demo-data", havingValue = "true")
class DemoDataSeeder implements ApplicationRunner {

    static final String DEMO_PASSWORD = "demo-puskesnet";
    static final LocalDate ILP_PILOT_START = LocalDate.of(2024, 7, 1);

    private static final Logger log = LoggerFactory.getLogger(DemoDataSeeder.class);

    private final JdbcTemplate jdbc;
    private final AccountService accounts;
    private final FacilityService facilities;
    private final FacilityRegistry registry;
    private final Clock clock;

    DemoDataSeeder(JdbcTemplate jdbc, AccountService accounts, FacilityService facilities, FacilityRegistry registry,
                   Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.facilities = facilities;
        this.registry = registry;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Integer kotaCount = jdbc.queryForObject("select count(*) from kota", Integer.class);
        if (kotaCount != null && kotaCount > 0) {
            return;
        }
        log.info("Empty database: loading Balikpapan demo data");
        long kotaId = insert("kota", Map.of("code", "6471", "name", "Kota Balikpapan", "province", "Kalimantan Timur"));
        Map<String, Long> kecamatanIds = new HashMap<>();
        Map<String, Long> kelurahanIds = new HashMap<>();
        int kelurahanNumber = 1;
        for (BalikpapanDemoData.KecamatanData kecamatan : BalikpapanDemoData.KECAMATAN) {
            long kecamatanId = insert("kecamatan",
                    Map.of("kota_id", kotaId, "code", kecamatan.code(), "name", kecamatan.name()));
            kecamatanIds.put(kecamatan.code(), kecamatanId);
            for (String kelurahan : kecamatan.kelurahan()) {
                String code = kecamatan.code() + String.format("%03d", kelurahanNumber++);
                kelurahanIds.put(kelurahan, insert("kelurahan",
                        Map.of("kecamatan_id", kecamatanId, "code", code, "name", kelurahan)));
            }
        }
        Map<String, Long> puskesmasIds = new HashMap<>();
        for (BalikpapanDemoData.PuskesmasData puskesmas : BalikpapanDemoData.PUSKESMAS) {
            Map<String, Object> row = new HashMap<>();
            row.put("type", "PUSKESMAS");
            row.put("code", puskesmas.code());
            row.put("name", "Puskesmas " + puskesmas.name());
            row.put("kecamatan_id", kecamatanIds.get(puskesmas.kecamatanCode()));
            row.put("kelurahan_id", kelurahanIds.get(puskesmas.kelurahanServed().get(0)));
            row.put("address", "Kelurahan " + puskesmas.kelurahanServed().get(0) + ", Balikpapan (demo)");
            row.put("open_24h", puskesmas.open24h());
            row.put("ilp_status", puskesmas.ilpPilot() ? "UJI_COBA" : "BELUM");
            row.put("ilp_since", puskesmas.ilpPilot() ? ILP_PILOT_START : null);
            long id = insert("facility", row);
            puskesmasIds.put(puskesmas.code(), id);
            for (String kelurahan : puskesmas.kelurahanServed()) {
                jdbc.update("insert into puskesmas_kelurahan (puskesmas_id, kelurahan_id) values (?, ?)",
                        id, kelurahanIds.get(kelurahan));
            }
        }
        jdbc.update("update facility set head_name = ? where code = ?", "dr. Hasan (demo)", "PKM-BARU-TENGAH");
        jdbc.update("update facility set head_name = ? where code = ?", "dr. Dewi (demo)", "PKM-GUNUNG-BAHAGIA");
        AccessScope administrator = new AccessScope(Role.DKK_ADMIN, null);
        LocalDate today = LocalDate.now(clock);
        int year = today.getYear();
        int index = 0;
        for (BalikpapanDemoData.PuskesmasData puskesmas : BalikpapanDemoData.PUSKESMAS) {
            int population = 18_000 + (index++ * 7_919) % 27_000;
            registry.setPopulation(administrator, puskesmasIds.get(puskesmas.code()), year - 1, population);
            registry.setPopulation(administrator, puskesmasIds.get(puskesmas.code()), year, population * 101 / 100);
        }
        for (BalikpapanDemoData.PartnerData partner : BalikpapanDemoData.PARTNERS) {
            registry.createPartner(administrator, new PartnerData(FacilityType.valueOf(partner.type()), partner.code(),
                    partner.name(), kelurahanIds.get(partner.kelurahan()), puskesmasIds.get(partner.puskesmasCode()),
                    partner.address(), partner.phone(), partner.headName(), partner.licenceNumber(),
                    today.plusDays(partner.licenceDaysLeft()), partner.contactPerson(), partner.phone(),
                    LocalDate.of(2023, 1, 16)));
        }
        for (DemoAccount account : BalikpapanDemoData.ACCOUNTS) {
            Long facilityId = account.facilityCode() == null ? null
                    : facilities.findByCode(account.facilityCode()).map(FacilityOption::id).orElseThrow();
            accounts.create(new NewUser(account.username(), account.fullName(), account.role(), facilityId,
                    DEMO_PASSWORD));
        }
    }

    private long insert(String table, Map<String, ?> values) {
        return new SimpleJdbcInsert(jdbc).withTableName(table).usingGeneratedKeyColumns("id")
                .usingColumns(values.keySet().toArray(String[]::new))
                .executeAndReturnKey(values).longValue();
    }
}
