package id.puskesnet.mou.domain;

import id.puskesnet.common.FigureSourceListener;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;
import org.hibernate.annotations.BatchSize;

/**
 * An MoU / PKS. The owning puskesmas, the institutions and the programs are kept as ids: they belong to the
 * facility, institution and program modules, which this module reads through their public services only.
 */
@Entity
@EntityListeners(FigureSourceListener.class)
@Getter
@Setter
@NoArgsConstructor
public class Mou {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String number;

    private String title;

    /** Null: an MoU of the DKK itself. */
    private Long ownerPuskesmasId;

    @ElementCollection
    @CollectionTable(name = "mou_institution", joinColumns = @JoinColumn(name = "mou_id"))
    @Column(name = "institution_id")
    @BatchSize(size = 50)
    private Set<Long> institutionIds = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "mou_program", joinColumns = @JoinColumn(name = "mou_id"))
    @Column(name = "program_id")
    @BatchSize(size = 50)
    private Set<Long> programIds = new LinkedHashSet<>();

    private String scope;

    private LocalDate signedOn;

    private LocalDate startsOn;

    private LocalDate endsOn;

    private boolean openEnded;

    private LocalDate terminatedOn;

    private String terminationReason;

    /** The older agreement this one renews. */
    private Long renewsMouId;

    /** A renewal of this agreement is signed and not terminated (kept by MouRegistry from the renewal's state). */
    private boolean renewed;

    private Instant createdAt;

    @Version
    private int version;
}
