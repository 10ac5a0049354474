package id.puskesnet.reporting.domain;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

/** A token with which a partner system submits its facility's reports. Only its SHA-256 hash is kept. */
@Entity
@Table(name = "report_api_token")
@Getter
@Setter
@NoArgsConstructor
public class ApiToken {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long facilityId;

    private String tokenHash;

    private String label;

    private Instant createdAt;

    private String createdBy;

    private Instant lastUsedAt;

    private Instant revokedAt;

    private String revokedBy;
}
