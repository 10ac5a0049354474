package id.puskesnet.reporting;

/** Where a monthly report stands. A returned report goes back to its facility, which corrects and resubmits it. */
public enum ReportStatus {
    DRAFT,
    SUBMITTED,
    RETURNED,
    VERIFIED,
    ACCEPTED;

    /** The facility may still change the figures. */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }

    /** How a status badge looks: accepted green, verified blue, submitted light blue, returned red, a draft grey. */
    public String tone() {
        return switch (this) {
            case ACCEPTED -> "success";
            case VERIFIED -> "primary";
            case SUBMITTED -> "info";
            case RETURNED -> "danger";
            case DRAFT -> "secondary";
        };
    }

    /** The report has reached the puskesmas at least once (counts as received for completeness). */
    public boolean received() {
        return this == SUBMITTED || this == VERIFIED || this == ACCEPTED;
    }
}
