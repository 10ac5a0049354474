package id.puskesnet.audit.domain;

import java.time.Instant;

import id.puskesnet.audit.AuditAction;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import lombok.Getter;
import lombok.NoArgsConstructor;
import lombok.Setter;

@Entity
@Getter
@Setter
@NoArgsConstructor
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private Instant occurredAt;

    private Long actorUserId;

    private String actorUsername;

    private String entityType;

    private Long entityId;

    @Enumerated(EnumType.STRING)
    private AuditAction action;

    /** JSON array of field changes. */
    private String changes;
}
