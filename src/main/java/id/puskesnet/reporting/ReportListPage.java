package id.puskesnet.reporting;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;

/**
 * What the report list shows, read in one transaction: a page of reports, how far their count went, the facilities
 * and networks its filter offers (empty where there are too many to list, and the filter asks for a code instead),
 * and whether the user files reports of their own.
 *
 * @param countLimit the count stopped past this many reports: a total above it means "more than countLimit"
 */
public record ReportListPage(Page<ReportSummary> reports, long countLimit,
                             Optional<List<ReportingUnit>> facilityChoices,
                             Optional<List<ReportingUnit>> networkChoices, boolean mayFile) {

    /** Whether there are more matching reports than were counted. */
    public boolean countCapped() {
        return reports.getTotalElements() > countLimit;
    }
}
