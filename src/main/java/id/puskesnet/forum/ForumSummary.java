package id.puskesnet.forum;

import java.time.LocalDate;

/** One row of the forum list. */
public record ForumSummary(long id, long puskesmasId, String puskesmasName, ForumType type, LocalDate heldOn,
                           String place, String chair, long attendeeCount, long followUpCount,
                           long openFollowUpCount) {
}
