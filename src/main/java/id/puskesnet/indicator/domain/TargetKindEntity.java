package id.puskesnet.indicator.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** A kind of annual target. Reference data: seeded by migrations, read only here. */
@Entity
@Table(name = "target_kind")
@Getter
@NoArgsConstructor
public class TargetKindEntity {

    @Id
    private Long id;

    private String code;

    private String name;

    private String nameEn;

    private long programId;

    private String basis;

    private String basisEn;

    private int sortOrder;
}
