package id.puskesnet.indicator;

import java.time.YearMonth;
import java.util.List;

import id.puskesnet.reporting.CompletenessReport;
import org.springframework.data.domain.Page;

/**
 * The DKK's dashboard for the city or one kecamatan: figures per program with their trends, a page of the
 * kecamatan table (for the city), a page of the ranking of puskesmas networks, and reporting completeness.
 *
 * @param kecamatanName null for the whole city
 * @param kecamatanRows empty for a kecamatan's dashboard
 * @param sortIndicator the indicator the ranking is sorted by; null when sorted by name
 */
public record CityDashboard(YearMonth month, Long kecamatanId, String kecamatanName, List<IndicatorDefinition> indicators,
                            List<ProgramFigures> programs, Page<AreaFigures> kecamatanRows, Page<RankingRow> ranking,
                            IndicatorDefinition sortIndicator, CompletenessReport completeness) {

    public CityDashboard {
        indicators = List.copyOf(indicators);
        programs = List.copyOf(programs);
    }
}
