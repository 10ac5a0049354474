package id.puskesnet.forum.web;

import java.time.LocalDate;

import id.puskesnet.common.validation.ReasonableDate;
import id.puskesnet.forum.FollowUpSummary;
import jakarta.validation.constraints.Size;

/** One follow-up row of the forum form; {@code responsible} is a {@link Parties} value. */
record FollowUpRow(Long id, @Size(max = 500) String what, @Size(max = 40) String responsible,
                   @Size(max = 150) String responsiblePerson, @ReasonableDate LocalDate dueDate, Long programId) {

    static FollowUpRow blank() {
        return new FollowUpRow(null, null, null, null, null, null);
    }

    static FollowUpRow of(FollowUpSummary u) {
        return new FollowUpRow(u.id(), u.what(), Parties.responsible(u.responsibleKind(), u.institutionId(), u.sector()),
                u.responsiblePerson(), u.dueDate(), u.program() == null ? null : u.program().id());
    }

    boolean isBlank() {
        return ForumForm.blank(what) && ForumForm.blank(responsible) && ForumForm.blank(responsiblePerson)
                && dueDate == null && programId == null;
    }
}
