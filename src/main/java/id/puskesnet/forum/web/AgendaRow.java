package id.puskesnet.forum.web;

import id.puskesnet.forum.AgendaItemView;
import jakarta.validation.constraints.Size;

/** One agenda item row of the forum form. */
record AgendaRow(Long id, Long programId, @Size(max = 200) String topic, @Size(max = 4000) String discussion) {

    static AgendaRow blank() {
        return new AgendaRow(null, null, null, null);
    }

    static AgendaRow of(AgendaItemView a) {
        return new AgendaRow(a.id(), a.program() == null ? null : a.program().id(), a.topic(), a.discussion());
    }

    boolean isBlank() {
        return programId == null && ForumForm.blank(topic) && ForumForm.blank(discussion);
    }
}
