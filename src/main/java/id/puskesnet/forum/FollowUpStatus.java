package id.puskesnet.forum;

/** Where a follow-up stands; labels are {@code FollowUpStatus.X} in the message files. */
public enum FollowUpStatus {
    OPEN,
    IN_PROGRESS,
    DONE,
    /** Dropped, always with a reason. */
    CANCELLED;

    /** Still to be carried out: open or in progress. Only these can be overdue or come up for review. */
    public boolean isOpen() {
        return this == OPEN || this == IN_PROGRESS;
    }
}
