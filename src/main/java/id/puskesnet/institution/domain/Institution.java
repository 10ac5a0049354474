package id.puskesnet.institution.domain;

import java.time.Instant;

import id.puskesnet.institution.InstitutionSector;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/**
 * A partner institution. The owning puskesmas and the kecamatan are kept as ids: they belong to the facility
 * module, which this module reads through its public service only.
 */
@Entity
@Getter
@Setter
@NoArgsConstructor
public class Institution {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    @Enumerated(EnumType.STRING)
    private InstitutionSector sector;

    /** Null: kept by the DKK at city level. */
    private Long ownerPuskesmasId;

    private Long kecamatanId;

    private String address;

    private String contactPerson;

    private String phone;

    private String email;

    private String notes;

    private boolean active = true;

    private Instant createdAt;

    @Version
    private int version;
}
