package id.puskesnet.forum;

import java.time.LocalDate;
import java.util.List;

/**
 * What a user records about a forum. The puskesmas is always the user's own. Rows with an id change that row
 * of the forum; rows without one are new; rows of the forum missing here are removed.
 */
public record ForumData(ForumType type, LocalDate heldOn, String place, String chair, String notes,
                        List<AttendeeData> attendees, List<AgendaItemData> agendaItems,
                        List<FollowUpData> followUps) {

    public ForumData {
        attendees = List.copyOf(attendees);
        agendaItems = List.copyOf(agendaItems);
        followUps = List.copyOf(followUps);
    }
}
