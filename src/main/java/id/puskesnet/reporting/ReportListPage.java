package id.puskesnet.reporting;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;

/**
 * What the report list shows, read in one transaction: a page of reports, the facilities and networks its filter
 * offers (empty where there are too many to list, and the filter asks for a code instead), and whether the user
 * files reports of their own.
 */
public record ReportListPage(Page<ReportSummary> reports, Optional<List<ReportingUnit>> facilityChoices,
                             Optional<List<ReportingUnit>> networkChoices, boolean mayFile) {
}
