package id.puskesnet.mou;

import java.time.LocalDate;

/**
 * Where an MoU stands, derived from its dates and never stored; labels are {@code MouStatus.X} in the message
 * files.
 */
public enum MouStatus {
    /** Not signed yet, or no start date: still being prepared. */
    DRAFT("secondary"),
    /** Signed, starts later (typically a renewal signed before the old agreement ends). */
    UPCOMING("info"),
    /** In force, with more than {@value #EXPIRING_DAYS} days left or no end date. */
    ACTIVE("success"),
    /** In force and ends within {@value #EXPIRING_DAYS} days (or today). */
    EXPIRING("warning"),
    /** Its end date has passed. */
    EXPIRED("danger"),
    /** Ended by the parties with a reason: early, or closed after expiry without renewal. */
    TERMINATED("dark");

    /** An agreement ending within this many days is expiring: the time a renewal usually takes. */
    public static final int EXPIRING_DAYS = 90;

    private final String tone;

    MouStatus(String tone) {
        this.tone = tone;
    }

    public static MouStatus of(LocalDate signedOn, LocalDate startsOn, LocalDate endsOn, LocalDate terminatedOn,
                               LocalDate today) {
        if (terminatedOn != null) {
            return TERMINATED;
        }
        if (signedOn == null || startsOn == null) {
            return DRAFT;
        }
        if (today.isBefore(startsOn)) {
            return UPCOMING;
        }
        if (endsOn == null) {
            return ACTIVE;
        }
        if (endsOn.isBefore(today)) {
            return EXPIRED;
        }
        return endsOn.isAfter(today.plusDays(EXPIRING_DAYS)) ? ACTIVE : EXPIRING;
    }

    /** The Bootstrap colour the pages show the status in ({@code text-bg-<tone>}). */
    public String tone() {
        return tone;
    }
}
