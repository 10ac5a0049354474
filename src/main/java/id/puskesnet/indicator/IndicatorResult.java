package id.puskesnet.indicator;

import java.util.List;

/** An indicator's figure for the chosen month, and its trend from January. */
public record IndicatorResult(IndicatorDefinition definition, Figure figure, List<TrendPoint> trend) {

    public IndicatorResult {
        trend = List.copyOf(trend);
    }
}
