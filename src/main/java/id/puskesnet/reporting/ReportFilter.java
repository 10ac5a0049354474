package id.puskesnet.reporting;

import java.time.YearMonth;

/**
 * Filters of the report list; null means "any".
 *
 * @param networkId the puskesmas whose network the reports belong to
 * @param awaiting  only reports waiting for the user's decision: verification for a puskesmas, acceptance for
 *                  the DKK, correction or submission for the facility itself
 */
public record ReportFilter(YearMonth period, ReportStatus status, Long facilityId, Long networkId, boolean awaiting) {

    public static ReportFilter none() {
        return new ReportFilter(null, null, null, null, false);
    }
}
