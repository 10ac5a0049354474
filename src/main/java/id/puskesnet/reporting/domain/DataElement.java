package id.puskesnet.reporting.domain;

import id.puskesnet.common.FigureSourceListener;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Version;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/** One monthly count a facility reports, e.g. "terduga TB ditemukan". The program is kept as an id. */
@Entity
@EntityListeners(FigureSourceListener.class)
@Getter
@Setter
@NoArgsConstructor
public class DataElement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    private String name;

    private String nameEn;

    private long programId;

    private String unit;

    private int maxValue;

    private int sortOrder;

    private boolean active = true;

    /** Facility types (FacilityType names) that report this element. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "data_element_reporter", joinColumns = @JoinColumn(name = "element_id"))
    @Column(name = "facility_type")
    private Set<String> reporterTypes = new LinkedHashSet<>();

    @Version
    private int version;
}
