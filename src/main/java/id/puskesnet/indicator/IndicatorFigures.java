package id.puskesnet.indicator;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import id.puskesnet.access.AccessScope;
import id.puskesnet.access.Role;
import id.puskesnet.common.NotFoundException;
import id.puskesnet.facility.FacilityService;
import id.puskesnet.facility.KecamatanOption;
import id.puskesnet.indicator.RollupReader.Area;
import id.puskesnet.program.ProgramCatalog;
import id.puskesnet.program.ProgramOption;
import id.puskesnet.reporting.CompletenessCounts;
import id.puskesnet.reporting.CompletenessReport;
import id.puskesnet.reporting.DataElementCatalog;
import id.puskesnet.reporting.NetworkContributions;
import id.puskesnet.reporting.NetworkContributions.MonthReport;
import id.puskesnet.reporting.ReportingCompleteness;
import id.puskesnet.reporting.ReportingOptions;
import id.puskesnet.reporting.ReportingUnit;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes every figure the dashboards and their exports show, so the same number is the same everywhere.
 * Figures are read from the monthly rollups, which the reporting module changes in the transaction that
 * changes a report's status: a report accepted a moment ago is in the next request's figures.
 * <p>
 * Which reports count: final figures count reports accepted by the DKK; provisional (sementara) figures add
 * reports verified by their puskesmas (or submitted by a puskesmas for itself) and not accepted yet.
 * <p>
 * A city or kecamatan dashboard is a fixed number of statements whatever the number of puskesmas.
 */
@Service
@Transactional(readOnly = true)
public class IndicatorFigures {

    /** Sorts the ranking by puskesmas name instead of an indicator. */
    public static final String SORT_BY_NAME = "name";

    private final IndicatorCatalog catalog;
    private final ProgramCatalog programs;
    private final RollupReader reader;
    private final FacilityService facilities;
    private final ReportingCompleteness completeness;
    private final NetworkContributions contributions;
    private final ReportingOptions reportingOptions;
    private final DataElementCatalog elements;

    IndicatorFigures(IndicatorCatalog catalog, ProgramCatalog programs, RollupReader reader, FacilityService facilities,
                     ReportingCompleteness completeness, NetworkContributions contributions,
                     ReportingOptions reportingOptions, DataElementCatalog elements) {
        this.catalog = catalog;
        this.programs = programs;
        this.reader = reader;
        this.facilities = facilities;
        this.completeness = completeness;
        this.contributions = contributions;
        this.reportingOptions = reportingOptions;
        this.elements = elements;
    }

    /** The city's (or one kecamatan's) dashboard, for the DKK. */
    public CityDashboard city(AccessScope scope, DashboardQuery query) {
        if (!scope.cityWide()) {
            throw new AccessDeniedException("The city dashboard is for the DKK");
        }
        String kecamatanName = null;
        if (query.kecamatanId() != null) {
            kecamatanName = facilities.allKecamatanOptions().stream()
                    .filter(k -> k.id() == query.kecamatanId()).map(KecamatanOption::name).findFirst()
                    .orElseThrow(() -> new NotFoundException("kecamatan " + query.kecamatanId()));
        }
        YearMonth month = query.month();
        Shown shown = shown(query.programId());
        Area area = Area.kecamatan(query.kecamatanId());
        List<NetworkInfo> networks = reader.networks(area);
        Map<Long, Sums[]> sums = reader.sumsByNetwork(month, shown.elementIds(), area);
        Map<Long, Map<Long, Long>> targets = reader.targets(month.getYear(), area);
        Sums[] byMonth = reader.sumsByMonth(month, shown.elementIds(), area);

        CompletenessReport reporting = completeness.of(scope, month, query.kecamatanId());
        Map<Long, CompletenessCounts> reportingByNetwork = new HashMap<>();
        reporting.rows().forEach(r -> reportingByNetwork.put(r.networkId(), r.month()));

        AreaTotals city = new AreaTotals();
        Map<Long, AreaTotals> byKecamatan = new LinkedHashMap<>();
        Map<Long, String> kecamatanNames = new HashMap<>();
        Map<Long, Integer> kecamatanCounts = new HashMap<>();
        List<RankingRow> rows = new ArrayList<>();
        for (NetworkInfo network : networks) {
            AreaTotals own = new AreaTotals();
            Map<Long, Long> networkTargets = targets.getOrDefault(network.id(), Map.of());
            own.add(network, sums.get(network.id()), networkTargets);
            city.add(network, sums.get(network.id()), networkTargets);
            byKecamatan.computeIfAbsent(network.kecamatanId(), k -> new AreaTotals())
                    .add(network, sums.get(network.id()), networkTargets);
            kecamatanNames.put(network.kecamatanId(), network.kecamatanName());
            if (network.active() || own.hasData()) {
                kecamatanCounts.merge(network.kecamatanId(), 1, Integer::sum);
                rows.add(new RankingRow(0, network, figures(shown.indicators(), own, month),
                        reportingByNetwork.getOrDefault(network.id(), CompletenessCounts.ZERO)));
            }
        }
        List<AreaFigures> kecamatanRows = new ArrayList<>();
        if (query.kecamatanId() == null) {
            byKecamatan.forEach((id, totals) -> kecamatanRows.add(new AreaFigures(id, kecamatanNames.get(id),
                    kecamatanCounts.getOrDefault(id, 0), figures(shown.indicators(), totals, month))));
        }
        IndicatorDefinition sortIndicator = SORT_BY_NAME.equals(query.sort()) ? null
                : shown.indicators().stream().filter(d -> d.code().equals(query.sort())).findFirst()
                .orElse(shown.indicators().isEmpty() ? null : shown.indicators().get(0));
        return new CityDashboard(month, query.kecamatanId(), kecamatanName, shown.indicators(),
                programFigures(shown, byMonth, city, month), kecamatanRows, ranked(rows, sortIndicator),
                sortIndicator, reporting);
    }

    /** One puskesmas network's dashboard: the DKK sees every one, a puskesmas user only their own. */
    public PuskesmasDashboard puskesmas(AccessScope scope, long puskesmasId, DashboardQuery query) {
        if (!scope.cityWide() && !Objects.equals(scope.puskesmasId(), puskesmasId)) {
            throw new NotFoundException("puskesmas " + puskesmasId);
        }
        Area area = Area.network(puskesmasId);
        NetworkInfo network = reader.networks(area).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("puskesmas " + puskesmasId));
        YearMonth month = query.month();
        Shown shown = shown(query.programId());
        Sums[] byMonth = reader.sumsByMonth(month, shown.elementIds(), area);
        Map<Long, Long> networkTargets = reader.targets(month.getYear(), area).getOrDefault(puskesmasId, Map.of());
        AreaTotals totals = new AreaTotals();
        totals.add(network, null, networkTargets);

        Set<Long> programIds = new LinkedHashSet<>();
        shown.indicators().forEach(d -> programIds.add(d.programId()));
        List<TargetValue> targetValues = catalog.targetKinds().stream()
                .filter(k -> programIds.contains(k.programId()))
                .map(k -> new TargetValue(k, networkTargets.get(k.id()))).toList();

        List<PartnerRow> partners = new ArrayList<>();
        for (NetworkContributions.Contribution c : contributions.of(scope, puskesmasId, month)) {
            Map<Long, PartnerShare> shares = new HashMap<>();
            for (IndicatorDefinition d : shown.indicators()) {
                Map<Long, long[]> amounts = d.cumulation() == Cumulation.YEAR_TO_DATE ? c.yearToDate() : c.month();
                long accepted = 0;
                long provisional = 0;
                for (Long element : d.numeratorElementIds()) {
                    long[] cell = amounts.get(element);
                    if (cell != null) {
                        accepted += cell[0];
                        provisional += cell[0] + cell[1];
                    }
                }
                shares.put(d.id(), new PartnerShare(accepted, provisional));
            }
            partners.add(new PartnerRow(c.facilityId(), c.code(), c.name(), c.type(), c.reportId(), c.status(), shares));
        }
        // The network's own scope: completeness of this one network, whoever looks at it.
        CompletenessReport reporting = completeness.of(new AccessScope(Role.PUSKESMAS_STAFF, puskesmasId), month, null);
        return new PuskesmasDashboard(network, month, shown.indicators(), programFigures(shown, byMonth, totals, month),
                targetValues, partners, reporting);
    }

    /** A partner facility's own reports of the year to the month, with what of them counts. */
    public OwnFigures own(AccessScope scope, YearMonth month) {
        if (scope.role() != Role.PARTNER) {
            throw new AccessDeniedException("Own figures are the page of partner facilities");
        }
        ReportingUnit unit = reportingOptions.ownUnitToFile(scope)
                .orElseThrow(() -> new NotFoundException("facility " + scope.facilityId()));
        List<MonthReport> reports = contributions.ownYear(scope, month);
        Map<Long, Long> accepted = new HashMap<>();
        Map<Long, Long> submitted = new HashMap<>();
        for (MonthReport report : reports) {
            if (!report.status().received()) {
                continue;
            }
            report.amounts().forEach((element, amount) -> {
                submitted.merge(element, amount.longValue(), Long::sum);
                if (report.accepted()) {
                    accepted.merge(element, amount.longValue(), Long::sum);
                }
            });
        }
        return new OwnFigures(unit.name(), month, elements.reportedBy(unit.type()), reports, accepted, submitted);
    }

    private Shown shown(Long programId) {
        if (programId != null && programs.find(programId).isEmpty()) {
            throw new NotFoundException("program " + programId);
        }
        List<ProgramOption> programList = programs.all();
        Map<Long, Integer> programOrder = new HashMap<>();
        for (int i = 0; i < programList.size(); i++) {
            programOrder.put(programList.get(i).id(), i);
        }
        List<IndicatorDefinition> indicators = catalog.active().stream()
                .filter(d -> programId == null || d.programId() == programId)
                .filter(d -> programOrder.containsKey(d.programId()))
                .sorted(Comparator.comparing((IndicatorDefinition d) -> programOrder.get(d.programId()))
                        .thenComparing(IndicatorDefinition::sortOrder).thenComparing(IndicatorDefinition::code))
                .toList();
        Set<Long> elementIds = new LinkedHashSet<>();
        indicators.forEach(d -> elementIds.addAll(d.elementIds()));
        return new Shown(programList, indicators, elementIds);
    }

    private record Shown(List<ProgramOption> programs, List<IndicatorDefinition> indicators, Set<Long> elementIds) {
    }

    private static Map<Long, Figure> figures(List<IndicatorDefinition> indicators, AreaTotals totals, YearMonth month) {
        Map<Long, Figure> figures = new HashMap<>();
        indicators.forEach(d -> figures.put(d.id(), totals.figure(d, month.getMonthValue())));
        return figures;
    }

    private static List<ProgramFigures> programFigures(Shown shown, Sums[] byMonth, AreaTotals totals, YearMonth month) {
        List<ProgramFigures> result = new ArrayList<>();
        for (ProgramOption program : shown.programs()) {
            List<IndicatorResult> results = shown.indicators().stream().filter(d -> d.programId() == program.id())
                    .map(d -> result(d, byMonth, totals, month)).toList();
            if (!results.isEmpty()) {
                result.add(new ProgramFigures(program, results));
            }
        }
        return result;
    }

    private static IndicatorResult result(IndicatorDefinition d, Sums[] byMonth, AreaTotals totals, YearMonth month) {
        List<TrendPoint> trend = new ArrayList<>();
        Sums cumulative = new Sums();
        for (int i = 0; i < byMonth.length; i++) {
            cumulative.addAll(byMonth[i]);
            Sums sums = d.cumulation() == Cumulation.YEAR_TO_DATE ? cumulative : byMonth[i];
            trend.add(new TrendPoint(month.withMonth(i + 1),
                    FigureMath.figure(d, sums, totals.target(d), totals.missing(d), i + 1)));
        }
        return new IndicatorResult(d, trend.get(trend.size() - 1).figure(), trend);
    }

    /** Best first by the indicator (figures without a value last), then by name; numbered from 1. */
    private static List<RankingRow> ranked(List<RankingRow> rows, IndicatorDefinition by) {
        Comparator<RankingRow> byName = Comparator.comparing((RankingRow r) -> r.network().kecamatanName())
                .thenComparing(r -> r.network().name());
        Comparator<RankingRow> order = byName;
        if (by != null) {
            Comparator<BigDecimal> best = by.higherIsBetter() ? Comparator.reverseOrder() : Comparator.naturalOrder();
            order = Comparator.comparing((RankingRow r) -> r.figures().get(by.id()).value(),
                    Comparator.nullsLast(best)).thenComparing(r -> r.network().name());
        }
        List<RankingRow> sorted = rows.stream().sorted(order).toList();
        List<RankingRow> numbered = new ArrayList<>(sorted.size());
        for (int i = 0; i < sorted.size(); i++) {
            RankingRow r = sorted.get(i);
            numbered.add(new RankingRow(i + 1, r.network(), r.figures(), r.completeness()));
        }
        return numbered;
    }
}
