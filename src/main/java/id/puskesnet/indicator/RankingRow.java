package id.puskesnet.indicator;

import java.util.Map;

import id.puskesnet.reporting.CompletenessCounts;

/** One puskesmas network in the ranking: its figures by indicator id and its reporting completeness that month. */
public record RankingRow(int rank, NetworkInfo network, Map<Long, Figure> figures, CompletenessCounts completeness) {

    public RankingRow {
        figures = Map.copyOf(figures);
    }
}
