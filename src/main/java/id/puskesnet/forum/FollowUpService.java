package id.puskesnet.forum;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import id.puskesnet.access.AccessScope;
import id.puskesnet.audit.AuditLog;
import id.puskesnet.forum.domain.FollowUp;
import id.puskesnet.forum.domain.FollowUpRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads follow-ups for the board, its export and the follow-up's page, always within the caller's scope. */
@Service
@Transactional(readOnly = true)
public class FollowUpService {

    private final FollowUpRepository followUps;
    private final FollowUpViews views;
    private final AuditLog audit;

    FollowUpService(FollowUpRepository followUps, FollowUpViews views, AuditLog audit) {
        this.followUps = followUps;
        this.views = views;
        this.audit = audit;
    }

    public Page<FollowUpSummary> search(AccessScope scope, FollowUpFilter filter, Pageable pageable) {
        ForumAccess.requireBrowsing(scope);
        Page<FollowUp> page = query(scope, filter, pageable);
        return page.map(views.summaries(page.getContent()));
    }

    /** Every follow-up of the filtered board, for the CSV export. */
    public List<FollowUpSummary> export(AccessScope scope, FollowUpFilter filter, Sort sort) {
        ForumAccess.requireBrowsing(scope);
        return views.summaryList(query(scope, filter, Pageable.unpaged(sort)).getContent());
    }

    /** How many follow-ups the scope sees per status (of one puskesmas when given). */
    public Map<FollowUpStatus, Long> countByStatus(AccessScope scope, Long puskesmasId) {
        ForumAccess.requireBrowsing(scope);
        Map<FollowUpStatus, Long> counts = new EnumMap<>(FollowUpStatus.class);
        for (FollowUpStatus status : FollowUpStatus.values()) {
            counts.put(status, 0L);
        }
        followUps.countByStatus(scope.cityWide(), scope.puskesmasId(), puskesmasId)
                .forEach(row -> counts.put((FollowUpStatus) row[0], (Long) row[1]));
        return counts;
    }

    public FollowUpDetails details(AccessScope scope, long id) {
        ForumAccess.requireBrowsing(scope);
        FollowUp u = followUps.findById(id).orElseThrow(() -> new FollowUpNotFoundException(id));
        ForumAccess.requireViewing(scope, u.getForum().getPuskesmasId());
        return new FollowUpDetails(views.summaryList(List.of(u)).get(0), u.getCancelReason(), u.getEvidence(),
                u.getNotes().stream().map(views::note).toList(), audit.history(FollowUpRegistry.AUDIT_TYPE, id),
                ForumAccess.canManage(scope, u.getForum().getPuskesmasId()));
    }

    private Page<FollowUp> query(AccessScope scope, FollowUpFilter filter, Pageable pageable) {
        LocalDate today = views.today();
        return followUps.search(scope.cityWide(), scope.puskesmasId(), filter.puskesmasId(), filter.forumId(),
                filter.status(), filter.openOnly(), filter.sector(), filter.responsibleKind(), filter.programId(),
                filter.overdue(), filter.dueSoon(), FollowUpViews.OPEN_STATUSES, today,
                today.plusDays(FollowUpQueries.DUE_SOON_DAYS), pageable);
    }
}
