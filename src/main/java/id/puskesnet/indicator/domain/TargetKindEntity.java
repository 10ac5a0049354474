package id.puskesnet.indicator.domain;

import id.puskesnet.common.FigureSourceListener;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.Getter;
import lombok.NoArgsConstructor;

/** A kind of annual target. Reference data: seeded by migrations, read only here. */
@Entity
@EntityListeners(FigureSourceListener.class)
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
