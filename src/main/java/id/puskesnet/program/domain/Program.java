package id.puskesnet.program.domain;

import id.puskesnet.common.FigureSourceListener;
import java.time.Instant;

import id.puskesnet.program.ProgramKind;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityListeners;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/** A health program or local innovation. The owning puskesmas is kept as an id: it belongs to the facility module. */
@Entity
@EntityListeners(FigureSourceListener.class)
@Getter
@Setter
@NoArgsConstructor
public class Program {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    private String name;

    private String nameEn;

    @Enumerated(EnumType.STRING)
    private ProgramKind kind;

    /** Null: a program of the whole city. */
    private Long ownerPuskesmasId;

    private String description;

    private int sortOrder = 100;

    private boolean active = true;

    private Instant createdAt;

    @Version
    private int version;
}
