package id.puskesnet.forum;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.puskesnet.facility.FacilityService;
import id.puskesnet.forum.domain.FollowUp;
import id.puskesnet.forum.domain.FollowUpNote;
import id.puskesnet.forum.domain.Forum;
import id.puskesnet.program.ProgramCatalog;
import id.puskesnet.program.ProgramOption;
import org.springframework.stereotype.Component;

/**
 * Turns follow-ups and their notes into the records pages show, with puskesmas names and programs looked up once
 * per list. "Today" comes from the application's clock, so overdue means the same everywhere (and in tests).
 */
@Component
class FollowUpViews {

    /** The statuses that still need doing, as the queries take them. */
    static final List<FollowUpStatus> OPEN_STATUSES = List.of(FollowUpStatus.OPEN, FollowUpStatus.IN_PROGRESS);

    private final FacilityService facilities;
    private final ProgramCatalog programs;
    private final Clock clock;

    FollowUpViews(FacilityService facilities, ProgramCatalog programs, Clock clock) {
        this.facilities = facilities;
        this.programs = programs;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    Map<Long, ProgramOption> programsById() {
        return programs.all().stream().collect(Collectors.toMap(ProgramOption::id, Function.identity()));
    }

    Function<FollowUp, FollowUpSummary> summaries(Collection<FollowUp> rows) {
        Map<Long, String> names = facilities.namesById(rows.stream().map(u -> u.getForum().getPuskesmasId())
                .collect(Collectors.toSet()));
        Map<Long, ProgramOption> programsById = programsById();
        LocalDate today = today();
        return u -> summary(u, names, programsById, today);
    }

    List<FollowUpSummary> summaryList(Collection<FollowUp> rows) {
        return rows.stream().map(summaries(rows)).toList();
    }

    ProgressNoteView note(FollowUpNote n) {
        Forum review = n.getReviewForum();
        return new ProgressNoteView(n.getId(), n.getNotedOn(), n.getNote(), n.getStatusBefore(), n.getStatusAfter(),
                review == null ? null : review.getId(), review == null ? null : review.getType(),
                review == null ? null : review.getHeldOn(), n.getAuthor());
    }

    private static FollowUpSummary summary(FollowUp u, Map<Long, String> names, Map<Long, ProgramOption> programsById,
                                           LocalDate today) {
        Forum forum = u.getForum();
        boolean open = u.getStatus().isOpen();
        boolean overdue = open && u.getDueDate().isBefore(today);
        boolean dueSoon = open && !overdue && !u.getDueDate().isAfter(today.plusDays(FollowUpQueries.DUE_SOON_DAYS));
        return new FollowUpSummary(u.getId(), forum.getId(), forum.getType(), forum.getHeldOn(),
                forum.getPuskesmasId(), names.get(forum.getPuskesmasId()), u.getWhat(), u.getResponsibleKind(),
                u.getInstitutionId(), u.getInstitutionName(), u.getSector(), u.getResponsiblePerson(),
                u.getDueDate(), u.getProgramId() == null ? null : programsById.get(u.getProgramId()), u.getStatus(),
                u.getClosedOn(), overdue, dueSoon, u.getVersion());
    }
}
