package id.puskesnet.indicator;

import java.time.YearMonth;
import java.util.List;

import id.puskesnet.reporting.CompletenessReport;

/**
 * The DKK's dashboard for the city or one kecamatan: figures per program with their trends, the kecamatan
 * (for the city), the ranking of puskesmas networks, and reporting completeness.
 *
 * @param kecamatanName null for the whole city
 * @param sortIndicator the indicator the ranking is sorted by; null when sorted by name
 */
public record CityDashboard(YearMonth month, Long kecamatanId, String kecamatanName, List<IndicatorDefinition> indicators,
                            List<ProgramFigures> programs, List<AreaFigures> kecamatanRows, List<RankingRow> ranking,
                            IndicatorDefinition sortIndicator, CompletenessReport completeness) {

    public CityDashboard {
        indicators = List.copyOf(indicators);
        programs = List.copyOf(programs);
        kecamatanRows = List.copyOf(kecamatanRows);
        ranking = List.copyOf(ranking);
    }
}
