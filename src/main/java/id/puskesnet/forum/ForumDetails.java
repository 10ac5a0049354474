package id.puskesnet.forum;

import java.time.LocalDate;
import java.util.List;

import id.puskesnet.audit.AuditEntry;

/**
 * A forum's page and printable minutes. {@code reviews}: what this forum reviewed of earlier follow-ups;
 * {@code openForReview}: earlier follow-ups still open and not reviewed here yet.
 */
public record ForumDetails(long id, long puskesmasId, String puskesmasName, ForumType type, LocalDate heldOn,
                           String place, String chair, String notes, List<AttendeeView> attendees,
                           List<AgendaItemView> agendaItems, List<FollowUpSummary> followUps,
                           List<ForumReview> reviews, List<FollowUpSummary> openForReview,
                           List<AuditEntry> history, boolean canManage, int version) {

    /** How many attendees came for an institution. */
    public long institutionAttendeeCount() {
        return attendees.stream().filter(a -> a.kind() == AttendeeKind.INSTITUTION).count();
    }

    /** How many different sectors the attending institutions belong to. */
    public long sectorCount() {
        return attendees.stream().filter(a -> a.kind() == AttendeeKind.INSTITUTION).map(AttendeeView::sector)
                .distinct().count();
    }
}
