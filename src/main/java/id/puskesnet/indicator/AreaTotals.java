package id.puskesnet.indicator;

import java.util.HashMap;
import java.util.Map;

/** What the networks of an area (a kecamatan, the city, one network) add up to. */
final class AreaTotals {

    private final Sums yearToDate = new Sums();
    private final Sums month = new Sums();
    private final Map<Long, Long> targets = new HashMap<>();
    private final Map<Long, Integer> activeWithTarget = new HashMap<>();
    private int activeNetworks;

    void add(NetworkInfo network, Sums[] sums, Map<Long, Long> networkTargets) {
        if (sums != null) {
            yearToDate.addAll(sums[0]);
            month.addAll(sums[1]);
        }
        networkTargets.forEach((kind, amount) -> {
            targets.merge(kind, amount, Long::sum);
            if (network.active()) {
                activeWithTarget.merge(kind, 1, Integer::sum);
            }
        });
        if (network.active()) {
            activeNetworks++;
        }
    }

    /**
     * The area as a whole, from its own sums (January to the month, and the month), its target totals per kind
     * ({total, active networks with one}) and its number of active networks.
     */
    void addArea(Sums areaYearToDate, Sums areaMonth, Map<Long, long[]> targetTotals, int activeNetworkCount) {
        yearToDate.addAll(areaYearToDate);
        month.addAll(areaMonth);
        targetTotals.forEach((kind, total) -> {
            targets.merge(kind, total[0], Long::sum);
            activeWithTarget.merge(kind, (int) total[1], Integer::sum);
        });
        activeNetworks += activeNetworkCount;
    }

    Figure figure(IndicatorDefinition d, int monthOfYear) {
        Sums sums = d.cumulation() == Cumulation.YEAR_TO_DATE ? yearToDate : month;
        return FigureMath.figure(d, sums, target(d), missing(d), monthOfYear);
    }

    Long target(IndicatorDefinition d) {
        return d.targetDenominator() ? targets.get(d.denominatorTargetKindId()) : null;
    }

    int missing(IndicatorDefinition d) {
        return d.targetDenominator()
                ? activeNetworks - activeWithTarget.getOrDefault(d.denominatorTargetKindId(), 0) : 0;
    }

    boolean hasData() {
        return !yearToDate.isEmpty() || !targets.isEmpty();
    }
}
