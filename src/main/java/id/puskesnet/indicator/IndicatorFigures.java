package id.puskesnet.indicator;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;

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
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
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

    /** The city's (or one kecamatan's) dashboard, for the DKK, with every kecamatan and every network. */
    public CityDashboard city(AccessScope scope, DashboardQuery query) {
        return city(scope, query, Pageable.unpaged(), Pageable.unpaged());
    }

    /**
     * The city's (or one kecamatan's) dashboard, for the DKK: the area's figures from the city (or kecamatan)
     * sums, one page of the kecamatan table (by name) and one page of the network ranking. Only the ranking's
     * sort indicator is read for every network; the rows shown are read in full. A fixed number of statements,
     * and memory for one page, whatever the number of puskesmas.
     */
    public CityDashboard city(AccessScope scope, DashboardQuery query, Pageable kecamatanPage, Pageable rankingPage) {
        CityView view = cityView(scope, query);
        YearMonth month = query.month();
        Area area = view.area();

        List<Long> kecamatanIds = view.kecamatanIds();
        List<Long> shownKecamatans = query.kecamatanId() == null ? slice(kecamatanIds, kecamatanPage) : List.of();
        List<NetworkInfo> shownNetworks = slice(view.ranked(), rankingPage);
        Set<Long> read = new LinkedHashSet<>();
        shownNetworks.forEach(n -> read.add(n.id()));
        Set<Long> kecamatanSet = new HashSet<>(shownKecamatans);
        view.networks().stream().filter(n -> kecamatanSet.contains(n.kecamatanId())).forEach(n -> read.add(n.id()));
        Map<Long, Sums[]> sums = reader.sumsByNetwork(month, view.shown().elementIds(), read);
        Map<Long, Map<Long, Long>> targets = reader.targets(month.getYear(), read);

        Map<Long, AreaTotals> byKecamatan = new LinkedHashMap<>();
        shownKecamatans.forEach(id -> byKecamatan.put(id, new AreaTotals()));
        for (NetworkInfo network : view.networks()) {
            AreaTotals kecamatan = byKecamatan.get(network.kecamatanId());
            if (kecamatan != null) {
                kecamatan.add(network, sums.get(network.id()), targets.getOrDefault(network.id(), Map.of()));
            }
        }
        List<AreaFigures> kecamatanRows = new ArrayList<>();
        byKecamatan.forEach((id, totals) -> kecamatanRows.add(new AreaFigures(id, view.kecamatanNames().get(id),
                view.kecamatanCounts().getOrDefault(id, 0), figures(view.shown().indicators(), totals, month))));

        CompletenessReport reporting = completeness.of(scope, month, query.kecamatanId(),
                shownNetworks.stream().map(NetworkInfo::id).toList());
        List<RankingRow> rows = rankingRows(view, shownNetworks, rankingPage, sums, targets, reporting.rows());

        Sums[] byMonth = reader.sumsByMonth(month, view.shown().elementIds(), area);
        return new CityDashboard(month, query.kecamatanId(), view.kecamatanName(), view.shown().indicators(),
                programFigures(view.shown(), byMonth, wholeArea(view, byMonth), month),
                page(kecamatanRows, kecamatanPage, query.kecamatanId() == null ? kecamatanIds.size() : 0),
                page(rows, rankingPage, view.ranked().size()), view.sortIndicator(), reporting);
    }

    /** The city's (or one kecamatan's) figures per program with their trends, without the tables. */
    public List<ProgramFigures> cityPrograms(AccessScope scope, DashboardQuery query) {
        CityView view = cityView(scope, query);
        YearMonth month = query.month();
        Sums[] byMonth = reader.sumsByMonth(month, view.shown().elementIds(), view.area());
        return programFigures(view.shown(), byMonth, wholeArea(view, byMonth), month);
    }

    /** The area as a whole: its sums per month (January first), its target totals and its active networks. */
    private AreaTotals wholeArea(CityView view, Sums[] byMonth) {
        Sums yearToDate = new Sums();
        for (Sums monthSums : byMonth) {
            yearToDate.addAll(monthSums);
        }
        AreaTotals whole = new AreaTotals();
        int active = (int) view.networks().stream().filter(NetworkInfo::active).count();
        whole.addArea(yearToDate, byMonth[byMonth.length - 1], reader.targetTotals(view.month().getYear(), view.area()),
                active);
        return whole;
    }

    /**
     * Every network of the ranking, best first, handed over a chunk at a time: the sums of every network are read
     * once (compactly), targets and rows a chunk at a time, so an export of thousands of puskesmas holds the sums and
     * one chunk of rows in memory.
     */
    public void eachRankingRow(AccessScope scope, DashboardQuery query, Consumer<RankingRow> rows) {
        CityView view = cityView(scope, query);
        YearMonth month = query.month();
        NetworkSums every = reader.sumsOfEveryNetwork(month, List.copyOf(view.shown().elementIds()), view.area());
        for (int from = 0; from < view.ranked().size(); from += EXPORT_CHUNK) {
            Pageable chunk = PageRequest.of(from / EXPORT_CHUNK, EXPORT_CHUNK);
            List<NetworkInfo> networks = slice(view.ranked(), chunk);
            List<Long> ids = networks.stream().map(NetworkInfo::id).toList();
            rankingRows(view, networks, chunk, every.of(ids), reader.targets(month.getYear(), ids),
                    completeness.rows(scope, month, query.kecamatanId(), ids)).forEach(rows);
        }
    }

    /** The indicators of the ranking of a city dashboard, as {@link #eachRankingRow} hands the rows over. */
    public List<IndicatorDefinition> rankingIndicators(Long programId) {
        return shown(programId).indicators();
    }

    private static final int EXPORT_CHUNK = 500;

    /** What a city or kecamatan dashboard is about, and its networks in ranking order. */
    private record CityView(YearMonth month, Area area, String kecamatanName, Shown shown, List<NetworkInfo> networks,
                            List<NetworkInfo> ranked, IndicatorDefinition sortIndicator, List<Long> kecamatanIds,
                            Map<Long, String> kecamatanNames, Map<Long, Integer> kecamatanCounts) {
    }

    /**
     * The city dashboard and its ranking are the DKK's: refused to anyone else. Pages that keep what these figures
     * render (and so do not ask for them on every request) check it first.
     */
    public static void requireCityWide(AccessScope scope) {
        if (!scope.cityWide()) {
            throw new AccessDeniedException("The city dashboard is for the DKK");
        }
    }

    private CityView cityView(AccessScope scope, DashboardQuery query) {
        requireCityWide(scope);
        YearMonth month = query.month();
        Shown shown = shown(query.programId());
        Area area = Area.kecamatan(query.kecamatanId());
        List<NetworkInfo> networks = reader.networks(area);
        String kecamatanName = null;
        if (query.kecamatanId() != null) {
            kecamatanName = !networks.isEmpty() ? networks.get(0).kecamatanName()
                    : facilities.allKecamatanOptions().stream()
                    .filter(k -> k.id() == query.kecamatanId()).map(KecamatanOption::name).findFirst()
                    .orElseThrow(() -> new NotFoundException("kecamatan " + query.kecamatanId()));
        }
        boolean anyInactive = networks.stream().anyMatch(n -> !n.active());
        Set<Long> inactiveShown = anyInactive ? reader.inactiveWithData(month, shown.elementIds(), area) : Set.of();

        List<Long> kecamatanIds = new ArrayList<>();
        Map<Long, String> kecamatanNames = new HashMap<>();
        Map<Long, Integer> kecamatanCounts = new HashMap<>();
        List<NetworkInfo> members = new ArrayList<>();
        for (NetworkInfo network : networks) {
            if (kecamatanNames.put(network.kecamatanId(), network.kecamatanName()) == null) {
                kecamatanIds.add(network.kecamatanId());
            }
            if (network.active() || inactiveShown.contains(network.id())) {
                kecamatanCounts.merge(network.kecamatanId(), 1, Integer::sum);
                members.add(network);
            }
        }
        IndicatorDefinition sortIndicator = SORT_BY_NAME.equals(query.sort()) ? null
                : shown.indicators().stream().filter(d -> d.code().equals(query.sort())).findFirst()
                .orElse(shown.indicators().isEmpty() ? null : shown.indicators().get(0));
        List<NetworkInfo> ranked = sortIndicator == null ? members : rankedBy(sortIndicator, members, month, area);
        return new CityView(month, area, kecamatanName, shown, networks, ranked, sortIndicator, kecamatanIds,
                kecamatanNames, kecamatanCounts);
    }

    /**
     * Best first by the indicator (networks without a value last), then by name. Only the value is computed for
     * each network (accepted numerator over denominator), from two numbers per network.
     */
    private List<NetworkInfo> rankedBy(IndicatorDefinition d, List<NetworkInfo> members, YearMonth month, Area area) {
        Map<Long, long[]> amounts = reader.rankingAmounts(month, d, d.cumulation() == Cumulation.YEAR_TO_DATE, area);
        Map<Long, Long> targets = d.targetDenominator()
                ? reader.targetsOfKind(month.getYear(), d.denominatorTargetKindId(), area) : Map.of();
        long[] none = new long[2];
        List<Ranked> values = new ArrayList<>(members.size());
        for (NetworkInfo network : members) {
            long[] cell = amounts.getOrDefault(network.id(), none);
            Long denominator = !d.unit().ratio() ? null : d.targetDenominator() ? targets.get(network.id()) : cell[1];
            values.add(new Ranked(network, FigureMath.value(d, cell[0], denominator)));
        }
        Comparator<BigDecimal> best = d.higherIsBetter() ? Comparator.reverseOrder() : Comparator.naturalOrder();
        values.sort(Comparator.comparing(Ranked::value, Comparator.nullsLast(best))
                .thenComparing(r -> r.network().name()));
        List<NetworkInfo> ranked = new ArrayList<>(values.size());
        values.forEach(r -> ranked.add(r.network()));
        return ranked;
    }

    /** A network with its value of the sort indicator (null: no value), for sorting without a lookup per comparison. */
    private record Ranked(NetworkInfo network, BigDecimal value) {
    }

    private static List<RankingRow> rankingRows(CityView view, List<NetworkInfo> networks, Pageable page,
                                                Map<Long, Sums[]> sums, Map<Long, Map<Long, Long>> targets,
                                                List<CompletenessReport.Row> reporting) {
        Map<Long, CompletenessCounts> reportingByNetwork = new HashMap<>();
        reporting.forEach(r -> reportingByNetwork.put(r.networkId(), r.month()));
        long first = page.isPaged() ? page.getOffset() : 0;
        List<RankingRow> rows = new ArrayList<>(networks.size());
        for (NetworkInfo network : networks) {
            AreaTotals own = new AreaTotals();
            own.add(network, sums.get(network.id()), targets.getOrDefault(network.id(), Map.of()));
            rows.add(new RankingRow((int) (first + rows.size() + 1), network,
                    figures(view.shown().indicators(), own, view.month()),
                    reportingByNetwork.getOrDefault(network.id(), CompletenessCounts.ZERO)));
        }
        return rows;
    }

    private static <T> List<T> slice(List<T> all, Pageable page) {
        if (page.isUnpaged()) {
            return all;
        }
        int from = (int) Math.min(page.getOffset(), all.size());
        return all.subList(from, Math.min(from + page.getPageSize(), all.size()));
    }

    private static <T> Page<T> page(List<T> content, Pageable page, long total) {
        return page.isUnpaged() ? new PageImpl<>(content) : new PageImpl<>(content, page, total);
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
}
