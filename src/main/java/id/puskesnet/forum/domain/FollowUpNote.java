package id.puskesnet.forum.domain;

import java.time.Instant;
import java.time.LocalDate;

import id.puskesnet.forum.FollowUpStatus;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/** A dated progress note of a follow-up; {@code reviewForum} is set when a later forum reviewed it. */
@Entity
@Table(name = "forum_follow_up_note")
@Getter
@Setter
@NoArgsConstructor
public class FollowUpNote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "follow_up_id")
    private FollowUp followUp;

    private LocalDate notedOn;

    private String note;

    @Enumerated(EnumType.STRING)
    private FollowUpStatus statusBefore;

    @Enumerated(EnumType.STRING)
    private FollowUpStatus statusAfter;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "review_forum_id")
    private Forum reviewForum;

    private String author;

    private Instant createdAt;
}
