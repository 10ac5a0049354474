package id.puskesnet.reporting;

import java.time.Instant;

/** An issued token as the administrator's list shows it (never the token itself). */
public record ApiTokenSummary(long id, long facilityId, String facilityName, String label, Instant createdAt,
                              String createdBy, Instant lastUsedAt, Instant revokedAt, String revokedBy) {

    public boolean active() {
        return revokedAt == null;
    }
}
