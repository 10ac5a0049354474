package id.puskesnet.audit;

import java.time.ZonedDateTime;
import java.util.List;

/** One event of a record's history, as its page shows it. */
public record AuditEntry(ZonedDateTime occurredAt, String actorUsername, AuditAction action, List<FieldChange> changes) {
}
