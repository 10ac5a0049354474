package id.puskesnet.forum.web;

import id.puskesnet.forum.AttendeeView;
import jakarta.validation.constraints.Size;

/** One attendee row of the forum form; {@code party} is a {@link Parties} value: staff or an institution. */
record AttendeeRow(Long id, @Size(max = 40) String party, @Size(max = 150) String personName,
                   @Size(max = 150) String jobTitle) {

    static AttendeeRow blank() {
        return new AttendeeRow(null, null, null, null);
    }

    static AttendeeRow of(AttendeeView a) {
        return new AttendeeRow(a.id(), Parties.attendee(a.kind(), a.institutionId()), a.personName(), a.jobTitle());
    }

    /** Nothing typed in: the row is left out when the forum is saved. */
    boolean isBlank() {
        return ForumForm.blank(party) && ForumForm.blank(personName) && ForumForm.blank(jobTitle);
    }
}
