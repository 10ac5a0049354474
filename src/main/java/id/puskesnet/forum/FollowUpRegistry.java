package id.puskesnet.forum;

import java.time.Clock;
import java.time.LocalDate;

import id.puskesnet.access.AccessScope;
import id.puskesnet.access.CurrentUser;
import id.puskesnet.audit.AuditAction;
import id.puskesnet.audit.AuditLog;
import id.puskesnet.audit.Changes;
import id.puskesnet.forum.domain.FollowUp;
import id.puskesnet.forum.domain.FollowUpNote;
import id.puskesnet.forum.domain.FollowUpRepository;
import id.puskesnet.forum.domain.Forum;
import id.puskesnet.forum.domain.ForumRepository;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Carries follow-ups to done: dated progress notes with status changes, reviews at a later forum of the same
 * puskesmas, and evidence. Only the follow-up's own puskesmas changes it; every change is audited.
 */
@Service
@Transactional
public class FollowUpRegistry {

    public static final String AUDIT_TYPE = "FOLLOW_UP";
    static final String SYSTEM_AUTHOR = "system";

    private final FollowUpRepository followUps;
    private final ForumRepository forums;
    private final AuditLog audit;
    private final Clock clock;

    FollowUpRegistry(FollowUpRepository followUps, ForumRepository forums, AuditLog audit, Clock clock) {
        this.followUps = followUps;
        this.forums = forums;
        this.audit = audit;
        this.clock = clock;
    }

    /** Records progress on the follow-up's page: what was done on which day, and the status after it. */
    public void recordProgress(AccessScope scope, long id, int version, ProgressData data) {
        FollowUp u = managed(scope, id, version);
        Violations violations = new Violations();
        if (data.notedOn() == null) {
            violations.add("notedOn", "followUp.notedOn.required");
        } else if (data.notedOn().isAfter(LocalDate.now(clock))) {
            violations.add("notedOn", "followUp.notedOn.future");
        } else if (data.notedOn().isBefore(u.getForum().getHeldOn())) {
            violations.add("notedOn", "followUp.notedOn.beforeForum");
        }
        checkStatus(data.status(), data.note(), violations);
        if (data.status() == u.getStatus() && blank(data.note())) {
            violations.add("note", "followUp.progress.empty");
        }
        violations.throwIfAny();
        addNote(u, data.notedOn(), data.status(), data.note(), null);
    }

    /**
     * Records that a later forum of the same puskesmas reviewed the follow-up, with its status after the review
     * and what was said (the reason, when cancelled). The note carries the forum's date.
     */
    public void review(AccessScope scope, long forumId, long followUpId, int version, FollowUpStatus status,
                       String note) {
        Forum forum = forums.findById(forumId).orElseThrow(() -> new ForumNotFoundException(forumId));
        ForumAccess.requireManaging(scope, forum.getPuskesmasId());
        FollowUp u = managed(scope, followUpId, version);
        Forum origin = u.getForum();
        boolean earlier = origin.getHeldOn().isBefore(forum.getHeldOn())
                || origin.getHeldOn().equals(forum.getHeldOn()) && origin.getId() < forum.getId();
        Violations violations = new Violations();
        if (!earlier) {
            violations.add(null, "forum.review.notEarlier");
        }
        checkStatus(status, note, violations);
        violations.throwIfAny();
        addNote(u, forum.getHeldOn(), status, note, forum);
    }

    /** Records the evidence: a text or a link to photos, attendance lists, reports. */
    public void setEvidence(AccessScope scope, long id, int version, String evidence) {
        FollowUp u = managed(scope, id, version);
        Changes changes = Changes.of().field("followUp.audit.evidence", u.getEvidence(), evidence);
        if (changes.isEmpty()) {
            return;
        }
        u.setEvidence(evidence);
        audit.record(AUDIT_TYPE, id, AuditAction.UPDATE, changes.list());
    }

    private FollowUp managed(AccessScope scope, long id, int version) {
        ForumAccess.requireBrowsing(scope);
        FollowUp u = followUps.findById(id).orElseThrow(() -> new FollowUpNotFoundException(id));
        ForumAccess.requireManaging(scope, u.getForum().getPuskesmasId());
        if (u.getVersion() != version) {
            throw new OptimisticLockingFailureException("Follow-up " + id + " was changed by someone else");
        }
        return u;
    }

    private static void checkStatus(FollowUpStatus status, String note, Violations violations) {
        if (status == null) {
            violations.add("status", "followUp.status.required");
        } else if (status == FollowUpStatus.CANCELLED && blank(note)) {
            violations.add("note", "followUp.cancel.reasonRequired");
        }
    }

    private void addNote(FollowUp u, LocalDate notedOn, FollowUpStatus status, String note, Forum reviewForum) {
        FollowUpStatus before = u.getStatus();
        FollowUpNote n = new FollowUpNote();
        n.setFollowUp(u);
        n.setNotedOn(notedOn);
        n.setNote(blank(note) ? null : note.strip());
        n.setStatusBefore(before);
        n.setStatusAfter(status);
        n.setReviewForum(reviewForum);
        n.setAuthor(currentUsername());
        n.setCreatedAt(clock.instant());
        u.getNotes().add(n);
        Changes changes = Changes.of()
                .field("followUp.audit.status", before, status)
                .field("followUp.audit.reviewedIn", null, reviewForum == null ? null
                        : "#" + reviewForum.getId() + " " + reviewForum.getHeldOn() + " " + reviewForum.getType())
                .field("followUp.audit.note", null, n.getNote());
        String cancelReason = status == FollowUpStatus.CANCELLED ? n.getNote() : null;
        changes.field("followUp.audit.cancelReason", u.getCancelReason(), cancelReason);
        u.setCancelReason(cancelReason);
        if (status.isOpen()) {
            u.setClosedOn(null);
        } else if (status != before) {
            u.setClosedOn(notedOn);
        }
        u.setStatus(status);
        audit.record(AUDIT_TYPE, u.getId(), AuditAction.UPDATE, changes.list());
    }

    private static String currentUsername() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof CurrentUser user
                ? user.getUsername() : SYSTEM_AUTHOR;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
