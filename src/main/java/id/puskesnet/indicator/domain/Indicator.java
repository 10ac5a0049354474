package id.puskesnet.indicator.domain;

import id.puskesnet.common.FigureSourceListener;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Set;

import id.puskesnet.indicator.Cumulation;
import id.puskesnet.indicator.IndicatorUnit;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/** An indicator definition. Program, data elements and target kind are kept as ids. */
@Entity
@EntityListeners(FigureSourceListener.class)
@Getter
@Setter
@NoArgsConstructor
public class Indicator {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    private String name;

    private String nameEn;

    private long programId;

    @Enumerated(EnumType.STRING)
    private IndicatorUnit unit;

    @Enumerated(EnumType.STRING)
    private Cumulation cumulation;

    private boolean higherIsBetter = true;

    private BigDecimal targetValue;

    private String targetSource;

    private Long denominatorTargetKindId;

    private BigDecimal amberRatio;

    private String note;

    private String noteEn;

    private int sortOrder;

    private boolean active = true;

    @ElementCollection
    @CollectionTable(name = "indicator_element", joinColumns = @JoinColumn(name = "indicator_id"))
    private Set<IndicatorPart> parts = new LinkedHashSet<>();

    @Version
    private int version;
}
