package id.puskesnet.forum;

import java.time.LocalDate;

/** A progress update: the date it happened, the status after it, and what was done (the reason when cancelled). */
public record ProgressData(LocalDate notedOn, FollowUpStatus status, String note) {
}
