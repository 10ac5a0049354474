package id.puskesnet.forum;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import id.puskesnet.access.AccessScope;
import id.puskesnet.audit.AuditAction;
import id.puskesnet.audit.AuditLog;
import id.puskesnet.audit.Changes;
import id.puskesnet.facility.FacilityService;
import id.puskesnet.forum.domain.AgendaItem;
import id.puskesnet.forum.domain.FollowUp;
import id.puskesnet.forum.domain.FollowUpNote;
import id.puskesnet.forum.domain.FollowUpNoteRepository;
import id.puskesnet.forum.domain.Forum;
import id.puskesnet.forum.domain.ForumAttendee;
import id.puskesnet.forum.domain.ForumRepository;
import id.puskesnet.program.ProgramOption;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records forums with all their rows at once. Everything is checked before anything changes, every broken rule
 * is reported together, and the forum's audit trail (and each follow-up's) is written in the same transaction.
 */
@Service
@Transactional
public class ForumRegistry {

    public static final String AUDIT_TYPE = "FORUM";
    public static final int MAX_ATTENDEES = 80;
    public static final int MAX_AGENDA_ITEMS = 20;
    public static final int MAX_FOLLOW_UPS = 40;

    private final ForumRepository forums;
    private final FollowUpNoteRepository notes;
    private final ForumChoices choices;
    private final FacilityService facilities;
    private final AuditLog audit;
    private final Clock clock;

    ForumRegistry(ForumRepository forums, FollowUpNoteRepository notes, ForumChoices choices,
                  FacilityService facilities, AuditLog audit, Clock clock) {
        this.forums = forums;
        this.notes = notes;
        this.choices = choices;
        this.facilities = facilities;
        this.audit = audit;
        this.clock = clock;
    }

    /** Records a forum of the user's own puskesmas (only puskesmas heads and staff record forums). */
    public long create(AccessScope scope, ForumData data) {
        long puskesmasId = ForumAccess.recordingPuskesmas(scope);
        Forum forum = new Forum();
        forum.setPuskesmasId(puskesmasId);
        Resolved resolved = check(scope, forum, data);
        forum.setCreatedAt(clock.instant());
        forum.setUpdatedAt(forum.getCreatedAt());
        Changes changes = Changes.of();
        List<FollowUpAudit> followUpAudits = apply(forum, data, resolved, changes);
        forums.saveAndFlush(forum);
        audit.record(AUDIT_TYPE, forum.getId(), AuditAction.CREATE, changes.list());
        followUpAudits.forEach(FollowUpAudit::record);
        return forum.getId();
    }

    /** Changes a forum of the user's own puskesmas; {@code version} is the one the user's form was opened with. */
    public void update(AccessScope scope, long id, ForumData data, int version) {
        Forum forum = forums.findById(id).orElseThrow(() -> new ForumNotFoundException(id));
        ForumAccess.requireManaging(scope, forum.getPuskesmasId());
        if (forum.getVersion() != version) {
            throw new OptimisticLockingFailureException("Forum " + id + " was changed by someone else");
        }
        Resolved resolved = check(scope, forum, data);
        Changes changes = Changes.of();
        List<FollowUpAudit> followUpAudits = apply(forum, data, resolved, changes);
        forum.setUpdatedAt(clock.instant());
        forums.flush();
        if (!changes.isEmpty()) {
            audit.record(AUDIT_TYPE, id, AuditAction.UPDATE, changes.list());
        }
        followUpAudits.forEach(FollowUpAudit::record);
    }

    /** What the checks looked up, for applying the data afterwards without asking again. */
    private record Resolved(String puskesmasName, Map<Long, InstitutionChoice> institutions,
                            Map<Long, ProgramOption> programs) {
    }

    private Resolved check(AccessScope scope, Forum forum, ForumData data) {
        Map<Long, InstitutionChoice> institutions = choices.institutionsById(scope, forum);
        Map<Long, ProgramOption> programs = choices.programsById(scope, forum);
        Violations violations = new Violations();
        LocalDate today = LocalDate.now(clock);
        if (data.type() == null) {
            violations.add("type", "forum.type.required");
        }
        if (data.heldOn() == null) {
            violations.add("heldOn", "forum.heldOn.required");
        } else if (data.heldOn().isAfter(today)) {
            violations.add("heldOn", "forum.heldOn.future");
        } else if (forum.getId() != null) {
            checkReviewOrder(forum, data.heldOn(), violations);
        }
        if (blank(data.chair())) {
            violations.add("chair", "forum.chair.required");
        }
        if (data.attendees().size() > MAX_ATTENDEES) {
            violations.add("attendees", "forum.attendees.tooMany");
        }
        if (data.agendaItems().size() > MAX_AGENDA_ITEMS) {
            violations.add("agendaItems", "forum.agendaItems.tooMany");
        }
        if (data.followUps().size() > MAX_FOLLOW_UPS) {
            violations.add("followUps", "forum.followUps.tooMany");
        }
        checkRowIds(forum.getAttendees().stream().map(ForumAttendee::getId).toList(),
                data.attendees().stream().map(AttendeeData::id).toList(), violations);
        checkRowIds(forum.getAgendaItems().stream().map(AgendaItem::getId).toList(),
                data.agendaItems().stream().map(AgendaItemData::id).toList(), violations);
        checkRowIds(forum.getFollowUps().stream().map(FollowUp::getId).toList(),
                data.followUps().stream().map(FollowUpData::id).toList(), violations);
        for (int i = 0; i < data.attendees().size(); i++) {
            AttendeeData a = data.attendees().get(i);
            String row = "attendees[" + i + "].";
            if (blank(a.personName())) {
                violations.add(row + "personName", "forum.attendee.name.required");
            }
            if (a.kind() == null) {
                violations.add(row + "party", "forum.attendee.party.required");
            } else if (a.kind() == AttendeeKind.INSTITUTION && !institutions.containsKey(a.institutionId())) {
                violations.add(row + "party", "forum.institution.unknown");
            }
        }
        for (int i = 0; i < data.agendaItems().size(); i++) {
            AgendaItemData a = data.agendaItems().get(i);
            String row = "agendaItems[" + i + "].";
            if (blank(a.topic())) {
                violations.add(row + "topic", "forum.agendaItem.topic.required");
            }
            if (a.programId() != null && !programs.containsKey(a.programId())) {
                violations.add(row + "programId", "forum.program.unknown");
            }
        }
        for (int i = 0; i < data.followUps().size(); i++) {
            checkFollowUp(data.followUps().get(i), "followUps[" + i + "].", data.heldOn(), institutions, programs,
                    violations);
        }
        List<Long> kept = data.followUps().stream().map(FollowUpData::id).filter(Objects::nonNull).toList();
        boolean removesStartedFollowUp = forum.getFollowUps().stream()
                .filter(u -> !kept.contains(u.getId()))
                .anyMatch(u -> u.getStatus() != FollowUpStatus.OPEN || !u.getNotes().isEmpty());
        if (removesStartedFollowUp) {
            violations.add(null, "forum.followUp.cannotRemove");
        }
        violations.throwIfAny();
        return new Resolved(facilities.namesById(List.of(forum.getPuskesmasId())).get(forum.getPuskesmasId()),
                institutions, programs);
    }

    private static void checkFollowUp(FollowUpData u, String row, LocalDate heldOn,
                                      Map<Long, InstitutionChoice> institutions, Map<Long, ProgramOption> programs,
                                      Violations violations) {
        if (blank(u.what())) {
            violations.add(row + "what", "forum.followUp.what.required");
        }
        if (u.responsibleKind() == null
                || u.responsibleKind() == ResponsibleKind.SECTOR && u.sector() == null) {
            violations.add(row + "responsible", "forum.followUp.responsible.required");
        } else if (u.responsibleKind() == ResponsibleKind.INSTITUTION
                && !institutions.containsKey(u.institutionId())) {
            violations.add(row + "responsible", "forum.institution.unknown");
        }
        if (u.dueDate() == null) {
            violations.add(row + "dueDate", "forum.followUp.dueDate.required");
        } else if (heldOn != null && u.dueDate().isBefore(heldOn)) {
            violations.add(row + "dueDate", "forum.followUp.dueDate.beforeForum");
        }
        if (u.programId() != null && !programs.containsKey(u.programId())) {
            violations.add(row + "programId", "forum.program.unknown");
        }
    }

    /** Rows may name only their own forum's rows, each once: anything else is a tampered or outdated form. */
    private static void checkRowIds(List<Long> existing, List<Long> sent, Violations violations) {
        List<Long> ids = sent.stream().filter(Objects::nonNull).toList();
        if (!existing.containsAll(ids) || ids.stream().distinct().count() != ids.size()) {
            violations.add(null, "forum.row.unknown");
        }
    }

    /**
     * A forum stays after the forums whose follow-ups it reviewed and before the forums that reviewed its own,
     * so that "reviewed at the next forum" stays true when its date is corrected.
     */
    private void checkReviewOrder(Forum forum, LocalDate heldOn, Violations violations) {
        boolean beforeReviewed = notes.reviewsIn(forum.getId()).stream()
                .anyMatch(n -> n.getFollowUp().getForum().getHeldOn().isAfter(heldOn));
        boolean afterReviewing = forum.getFollowUps().stream().flatMap(u -> u.getNotes().stream())
                .map(FollowUpNote::getReviewForum).filter(Objects::nonNull)
                .anyMatch(review -> review.getHeldOn().isBefore(heldOn));
        if (beforeReviewed || afterReviewing) {
            violations.add("heldOn", "forum.heldOn.reviewOrder");
        }
    }

    private List<FollowUpAudit> apply(Forum forum, ForumData data, Resolved resolved, Changes changes) {
        changes.field("forum.audit.type", forum.getType(), data.type())
                .field("forum.audit.heldOn", forum.getHeldOn(), data.heldOn())
                .field("forum.audit.place", forum.getPlace(), data.place())
                .field("forum.audit.chair", forum.getChair(), data.chair().strip())
                .field("forum.audit.notes", forum.getNotes(), data.notes());
        forum.setType(data.type());
        forum.setHeldOn(data.heldOn());
        forum.setPlace(data.place());
        forum.setChair(data.chair().strip());
        forum.setNotes(data.notes());
        applyAttendees(forum, data.attendees(), resolved, changes);
        applyAgenda(forum, data.agendaItems(), resolved, changes);
        return applyFollowUps(forum, data.followUps(), resolved, changes);
    }

    private void applyAttendees(Forum forum, List<AttendeeData> rows, Resolved resolved, Changes changes) {
        Map<Long, ForumAttendee> existing = new LinkedHashMap<>();
        forum.getAttendees().forEach(a -> existing.put(a.getId(), a));
        List<ForumAttendee> result = new ArrayList<>();
        for (AttendeeData row : rows) {
            ForumAttendee a = row.id() == null ? new ForumAttendee() : existing.remove(row.id());
            String before = row.id() == null ? null : describe(a, resolved);
            a.setForum(forum);
            a.setSortOrder(result.size());
            a.setKind(row.kind());
            InstitutionChoice institution = row.kind() == AttendeeKind.INSTITUTION
                    ? resolved.institutions().get(row.institutionId()) : null;
            a.setInstitutionId(institution == null ? null : institution.id());
            a.setInstitutionName(institution == null ? null : institution.name());
            a.setSector(institution == null ? null : institution.sector());
            a.setPersonName(row.personName().strip());
            a.setJobTitle(row.jobTitle());
            changes.field("forum.audit.attendee", before, describe(a, resolved));
            result.add(a);
        }
        existing.values().forEach(a -> changes.field("forum.audit.attendee", describe(a, resolved), null));
        forum.getAttendees().clear();
        forum.getAttendees().addAll(result);
    }

    private void applyAgenda(Forum forum, List<AgendaItemData> rows, Resolved resolved, Changes changes) {
        Map<Long, AgendaItem> existing = new LinkedHashMap<>();
        forum.getAgendaItems().forEach(a -> existing.put(a.getId(), a));
        List<AgendaItem> result = new ArrayList<>();
        for (AgendaItemData row : rows) {
            AgendaItem a = row.id() == null ? new AgendaItem() : existing.remove(row.id());
            String before = row.id() == null ? null : describe(a, resolved);
            a.setForum(forum);
            a.setSortOrder(result.size());
            a.setProgramId(row.programId());
            a.setTopic(row.topic().strip());
            a.setDiscussion(row.discussion());
            changes.field("forum.audit.agendaItem", before, describe(a, resolved));
            result.add(a);
        }
        existing.values().forEach(a -> changes.field("forum.audit.agendaItem", describe(a, resolved), null));
        forum.getAgendaItems().clear();
        forum.getAgendaItems().addAll(result);
    }

    private List<FollowUpAudit> applyFollowUps(Forum forum, List<FollowUpData> rows, Resolved resolved,
                                               Changes changes) {
        Map<Long, FollowUp> existing = new LinkedHashMap<>();
        forum.getFollowUps().forEach(u -> existing.put(u.getId(), u));
        List<FollowUp> result = new ArrayList<>();
        List<FollowUpAudit> audits = new ArrayList<>();
        for (FollowUpData row : rows) {
            boolean created = row.id() == null;
            FollowUp u = created ? new FollowUp() : existing.remove(row.id());
            if (created) {
                u.setCreatedAt(clock.instant());
            }
            Changes own = Changes.of();
            InstitutionChoice institution = row.responsibleKind() == ResponsibleKind.INSTITUTION
                    ? resolved.institutions().get(row.institutionId()) : null;
            String responsibleBefore = created ? null : responsible(u, resolved);
            String whatBefore = u.getWhat();
            u.setForum(forum);
            u.setSortOrder(result.size());
            own.field("followUp.audit.what", u.getWhat(), row.what().strip())
                    .field("followUp.audit.responsiblePerson", u.getResponsiblePerson(), row.responsiblePerson())
                    .field("followUp.audit.dueDate", u.getDueDate(), row.dueDate())
                    .field("followUp.audit.program", programCode(u.getProgramId(), resolved),
                            programCode(row.programId(), resolved));
            u.setWhat(row.what().strip());
            u.setResponsibleKind(row.responsibleKind());
            u.setInstitutionId(institution == null ? null : institution.id());
            u.setInstitutionName(institution == null ? null : institution.name());
            u.setSector(institution != null ? institution.sector()
                    : row.responsibleKind() == ResponsibleKind.SECTOR ? row.sector() : null);
            u.setResponsiblePerson(row.responsiblePerson());
            u.setDueDate(row.dueDate());
            u.setProgramId(row.programId());
            own.field("followUp.audit.responsible", responsibleBefore, responsible(u, resolved));
            if (created) {
                own.field("followUp.audit.status", null, u.getStatus());
                changes.field("forum.audit.followUp", null, u.getWhat());
            } else {
                changes.field("forum.audit.followUp", whatBefore, u.getWhat());
            }
            if (created || !own.isEmpty()) {
                audits.add(new FollowUpAudit(u, created ? AuditAction.CREATE : AuditAction.UPDATE, own));
            }
            result.add(u);
        }
        existing.values().forEach(u -> changes.field("forum.audit.followUp", u.getWhat(), null));
        forum.getFollowUps().clear();
        forum.getFollowUps().addAll(result);
        return audits;
    }

    /** A follow-up's own history entry, written once the follow-up has its id. */
    private final class FollowUpAudit {

        private final FollowUp followUp;
        private final AuditAction action;
        private final Changes changes;

        FollowUpAudit(FollowUp followUp, AuditAction action, Changes changes) {
            this.followUp = followUp;
            this.action = action;
            this.changes = changes;
        }

        void record() {
            audit.record(FollowUpRegistry.AUDIT_TYPE, followUp.getId(), action, changes.list());
        }
    }

    private static String describe(ForumAttendee a, Resolved resolved) {
        String person = a.getJobTitle() == null ? a.getPersonName() : a.getPersonName() + ", " + a.getJobTitle();
        return person + " (" + (a.getKind() == AttendeeKind.INSTITUTION ? a.getInstitutionName()
                : resolved.puskesmasName()) + ")";
    }

    private static String describe(AgendaItem a, Resolved resolved) {
        String program = programCode(a.getProgramId(), resolved);
        return program == null ? a.getTopic() : a.getTopic() + " [" + program + "]";
    }

    private static String responsible(FollowUp u, Resolved resolved) {
        return switch (u.getResponsibleKind()) {
            case PUSKESMAS -> resolved.puskesmasName();
            case INSTITUTION -> u.getInstitutionName();
            case SECTOR -> u.getSector().name();
        };
    }

    private static String programCode(Long programId, Resolved resolved) {
        if (programId == null) {
            return null;
        }
        ProgramOption program = resolved.programs().get(programId);
        return program == null ? String.valueOf(programId) : program.code();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
