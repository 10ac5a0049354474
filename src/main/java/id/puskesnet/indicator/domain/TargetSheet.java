package id.puskesnet.indicator.domain;

import id.puskesnet.common.FigureSourceListener;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/**
 * A year's sheet of annual targets. Every change to the year's targets (grid, CSV import, copy from last year)
 * goes through it, so its version tells whether the page the change was made on is stale.
 */
@Entity
@EntityListeners(FigureSourceListener.class)
@Getter
@Setter
@NoArgsConstructor
public class TargetSheet {

    @Id
    @Column(name = "target_year")
    private Integer year;

    private Instant updatedAt;

    private String updatedBy;

    @Version
    private int version;
}
