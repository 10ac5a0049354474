package id.puskesnet.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import id.puskesnet.reporting.RollupSummaries;
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
 * 24 months of invented monthly reports for every demo facility: most accepted and on time, some late, a few
 * missing, one returned; the month before last partly waiting for the DKK (Klinik Sehat Bersama's among them);
 * last month still in progress (some submitted, Klinik Sehat Bersama's not started) so every reporting screen has
 * something to show. Written with plain SQL in batches, and the
 * rollups computed from it at the end; the completeness counts of any month computed before are dropped, so
 * each month is computed from these reports on its first read.
 */
@Component
@Order(5)
@ConditionalOnProperty(name = "puskesnet.demo-data", havingValue = "true")
class DemoReportSeeder implements ApplicationRunner {

    static final int MONTHS = 24;
    /** Its report of last month is left for the demo partner user to fill in. */
    static final String UNSTARTED_PARTNER = "KP-SEHAT-BERSAMA";
    static final String RETURNED_PARTNER = "KP-TELUK-MEDIKA";

    private static final Logger log = LoggerFactory.getLogger(DemoReportSeeder.class);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final ZoneId zone;
    private final RollupSummaries rollupSummaries;

    DemoReportSeeder(JdbcTemplate jdbc, Clock clock, ZoneId displayZone, RollupSummaries rollupSummaries) {
        this.rollupSummaries = rollupSummaries;
        this.jdbc = jdbc;
        this.clock = clock;
        this.zone = displayZone;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Integer existing = jdbc.queryForObject("select count(*) from report", Integer.class);
        if (existing != null && existing > 0) {
            return;
        }
        log.info("Loading {} months of demo monthly reports", MONTHS);
        Map<String, Long> elements = new LinkedHashMap<>();
        Map<String, List<String>> reportedBy = new HashMap<>();
        jdbc.query("select e.id, e.code, r.facility_type from data_element e join data_element_reporter r on r.element_id = e.id",
                rs -> {
                    elements.put(rs.getString(2), rs.getLong(1));
                    reportedBy.computeIfAbsent(rs.getString(3), t -> new ArrayList<>()).add(rs.getString(2));
                });
        List<Object[]> facilities = jdbc.query(
                "select id, code, type, coalesce(network_puskesmas_id, id) from facility where active order by id",
                (rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4)});
        Random random = new Random(6471);
        YearMonth lastMonth = YearMonth.now(clock).minusMonths(1);
        List<Object[]> reportRows = new ArrayList<>();
        Map<String, Map<String, Integer>> amounts = new HashMap<>();
        for (Object[] facility : facilities) {
            long id = (Long) facility[0];
            String code = (String) facility[1];
            String type = (String) facility[2];
            long network = (Long) facility[3];
            double size = "PUSKESMAS".equals(type) ? 1.0 + random.nextDouble() : "KLINIK_PRATAMA".equals(type) ? 0.25 : 0.1;
            for (int back = MONTHS; back >= 1; back--) {
                YearMonth month = lastMonth.minusMonths(back - 1);
                Plan plan = plan(code, type, back, random);
                if (plan == null) {
                    continue;
                }
                LocalDate period = month.atDay(1);
                Timestamp submitted = plan.submittedDay == 0 ? null
                        : Timestamp.from(month.plusMonths(1).atDay(plan.submittedDay).atTime(9 + random.nextInt(8), random.nextInt(60))
                                .atZone(zone).toInstant());
                Timestamp verified = "VERIFIED".equals(plan.status) || "ACCEPTED".equals(plan.status)
                        ? later(submitted, 1 + random.nextInt(2)) : null;
                Timestamp accepted = "ACCEPTED".equals(plan.status) ? later(submitted, 3 + random.nextInt(3)) : null;
                Timestamp created = submitted != null ? later(submitted, -1) : Timestamp.from(clock.instant());
                String user = "PUSKESMAS".equals(type) ? "staf (demo)" : "klinik (demo)";
                reportRows.add(new Object[] {id, network, period, plan.status, created, user, created, submitted, submitted,
                        submitted == null ? null : user, "PUSKESMAS".equals(type) ? null : verified,
                        verified == null || "PUSKESMAS".equals(type) ? null : "kapus (demo)", accepted,
                        accepted == null ? null : "dkk", plan.returnReason == null ? null : later(submitted, 2),
                        plan.returnReason == null ? null : "staf.barutengah", plan.returnReason});
                amounts.put(id + "|" + period, values(reportedBy.getOrDefault(type, List.of()), size, month, random));
            }
        }
        jdbc.batchUpdate("""
                insert into report (facility_id, network_puskesmas_id, period, status, created_at, created_by, updated_at,
                    first_submitted_at, submitted_at, submitted_by, verified_at, verified_by, accepted_at, accepted_by,
                    returned_at, returned_by, return_reason)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", reportRows);
        List<Object[]> valueRows = new ArrayList<>();
        jdbc.query("select id, facility_id, period from report", rs -> {
            long reportId = rs.getLong(1);
            Map<String, Integer> values = amounts.get(rs.getLong(2) + "|" + rs.getObject(3, LocalDate.class));
            if (values != null) {
                values.forEach((element, amount) -> valueRows.add(new Object[] {reportId, elements.get(element), amount}));
            }
        });
        jdbc.batchUpdate("insert into report_value (report_id, element_id, amount) values (?, ?, ?)", valueRows);
        jdbc.update("""
                insert into report_rollup (network_puskesmas_id, period, element_id, accepted_amount, verified_amount)
                select r.network_puskesmas_id, r.period, v.element_id,
                       sum(case when r.status = 'ACCEPTED' then v.amount else 0 end),
                       sum(case when r.status = 'VERIFIED' or (r.status = 'SUBMITTED' and r.facility_id = r.network_puskesmas_id)
                                then v.amount else 0 end)
                from report r join report_value v on v.report_id = r.id
                group by r.network_puskesmas_id, r.period, v.element_id""");
        rollupSummaries.rebuild();
        jdbc.update("delete from report_completeness");
        jdbc.update("delete from report_completeness_period");
        log.info("Demo reports: {} reports, {} values", reportRows.size(), valueRows.size());
    }

    /** How one facility's report of one month went; null for a month it never reported. */
    private static Plan plan(String code, String type, int monthsBack, Random random) {
        boolean puskesmas = "PUSKESMAS".equals(type);
        int roll = random.nextInt(100);
        if (monthsBack == 1) {
            if (UNSTARTED_PARTNER.equals(code)) {
                return null;
            }
            if (puskesmas) {
                return roll < 40 ? new Plan("DRAFT", 0, null) : new Plan("SUBMITTED", 1 + random.nextInt(2), null);
            }
            return roll < 50 ? new Plan("SUBMITTED", 1 + random.nextInt(2), null) : null;
        }
        if (monthsBack == 2 && UNSTARTED_PARTNER.equals(code)) {
            return new Plan("VERIFIED", 3, null); // waits for the DKK's acceptance
        }
        if (monthsBack == 2 && RETURNED_PARTNER.equals(code)) {
            return new Plan("RETURNED", 4, "Jumlah terduga TB yang diperiksa lebih besar dari catatan register TB (demo).");
        }
        if (!puskesmas && roll < 6) {
            return null;
        }
        int day = roll < 12 ? 6 + random.nextInt(8) : 1 + random.nextInt(puskesmas ? 8 : 5);
        if (monthsBack == 2) {
            return new Plan(puskesmas ? (roll < 70 ? "ACCEPTED" : "SUBMITTED") : (roll < 60 ? "ACCEPTED" : "VERIFIED"), day, null);
        }
        return new Plan("ACCEPTED", day, null);
    }

    private record Plan(String status, int submittedDay, String returnReason) {
    }

    /** Plausible counts that keep every cross-field rule. */
    private static Map<String, Integer> values(List<String> codes, double size, YearMonth month, Random random) {
        Map<String, Integer> v = new HashMap<>();
        int terduga = scaled(30, size, random);
        int periksa = terduga * (85 + random.nextInt(15)) / 100;
        int kasus = Math.max(0, terduga * (10 + random.nextInt(8)) / 100);
        int mulai = kasus;
        int sembuh = mulai * (35 + random.nextInt(20)) / 100;
        int lengkap = (mulai - sembuh) * (60 + random.nextInt(35)) / 100;
        int kontak = kasus * (2 + random.nextInt(4));
        int tpt = kontak * (30 + random.nextInt(50)) / 100;
        int ht = scaled(450, size, random);
        int dm = ht * (30 + random.nextInt(15)) / 100;
        int d = scaled(900, size, random);
        int n = d * (60 + random.nextInt(25)) / 100;
        int stunting = d * (3 + random.nextInt(4)) / 100;
        boolean oriMonth = month.getMonthValue() >= 8 && month.getMonthValue() <= 10;
        int mr = oriMonth ? scaled(350, size, random) : 0;
        put(v, codes, "TB_TERDUGA", terduga);
        put(v, codes, "TB_TERDUGA_PERIKSA", periksa);
        put(v, codes, "TB_KASUS", kasus);
        put(v, codes, "TB_MULAI_OBAT", mulai);
        put(v, codes, "TB_SEMBUH", sembuh);
        put(v, codes, "TB_LENGKAP", lengkap);
        put(v, codes, "TB_KONTAK_INVESTIGASI", kontak);
        put(v, codes, "TB_KONTAK_TPT", tpt);
        put(v, codes, "HT_PELAYANAN", ht);
        put(v, codes, "DM_PELAYANAN", dm);
        put(v, codes, "GIZI_D", d);
        put(v, codes, "GIZI_N", n);
        put(v, codes, "GIZI_STUNTING", stunting);
        put(v, codes, "ORI_MR", mr);
        return v;
    }

    private static void put(Map<String, Integer> values, List<String> codes, String code, int amount) {
        if (codes.contains(code)) {
            values.put(code, amount);
        }
    }

    private static int scaled(int base, double size, Random random) {
        return (int) Math.round(base * size * (0.8 + random.nextDouble() * 0.4));
    }

    private static Timestamp later(Timestamp from, int days) {
        return from == null ? null : Timestamp.from(from.toInstant().plusSeconds(days * 86_400L));
    }
}
