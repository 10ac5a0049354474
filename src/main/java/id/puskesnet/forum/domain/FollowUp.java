package id.puskesnet.forum.domain;

import id.puskesnet.common.FigureSourceListener;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import id.puskesnet.forum.FollowUpStatus;
import id.puskesnet.forum.ResponsibleKind;
import id.puskesnet.institution.InstitutionSector;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/** A follow-up (rencana tindak lanjut) agreed at a forum, with its status and its dated progress notes. */
@Entity
@EntityListeners(FigureSourceListener.class)
@Table(name = "forum_follow_up")
@Getter
@Setter
@NoArgsConstructor
public class FollowUp {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "forum_id")
    private Forum forum;

    /** The forum's puskesmas, kept on the follow-up for counts across the city (set when first saved). */
    @Setter(lombok.AccessLevel.NONE)
    private Long puskesmasId;

    private int sortOrder;

    private String what;

    @Enumerated(EnumType.STRING)
    private ResponsibleKind responsibleKind;

    private Long institutionId;

    private String institutionName;

    /** The responsible sector, or the responsible institution's sector; null when the puskesmas is responsible. */
    @Enumerated(EnumType.STRING)
    private InstitutionSector sector;

    private String responsiblePerson;

    private LocalDate dueDate;

    private Long programId;

    @Enumerated(EnumType.STRING)
    private FollowUpStatus status = FollowUpStatus.OPEN;

    private String cancelReason;

    private LocalDate closedOn;

    private String evidence;

    @OneToMany(mappedBy = "followUp", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("notedOn, id")
    private List<FollowUpNote> notes = new ArrayList<>();

    private Instant createdAt;

    @Version
    private int version;

    @PrePersist
    void takeForumPuskesmas() {
        puskesmasId = forum.getPuskesmasId();
    }
}
