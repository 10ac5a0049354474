package id.puskesnet.forum.domain;

import id.puskesnet.common.FigureSourceListener;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import id.puskesnet.forum.ForumType;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/**
 * A forum and its minutes. The puskesmas is kept as an id: it belongs to the facility module. Every save sets
 * {@code updatedAt}, so the version grows even when only attendees, agenda items or follow-ups changed.
 */
@Entity
@EntityListeners(FigureSourceListener.class)
@Getter
@Setter
@NoArgsConstructor
public class Forum {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long puskesmasId;

    @Enumerated(EnumType.STRING)
    private ForumType type;

    private LocalDate heldOn;

    private String place;

    private String chair;

    private String notes;

    @OneToMany(mappedBy = "forum", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<ForumAttendee> attendees = new ArrayList<>();

    @OneToMany(mappedBy = "forum", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<AgendaItem> agendaItems = new ArrayList<>();

    @OneToMany(mappedBy = "forum", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("sortOrder")
    private List<FollowUp> followUps = new ArrayList<>();

    private Instant createdAt;

    private Instant updatedAt;

    @Version
    private int version;
}
