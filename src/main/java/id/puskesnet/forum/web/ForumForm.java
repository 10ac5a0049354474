package id.puskesnet.forum.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.Supplier;

import id.puskesnet.common.validation.ReasonableDate;
import id.puskesnet.forum.AgendaItemData;
import id.puskesnet.forum.AttendeeData;
import id.puskesnet.forum.AttendeeKind;
import id.puskesnet.forum.FollowUpData;
import id.puskesnet.forum.ForumData;
import id.puskesnet.forum.ForumDetails;
import id.puskesnet.forum.ForumRegistry;
import id.puskesnet.forum.ForumType;
import id.puskesnet.forum.ResponsibleKind;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.springframework.validation.Errors;

/**
 * The forum form, for a new forum and for an edit, with its rows of attendees, agenda items and follow-ups.
 * Required fields are checked by {@link ForumRegistry} with every other rule, so all problems show at once.
 */
record ForumForm(
        ForumType type,
        @ReasonableDate LocalDate heldOn,
        @Size(max = 200) String place,
        @Size(max = 150) String chair,
        @Size(max = 4000) String notes,
        @Size(max = ForumRegistry.MAX_ATTENDEES) List<@Valid AttendeeRow> attendees,
        @Size(max = ForumRegistry.MAX_AGENDA_ITEMS) List<@Valid AgendaRow> agendaItems,
        @Size(max = ForumRegistry.MAX_FOLLOW_UPS) List<@Valid FollowUpRow> followUps,
        int version) {

    static final int NEW_ATTENDEE_ROWS = 5;
    static final int NEW_AGENDA_ROWS = 3;
    static final int NEW_FOLLOW_UP_ROWS = 3;

    /** The three kinds of rows, with the names of their add and remove buttons. */
    enum Section {
        ATTENDEES("attendees", "addAttendee", "removeAttendee", ForumRegistry.MAX_ATTENDEES),
        AGENDA_ITEMS("agendaItems", "addAgendaItem", "removeAgendaItem", ForumRegistry.MAX_AGENDA_ITEMS),
        FOLLOW_UPS("followUps", "addFollowUp", "removeFollowUp", ForumRegistry.MAX_FOLLOW_UPS);

        final String field;
        final String addButton;
        final String removeButton;
        final int maxRows;

        Section(String field, String addButton, String removeButton, int maxRows) {
            this.field = field;
            this.addButton = addButton;
            this.removeButton = removeButton;
            this.maxRows = maxRows;
        }
    }

    static ForumForm empty(LocalDate today) {
        return new ForumForm(null, today, null, null, null, copies(NEW_ATTENDEE_ROWS, AttendeeRow::blank),
                copies(NEW_AGENDA_ROWS, AgendaRow::blank), copies(NEW_FOLLOW_UP_ROWS, FollowUpRow::blank), 0);
    }

    static ForumForm of(ForumDetails f) {
        return new ForumForm(f.type(), f.heldOn(), f.place(), f.chair(), f.notes(),
                f.attendees().stream().map(AttendeeRow::of).toList(),
                f.agendaItems().stream().map(AgendaRow::of).toList(),
                f.followUps().stream().map(FollowUpRow::of).toList(), f.version()).withAtLeastOneRowEach();
    }

    /** Missing lists become empty and missing rows (gaps in the posted indexes) blank, keeping every row's index. */
    ForumForm withoutGaps() {
        return new ForumForm(type, heldOn, place, chair, notes, filled(attendees, AttendeeRow::blank),
                filled(agendaItems, AgendaRow::blank), filled(followUps, FollowUpRow::blank), version);
    }

    /** The rows something was typed into, as the forum will be saved. */
    ForumForm withoutBlankRows() {
        return new ForumForm(type, heldOn, place, chair, notes, kept(attendees, AttendeeRow::isBlank),
                kept(agendaItems, AgendaRow::isBlank), kept(followUps, FollowUpRow::isBlank), version);
    }

    /** One blank row at the end of every empty section, so there is always a row to type into. */
    ForumForm withAtLeastOneRowEach() {
        if (!attendees.isEmpty() && !agendaItems.isEmpty() && !followUps.isEmpty()) {
            return this;
        }
        return new ForumForm(type, heldOn, place, chair, notes,
                attendees.isEmpty() ? List.of(AttendeeRow.blank()) : attendees,
                agendaItems.isEmpty() ? List.of(AgendaRow.blank()) : agendaItems,
                followUps.isEmpty() ? List.of(FollowUpRow.blank()) : followUps, version);
    }

    int rowCount(Section section) {
        return switch (section) {
            case ATTENDEES -> attendees.size();
            case AGENDA_ITEMS -> agendaItems.size();
            case FOLLOW_UPS -> followUps.size();
        };
    }

    ForumForm withRowAdded(Section section) {
        return switch (section) {
            case ATTENDEES -> withLists(plus(attendees, AttendeeRow.blank()), agendaItems, followUps);
            case AGENDA_ITEMS -> withLists(attendees, plus(agendaItems, AgendaRow.blank()), followUps);
            case FOLLOW_UPS -> withLists(attendees, agendaItems, plus(followUps, FollowUpRow.blank()));
        };
    }

    ForumForm withRowRemoved(Section section, int index) {
        return switch (section) {
            case ATTENDEES -> withLists(minus(attendees, index), agendaItems, followUps);
            case AGENDA_ITEMS -> withLists(attendees, minus(agendaItems, index), followUps);
            case FOLLOW_UPS -> withLists(attendees, agendaItems, minus(followUps, index));
        };
    }

    /** Marks select values that name no staff, puskesmas, sector or institution (a tampered form). */
    void rejectUnknownParties(Errors errors) {
        for (int i = 0; i < attendees.size(); i++) {
            if (!Parties.isValidAttendee(attendees.get(i).party())) {
                errors.rejectValue("attendees[" + i + "].party", "typeMismatch");
            }
        }
        for (int i = 0; i < followUps.size(); i++) {
            if (!Parties.isValidResponsible(followUps.get(i).responsible())) {
                errors.rejectValue("followUps[" + i + "].responsible", "typeMismatch");
            }
        }
    }

    /** The data to save; call only once {@link #rejectUnknownParties} found nothing. */
    ForumData toData() {
        return new ForumData(type, heldOn, place, chair, notes,
                attendees.stream().map(ForumForm::attendee).toList(),
                agendaItems.stream().map(a -> new AgendaItemData(a.id(), a.programId(), a.topic(), a.discussion()))
                        .toList(),
                followUps.stream().map(ForumForm::followUp).toList());
    }

    private static AttendeeData attendee(AttendeeRow row) {
        Parties.Party party = Parties.parse(row.party());
        AttendeeKind kind = party == null ? null
                : party.kind().equals(Parties.STAFF) ? AttendeeKind.STAFF : AttendeeKind.INSTITUTION;
        return new AttendeeData(row.id(), kind, party == null ? null : party.institutionId(), row.personName(),
                row.jobTitle());
    }

    private static FollowUpData followUp(FollowUpRow row) {
        Parties.Party party = Parties.parse(row.responsible());
        ResponsibleKind kind = party == null ? null : switch (party.kind()) {
            case Parties.PUSKESMAS -> ResponsibleKind.PUSKESMAS;
            case Parties.SECTOR_PREFIX -> ResponsibleKind.SECTOR;
            default -> ResponsibleKind.INSTITUTION;
        };
        return new FollowUpData(row.id(), row.what(), kind, party == null ? null : party.institutionId(),
                party == null ? null : party.sector(), row.responsiblePerson(), row.dueDate(), row.programId());
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private ForumForm withLists(List<AttendeeRow> a, List<AgendaRow> g, List<FollowUpRow> f) {
        return new ForumForm(type, heldOn, place, chair, notes, a, g, f, version);
    }

    private static <T> List<T> copies(int count, Supplier<T> row) {
        List<T> rows = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            rows.add(row.get());
        }
        return rows;
    }

    private static <T> List<T> filled(List<T> rows, Supplier<T> blank) {
        return rows == null ? List.of() : rows.stream().map(r -> r == null ? blank.get() : r).toList();
    }

    private static <T> List<T> kept(List<T> rows, Predicate<T> isBlank) {
        return rows.stream().filter(Objects::nonNull).filter(isBlank.negate()).toList();
    }

    private static <T> List<T> plus(List<T> rows, T row) {
        List<T> result = new ArrayList<>(rows);
        result.add(row);
        return result;
    }

    private static <T> List<T> minus(List<T> rows, int index) {
        List<T> result = new ArrayList<>(rows);
        if (index >= 0 && index < result.size()) {
            result.remove(index);
        }
        return result;
    }
}
