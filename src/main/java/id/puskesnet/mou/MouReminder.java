package id.puskesnet.mou;

import java.time.LocalDate;

/**
 * An MoU that needs action: it ends within {@value MouStatus#EXPIRING_DAYS} days or has expired, and is neither
 * renewed (by a signed agreement) nor terminated.
 *
 * @param ownerPuskesmasId null = an MoU of the DKK
 * @param daysLeft         days until the end date; 0 = ends today, negative = expired that many days ago
 */
public record MouReminder(long mouId, String number, String title, Long ownerPuskesmasId, String ownerName,
                          LocalDate endsOn, long daysLeft) {

    public boolean expired() {
        return daysLeft < 0;
    }
}
