package id.puskesnet.facility.domain;

import id.puskesnet.common.FigureSourceListener;
import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import lombok.AllArgsConstructor;
import lombok.EqualsAndHashCode;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/** Population a puskesmas serves in a year. */
@Entity
@EntityListeners(FigureSourceListener.class)
@Getter
@Setter
@NoArgsConstructor
public class PuskesmasPopulation {

    @EmbeddedId
    private Key id;

    private int population;

    @Embeddable
    @Getter
    @NoArgsConstructor
    @AllArgsConstructor
    @EqualsAndHashCode
    public static class Key implements Serializable {

        private Long puskesmasId;

        /** The year counted ("year" is a reserved word in H2). */
        @Column(name = "census_year")
        private Integer year;
    }
}
