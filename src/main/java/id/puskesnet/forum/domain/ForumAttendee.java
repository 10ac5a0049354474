package id.puskesnet.forum.domain;

import id.puskesnet.forum.AttendeeKind;
import id.puskesnet.institution.InstitutionSector;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/** Someone who attended a forum, for an institution (name and sector as they were then) or for the puskesmas. */
@Entity
@Getter
@Setter
@NoArgsConstructor
public class ForumAttendee {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "forum_id")
    private Forum forum;

    private int sortOrder;

    @Enumerated(EnumType.STRING)
    private AttendeeKind kind;

    private Long institutionId;

    private String institutionName;

    @Enumerated(EnumType.STRING)
    private InstitutionSector sector;

    private String personName;

    private String jobTitle;
}
