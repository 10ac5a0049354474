package id.puskesnet.forum;

import java.util.List;

import id.puskesnet.audit.AuditEntry;

/** A follow-up's page: the follow-up, its cancellation reason and evidence, its progress notes and history. */
public record FollowUpDetails(FollowUpSummary followUp, String cancelReason, String evidence,
                              List<ProgressNoteView> notes, List<AuditEntry> history, boolean canManage) {

    /** Evidence that is a web address is shown as a link; anything else (or another scheme) as text. */
    public boolean evidenceIsLink() {
        return evidence != null && evidence.matches("(?i)https?://\\S+");
    }
}
