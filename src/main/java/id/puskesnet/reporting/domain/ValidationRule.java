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
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/** A cross-field rule: the sum of the left elements must not exceed the right element. */
@Entity
@EntityListeners(FigureSourceListener.class)
@Getter
@Setter
@NoArgsConstructor
public class ValidationRule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    private long rightElementId;

    private boolean active = true;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "validation_rule_left", joinColumns = @JoinColumn(name = "rule_id"))
    @Column(name = "element_id")
    private Set<Long> leftElementIds = new LinkedHashSet<>();
}
