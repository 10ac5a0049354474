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

    /** The report has reached the puskesmas at least once (counts as received for completeness). */
    public boolean received() {
        return this == SUBMITTED || this == VERIFIED || this == ACCEPTED;
    }
}
