package id.puskesnet.forum;

import java.util.LinkedHashMap;
import java.util.Map;

import id.puskesnet.access.AccessScope;
import id.puskesnet.forum.domain.FollowUpRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Follow-up facts for other modules' pages (a program's indicator page, dashboards), within the caller's scope.
 * A scope that sees no forums (partner clinics) gets empty answers.
 */
@Service
@Transactional(readOnly = true)
public class FollowUpQueries {

    /** "Due soon": open and due today or within this many days. */
    public static final int DUE_SOON_DAYS = 7;

    private static final Sort EARLIEST_DUE_FIRST = Sort.by("dueDate", "id");

    private final FollowUpService followUps;
    private final FollowUpRepository repository;
    private final FollowUpViews views;

    FollowUpQueries(FollowUpService followUps, FollowUpRepository repository, FollowUpViews views) {
        this.followUps = followUps;
        this.repository = repository;
        this.views = views;
    }

    /**
     * The first {@code limit} open and in-progress follow-ups about a program (by its id), of one puskesmas when
     * {@code puskesmasId} is given, earliest due first; the page's total is how many there are in all.
     */
    public Page<FollowUpSummary> openForProgram(long programId, Long puskesmasId, AccessScope scope, int limit) {
        Pageable first = PageRequest.of(0, limit, EARLIEST_DUE_FIRST);
        if (!seesForums(scope)) {
            return Page.empty(first);
        }
        return followUps.search(scope, openAbout(programId, puskesmasId), first);
    }

    /** Per puskesmas id, how many of its open follow-ups are past their due date; puskesmas with none are left out. */
    public Map<Long, Long> overdueCountsByPuskesmas(AccessScope scope) {
        Map<Long, Long> counts = new LinkedHashMap<>();
        if (seesForums(scope)) {
            repository.overdueByPuskesmas(scope.cityWide(), scope.puskesmasId(), FollowUpViews.OPEN_STATUSES,
                    views.today()).forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        }
        return counts;
    }

    private static FollowUpFilter openAbout(long programId, Long puskesmasId) {
        return new FollowUpFilter(puskesmasId, null, null, true, null, null, programId, false, false);
    }

    static boolean seesForums(AccessScope scope) {
        return scope.cityWide() || scope.puskesmasId() != null;
    }
}
