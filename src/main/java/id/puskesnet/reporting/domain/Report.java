package id.puskesnet.reporting.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import id.puskesnet.reporting.ReportStatus;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Version;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/** One facility's counts for one month. Facilities are kept as ids: they belong to the facility module. */
@Entity
@Getter
@Setter
@NoArgsConstructor
public class Report {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long facilityId;

    /** The network the report was made for; the puskesmas itself for its own report. */
    private long networkPuskesmasId;

    /** First day of the month reported. */
    private LocalDate period;

    @Enumerated(EnumType.STRING)
    private ReportStatus status = ReportStatus.DRAFT;

    private Instant createdAt;
    private String createdBy;
    private Instant updatedAt;

    /** When the report first reached the puskesmas: the moment timeliness is measured by. */
    private Instant firstSubmittedAt;
    private Instant submittedAt;
    private String submittedBy;
    private Instant verifiedAt;
    private String verifiedBy;
    private Instant acceptedAt;
    private String acceptedBy;
    private Instant returnedAt;
    private String returnedBy;
    private String returnReason;

    /** Element id → count. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "report_value", joinColumns = @JoinColumn(name = "report_id"))
    @MapKeyColumn(name = "element_id")
    @Column(name = "amount")
    private Map<Long, Integer> amounts = new HashMap<>();

    @Version
    private int version;
}
