package id.puskesnet.forum;

/** A follow-up of an earlier forum as a later forum reviewed it: the follow-up now, and the review note. */
public record ForumReview(FollowUpSummary followUp, ProgressNoteView review) {
}
