package id.puskesnet.forum;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.puskesnet.access.AccessScope;
import id.puskesnet.audit.AuditLog;
import id.puskesnet.facility.FacilityService;
import id.puskesnet.forum.domain.FollowUp;
import id.puskesnet.forum.domain.FollowUpNote;
import id.puskesnet.forum.domain.FollowUpNoteRepository;
import id.puskesnet.forum.domain.FollowUpRepository;
import id.puskesnet.forum.domain.Forum;
import id.puskesnet.forum.domain.ForumRepository;
import id.puskesnet.program.ProgramOption;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads forums, always within the caller's scope. */
@Service
@Transactional(readOnly = true)
public class ForumService {

    /** The bounds of an open date range. */
    private static final LocalDate ANY_DATE_FROM = LocalDate.of(1, 1, 1);
    private static final LocalDate ANY_DATE_TO = LocalDate.of(9999, 12, 31);

    private final ForumRepository forums;
    private final FollowUpRepository followUps;
    private final FollowUpNoteRepository notes;
    private final ForumChoices choices;
    private final FollowUpViews views;
    private final FacilityService facilities;
    private final AuditLog audit;

    ForumService(ForumRepository forums, FollowUpRepository followUps, FollowUpNoteRepository notes,
                 ForumChoices choices, FollowUpViews views, FacilityService facilities, AuditLog audit) {
        this.forums = forums;
        this.followUps = followUps;
        this.notes = notes;
        this.choices = choices;
        this.views = views;
        this.facilities = facilities;
        this.audit = audit;
    }

    /** May the user record forums? Puskesmas heads and staff, for their own puskesmas. */
    public boolean canRecord(AccessScope scope) {
        return scope.puskesmasId() != null;
    }

    /** A page of the forums the scope may see, newest first unless the page says otherwise. */
    public Page<ForumSummary> search(AccessScope scope, ForumFilter filter, Pageable pageable) {
        ForumAccess.requireBrowsing(scope);
        Page<Forum> page = forums.search(scope.cityWide(), scope.puskesmasId(), filter.puskesmasId(), filter.type(),
                filter.heldFrom() == null ? ANY_DATE_FROM : filter.heldFrom(),
                filter.heldTo() == null ? ANY_DATE_TO : filter.heldTo(), filter.programId(), pageable);
        List<Long> ids = page.getContent().stream().map(Forum::getId).toList();
        Map<Long, Long> attendees = new LinkedHashMap<>();
        Map<Long, long[]> followUpCounts = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            forums.attendeeCounts(ids).forEach(row -> attendees.put((Long) row[0], (Long) row[1]));
            followUps.countsPerForum(ids, FollowUpViews.OPEN_STATUSES).forEach(row -> followUpCounts.put((Long) row[0],
                    new long[] {((Number) row[1]).longValue(), ((Number) row[2]).longValue()}));
        }
        Map<Long, String> names = facilities.namesById(page.getContent().stream().map(Forum::getPuskesmasId)
                .collect(Collectors.toSet()));
        return page.map(f -> {
            long[] counts = followUpCounts.getOrDefault(f.getId(), new long[2]);
            return new ForumSummary(f.getId(), f.getPuskesmasId(), names.get(f.getPuskesmasId()), f.getType(),
                    f.getHeldOn(), f.getPlace(), f.getChair(), attendees.getOrDefault(f.getId(), 0L), counts[0],
                    counts[1]);
        });
    }

    /** The forum's page and minutes, or {@link ForumNotFoundException} / access denied. */
    public ForumDetails details(AccessScope scope, long id) {
        ForumAccess.requireBrowsing(scope);
        Forum f = forums.findById(id).orElseThrow(() -> new ForumNotFoundException(id));
        ForumAccess.requireViewing(scope, f.getPuskesmasId());
        Map<Long, ProgramOption> programs = views.programsById();
        List<AttendeeView> attendees = f.getAttendees().stream()
                .map(a -> new AttendeeView(a.getId(), a.getKind(), a.getInstitutionId(), a.getInstitutionName(),
                        a.getSector(), a.getPersonName(), a.getJobTitle()))
                .toList();
        List<AgendaItemView> agenda = f.getAgendaItems().stream()
                .map(a -> new AgendaItemView(a.getId(), a.getProgramId() == null ? null : programs.get(a.getProgramId()),
                        a.getTopic(), a.getDiscussion()))
                .toList();
        List<FollowUpNote> reviewNotes = notes.reviewsIn(id);
        List<FollowUp> openBefore = followUps.openBefore(f.getPuskesmasId(), f.getId(), f.getHeldOn(),
                FollowUpViews.OPEN_STATUSES);
        List<FollowUp> all = new ArrayList<>(f.getFollowUps());
        reviewNotes.forEach(n -> all.add(n.getFollowUp()));
        all.addAll(openBefore);
        Function<FollowUp, FollowUpSummary> summaries = views.summaries(all);
        List<ForumReview> reviews = reviewNotes.stream()
                .map(n -> new ForumReview(summaries.apply(n.getFollowUp()), views.note(n)))
                .toList();
        Set<Long> reviewed = reviewNotes.stream().map(n -> n.getFollowUp().getId()).collect(Collectors.toSet());
        List<FollowUpSummary> openForReview = openBefore.stream().filter(u -> !reviewed.contains(u.getId()))
                .map(summaries).toList();
        return new ForumDetails(f.getId(), f.getPuskesmasId(),
                facilities.namesById(List.of(f.getPuskesmasId())).get(f.getPuskesmasId()), f.getType(),
                f.getHeldOn(), f.getPlace(), f.getChair(), f.getNotes(), attendees, agenda,
                f.getFollowUps().stream().map(summaries).toList(), reviews, openForReview,
                audit.history(ForumRegistry.AUDIT_TYPE, id), ForumAccess.canManage(scope, f.getPuskesmasId()),
                f.getVersion());
    }

    /**
     * What the form of a new forum ({@code forumId} null) or of an existing one offers. Only users who may change
     * the forum get it.
     */
    public ForumFormOptions formOptions(AccessScope scope, Long forumId) {
        long puskesmasId = ForumAccess.recordingPuskesmas(scope);
        Forum forum = null;
        if (forumId != null) {
            forum = forums.findById(forumId).orElseThrow(() -> new ForumNotFoundException(forumId));
            ForumAccess.requireManaging(scope, forum.getPuskesmasId());
        }
        List<FollowUp> open = forum == null
                ? followUps.openBefore(puskesmasId, null, null, FollowUpViews.OPEN_STATUSES)
                : followUps.openBefore(puskesmasId, forum.getId(), forum.getHeldOn(), FollowUpViews.OPEN_STATUSES);
        Set<Long> locked = forum == null ? Set.of() : forum.getFollowUps().stream()
                .filter(u -> u.getStatus() != FollowUpStatus.OPEN || !u.getNotes().isEmpty())
                .map(FollowUp::getId).collect(Collectors.toSet());
        return new ForumFormOptions(facilities.namesById(List.of(puskesmasId)).get(puskesmasId),
                choices.institutions(scope, forum), choices.programs(scope, forum), views.summaryList(open), locked);
    }
}
