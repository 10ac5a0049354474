package id.puskesnet.facility;

import java.time.LocalDate;

/** State of a partner's licence (izin operasional / SIP) on a given day. */
public enum LicenceStatus {
    NONE,
    VALID,
    EXPIRING,
    EXPIRED;

    /** Licences expiring within this many days are flagged. */
    public static final int WARNING_DAYS = 60;

    public static LicenceStatus of(LocalDate expiry, LocalDate today) {
        if (expiry == null) {
            return NONE;
        }
        if (expiry.isBefore(today)) {
            return EXPIRED;
        }
        return expiry.isAfter(today.plusDays(WARNING_DAYS)) ? VALID : EXPIRING;
    }

    public boolean needsAttention() {
        return this == EXPIRING || this == EXPIRED;
    }
}
