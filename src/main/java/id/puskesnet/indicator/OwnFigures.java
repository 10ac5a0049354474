package id.puskesnet.indicator;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import id.puskesnet.reporting.DataElementOption;
import id.puskesnet.reporting.NetworkContributions.MonthReport;

/**
 * A partner facility's own figures for the year to the month: its reports with their counts, what the DKK has
 * accepted of them (counted in every dashboard) and what it has sent in all (element id → total).
 */
public record OwnFigures(String facilityName, YearMonth month, List<DataElementOption> elements,
                         List<MonthReport> reports, Map<Long, Long> acceptedTotals, Map<Long, Long> submittedTotals) {

    public OwnFigures {
        elements = List.copyOf(elements);
        reports = List.copyOf(reports);
        acceptedTotals = Map.copyOf(acceptedTotals);
        submittedTotals = Map.copyOf(submittedTotals);
    }
}
