package id.puskesnet.forum;

import java.time.LocalDate;

/** Filters of the forum list; every field is optional, dates inclusive. */
public record ForumFilter(Long puskesmasId, ForumType type, LocalDate heldFrom, LocalDate heldTo, Long programId) {

    public static ForumFilter none() {
        return new ForumFilter(null, null, null, null, null);
    }
}
