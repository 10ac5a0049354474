package id.puskesnet.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/** A report as its page shows it, with what the current user may do with it. */
public record ReportView(long id, ReportingUnit facility, long networkPuskesmasId, String networkName,
                         LocalDate period, ReportStatus status, Map<Long, Integer> amounts,
                         Instant createdAt, String createdBy, Instant firstSubmittedAt, Instant submittedAt,
                         String submittedBy, Instant verifiedAt, String verifiedBy, Instant acceptedAt,
                         String acceptedBy, Instant returnedAt, String returnedBy, String returnReason,
                         LocalDate dueDate, boolean onTime, int version, Permissions may) {

    /** What the current user may do with the report now. */
    public record Permissions(boolean edit, boolean verify, boolean accept, boolean returnIt) {
    }

    public boolean ownPuskesmasReport() {
        return facility.id() == networkPuskesmasId;
    }
}
