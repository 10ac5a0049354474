package id.puskesnet.mou.domain;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/** One entry of an MoU's collaboration log. */
@Entity
@Table(name = "mou_log_entry")
@Getter
@Setter
@NoArgsConstructor
public class MouLogEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Long mouId;

    private LocalDate happenedOn;

    private String description;

    private Integer quantity;

    private String unit;

    private Instant createdAt;

    @Version
    private int version;
}
