package id.puskesnet.facility.domain;

import id.puskesnet.common.FigureSourceListener;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/** A period in which a partner belonged to a puskesmas network; validTo is exclusive, null while current. */
@Entity
@EntityListeners(FigureSourceListener.class)
@Getter
@Setter
@NoArgsConstructor
public class NetworkMembership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partner_id")
    private Facility partner;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "puskesmas_id")
    private Facility puskesmas;

    private LocalDate validFrom;

    private LocalDate validTo;

    private String note;
}
