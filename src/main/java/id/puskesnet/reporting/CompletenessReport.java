package id.puskesnet.reporting;

import java.time.YearMonth;
import java.util.List;

/**
 * Completeness and timeliness for a month and for the year to that month, per puskesmas network and for all
 * networks shown.
 */
public record CompletenessReport(YearMonth month, List<Row> rows, CompletenessCounts totalMonth,
                                 CompletenessCounts totalYearToDate) {

    /** One puskesmas network: the puskesmas and its partners. */
    public record Row(long networkId, String networkName, String kecamatan, CompletenessCounts month,
                      CompletenessCounts yearToDate) {
    }
}
