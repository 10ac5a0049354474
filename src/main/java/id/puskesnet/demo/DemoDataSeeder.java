package id.puskesnet.demo;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import id.puskesnet.account.AccountService;
import id.puskesnet.account.NewUser;
import id.puskesnet.facility.FacilityOption;
import id.puskesnet.facility.FacilityService;
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
 * Loads the demo data into an empty database on first start. Reference data goes in with plain SQL
 * (there are no forms for it yet); accounts go through {@link AccountService} so passwords are hashed
 * and the account rules hold.
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

    DemoDataSeeder(JdbcTemplate jdbc, AccountService accounts, FacilityService facilities) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.facilities = facilities;
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
        for (BalikpapanDemoData.PartnerData partner : BalikpapanDemoData.PARTNERS) {
            long puskesmasId = puskesmasIds.get(partner.puskesmasCode());
            Long kecamatanId = jdbc.queryForObject("select kecamatan_id from facility where id = ?", Long.class,
                    puskesmasId);
            Map<String, Object> row = new HashMap<>();
            row.put("type", partner.type());
            row.put("code", partner.code());
            row.put("name", partner.name());
            row.put("kecamatan_id", kecamatanId);
            row.put("kelurahan_id", kelurahanIds.get(partner.kelurahan()));
            row.put("network_puskesmas_id", puskesmasId);
            row.put("address", partner.address());
            row.put("head_name", partner.headName());
            row.put("phone", partner.phone());
            insert("facility", row);
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
