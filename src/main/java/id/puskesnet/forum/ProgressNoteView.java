package id.puskesnet.forum;

import java.time.LocalDate;

/** A dated progress note; the review forum is set when a later forum reviewed the follow-up. */
public record ProgressNoteView(long id, LocalDate notedOn, String note, FollowUpStatus statusBefore,
                               FollowUpStatus statusAfter, Long reviewForumId, ForumType reviewForumType,
                               LocalDate reviewForumHeldOn, String author) {

    public boolean statusChanged() {
        return statusBefore != statusAfter;
    }
}
