package id.puskesnet.reporting;

import java.time.Instant;
import java.time.LocalDate;

/** A row of the report list. */
public record ReportSummary(long id, long facilityId, String facilityName, String facilityType, String networkName,
                            LocalDate period, ReportStatus status, Instant firstSubmittedAt, boolean onTime,
                            Instant updatedAt) {
}
