package id.puskesnet.facility.domain;

import id.puskesnet.common.FigureSourceListener;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import id.puskesnet.facility.FacilityType;
import id.puskesnet.facility.IlpStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/** A puskesmas or a partner facility of a puskesmas network. */
@Entity
@EntityListeners(FigureSourceListener.class)
@Getter
@Setter
@NoArgsConstructor
public class Facility {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private FacilityType type;

    private String code;

    private String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "kecamatan_id")
    private Kecamatan kecamatan;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "kelurahan_id")
    private Kelurahan kelurahan;

    /** For a partner: the puskesmas whose network it belongs to. Null for a puskesmas. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "network_puskesmas_id")
    private Facility networkPuskesmas;

    private String address;

    private String phone;

    private String headName;

    @Column(name = "open_24h")
    private boolean open24h;

    @Enumerated(EnumType.STRING)
    private IlpStatus ilpStatus = IlpStatus.BELUM;

    private LocalDate ilpSince;

    private boolean blud;

    private BigDecimal latitude;

    private BigDecimal longitude;

    /** Izin operasional (klinik) or SIP (TPMD). */
    private String licenceNumber;

    private LocalDate licenceExpiry;

    private String contactPerson;

    private String contactPhone;

    /** When a partner joined its current network. */
    private LocalDate joinedOn;

    private boolean active = true;

    private Instant createdAt = Instant.now();

    /** Kelurahan served, for a puskesmas. */
    @ManyToMany
    @JoinTable(name = "puskesmas_kelurahan",
            joinColumns = @JoinColumn(name = "puskesmas_id"),
            inverseJoinColumns = @JoinColumn(name = "kelurahan_id"))
    @OrderBy("name")
    private Set<Kelurahan> kelurahanServed = new LinkedHashSet<>();

    @Version
    private int version;

    public Long getNetworkPuskesmasId() {
        return networkPuskesmas == null ? null : networkPuskesmas.getId();
    }
}
