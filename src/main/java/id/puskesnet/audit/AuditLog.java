package id.puskesnet.audit;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import id.puskesnet.access.CurrentUser;
import id.puskesnet.audit.domain.AuditEvent;
import id.puskesnet.audit.domain.AuditEventRepository;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes and reads the audit trail. Writes join the caller's transaction, so a change and its audit
 * event are stored together or not at all. Reading does not check scope: callers show a record's history
 * only after checking the user may see the record.
 */
@Service
public class AuditLog {

    static final String SYSTEM_ACTOR = "system";

    private final AuditEventRepository events;
    private final Clock clock;
    private final JsonMapper json = JsonMapper.builder().build();

    private final ZoneId displayZone;

    AuditLog(AuditEventRepository events, Clock clock, ZoneId displayZone) {
        this.events = events;
        this.clock = clock;
        this.displayZone = displayZone;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String entityType, long entityId, AuditAction action, List<FieldChange> changes) {
        AuditEvent event = new AuditEvent();
        event.setOccurredAt(clock.instant());
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
            event.setActorUserId(user.getId());
            event.setActorUsername(user.getUsername());
        } else if (authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            event.setActorUsername(authentication.getName()); // a partner system, e.g. api:KP-SEHAT-BERSAMA
        } else {
            event.setActorUsername(SYSTEM_ACTOR);
        }
        event.setEntityType(entityType);
        event.setEntityId(entityId);
        event.setAction(action);
        event.setChanges(changes.isEmpty() ? null : json.writeValueAsString(changes));
        events.save(event);
    }

    @Transactional(readOnly = true)
    public List<AuditEntry> history(String entityType, long entityId) {
        return events.findByEntityTypeAndEntityIdOrderByOccurredAtDescIdDesc(entityType, entityId).stream()
                .map(e -> new AuditEntry(e.getOccurredAt().atZone(displayZone), e.getActorUsername(), e.getAction(), changes(e)))
                .toList();
    }

    private List<FieldChange> changes(AuditEvent event) {
        if (event.getChanges() == null) {
            return List.of();
        }
        return Arrays.asList(json.readValue(event.getChanges(), FieldChange[].class));
    }
}
