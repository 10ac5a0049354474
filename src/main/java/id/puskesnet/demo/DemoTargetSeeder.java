package id.puskesnet.demo;

import java.time.Clock;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import id.puskesnet.access.AccessScope;
import id.puskesnet.access.Role;
import id.puskesnet.indicator.AnnualTargets;
import id.puskesnet.indicator.IndicatorCatalog;
import id.puskesnet.indicator.TargetGrid;
import id.puskesnet.indicator.TargetKind;
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
 * Invented annual targets (sasaran) for every demo puskesmas and every year of the demo report history,
 * proportional to the puskesmas's recorded population (the nearest year recorded). The shares are scaled to
 * the invented report counts so that the demo dashboards show a mix of targets reached and missed; they are
 * not real estimates. Saved through the targets service, so they are validated and audited.
 */
@Component
@Order(6)
@ConditionalOnProperty(name = "puskesnet.demo-data", havingValue = "true")
class DemoTargetSeeder implements ApplicationRunner {

    /** Target per person of the population, by target kind code. */
    static final Map<String, Double> SHARE_OF_POPULATION = Map.of(
            "HT_ESTIMASI", 0.30,
            "DM_ESTIMASI", 0.11,
            "TB_ESTIMASI", 0.00385,
            "TB_KONTAK_SASARAN", 0.00385 * 8,
            "GIZI_BALITA_S", 0.055,
            "ORI_SASARAN", 0.06);

    private static final Logger log = LoggerFactory.getLogger(DemoTargetSeeder.class);

    private final JdbcTemplate jdbc;
    private final AnnualTargets targets;
    private final IndicatorCatalog catalog;
    private final Clock clock;

    DemoTargetSeeder(JdbcTemplate jdbc, AnnualTargets targets, IndicatorCatalog catalog, Clock clock) {
        this.jdbc = jdbc;
        this.targets = targets;
        this.catalog = catalog;
        this.clock = clock;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        Integer existing = jdbc.queryForObject("select count(*) from annual_target", Integer.class);
        if (existing != null && existing > 0) {
            return;
        }
        Map<Long, TreeMap<Integer, Integer>> populations = new HashMap<>();
        jdbc.query("""
                select pp.puskesmas_id, pp.census_year, pp.population from puskesmas_population pp
                join facility p on p.id = pp.puskesmas_id where p.type = 'PUSKESMAS' and p.active""", rs -> {
            populations.computeIfAbsent(rs.getLong(1), p -> new TreeMap<>()).put(rs.getInt(2), rs.getInt(3));
        });
        if (populations.isEmpty()) {
            return;
        }
        AccessScope administrator = new AccessScope(Role.DKK_ADMIN, null);
        List<TargetKind> kinds = catalog.targetKinds();
        YearMonth lastMonth = YearMonth.now(clock).minusMonths(1);
        int firstYear = lastMonth.minusMonths(DemoReportSeeder.MONTHS - 1L).getYear();
        for (int year = firstYear; year <= YearMonth.now(clock).getYear(); year++) {
            Map<String, String> cells = new LinkedHashMap<>();
            for (Map.Entry<Long, TreeMap<Integer, Integer>> puskesmas : populations.entrySet()) {
                int population = nearest(puskesmas.getValue(), year);
                for (TargetKind kind : kinds) {
                    Double share = SHARE_OF_POPULATION.get(kind.code());
                    if (share != null) {
                        cells.put(TargetGrid.cell(puskesmas.getKey(), kind.id()),
                                String.valueOf(Math.round(population * share)));
                    }
                }
            }
            targets.save(administrator, year, targets.version(year), cells);
        }
        log.info("Demo annual targets for {} puskesmas, {} to {}", populations.size(), firstYear,
                YearMonth.now(clock).getYear());
    }

    private static int nearest(TreeMap<Integer, Integer> byYear, int year) {
        Map.Entry<Integer, Integer> floor = byYear.floorEntry(year);
        return floor != null ? floor.getValue() : byYear.ceilingEntry(year).getValue();
    }
}
