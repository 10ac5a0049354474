package id.puskesnet.indicator.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** A data element in an indicator's numerator or denominator. */
@Embeddable
public record IndicatorPart(@Column(name = "element_id") long elementId, @Column(name = "part") String part) {

    public static final String NUMERATOR = "NUMERATOR";
    public static final String DENOMINATOR = "DENOMINATOR";
}
