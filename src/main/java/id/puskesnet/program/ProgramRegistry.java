package id.puskesnet.program;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import id.puskesnet.access.AccessScope;
import id.puskesnet.audit.AuditAction;
import id.puskesnet.audit.AuditLog;
import id.puskesnet.audit.Changes;
import id.puskesnet.facility.FacilityOption;
import id.puskesnet.facility.FacilityService;
import id.puskesnet.program.domain.Program;
import id.puskesnet.program.domain.ProgramRepository;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes the program catalogue. The DKK administrator keeps every program; a puskesmas head keeps the
 * innovations of their own puskesmas. Every change is recorded in the audit trail in the same transaction.
 */
@Service
@Transactional
public class ProgramRegistry {

    public static final String AUDIT_TYPE = "PROGRAM";
    /** How a program of the whole city reads in the audit trail (the same in both languages). */
    static final String CITY_LEVEL_OWNER = "DKK";
    static final int DEFAULT_SORT_ORDER = 100;
    private static final Pattern CODE = Pattern.compile("[A-Z0-9_]{2,30}");

    private final ProgramRepository programs;
    private final FacilityService facilities;
    private final AuditLog audit;
    private final Clock clock;

    ProgramRegistry(ProgramRepository programs, FacilityService facilities, AuditLog audit, Clock clock) {
        this.programs = programs;
        this.facilities = facilities;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Adds a program. The administrator chooses kind and owner; a puskesmas head's program is always an
     * innovation of their own puskesmas, whatever the data names.
     */
    public long create(AccessScope scope, ProgramData data) {
        if (!scope.canCreateProgram()) {
            throw new AccessDeniedException("May not add programs");
        }
        ProgramKind kind = scope.isAdministrator() ? data.kind() : ProgramKind.INOVASI;
        Long owner = scope.isAdministrator() ? data.ownerPuskesmasId() : scope.puskesmasId();
        String code = data.code() == null ? "" : data.code().strip().toUpperCase(Locale.ROOT);
        if (code.isEmpty()) {
            throw new ProgramRuleException("code", "program.code.required");
        }
        if (!CODE.matcher(code).matches()) {
            throw new ProgramRuleException("code", "program.code.format");
        }
        if (programs.existsByCodeIgnoreCase(code)) {
            throw new ProgramRuleException("code", "program.code.taken");
        }
        Program program = new Program();
        program.setCode(code);
        program.setCreatedAt(clock.instant());
        Changes changes = Changes.of().field("program.code", null, code);
        apply(program, data, changes);
        setKindAndOwner(program, kind, owner, changes);
        program.setSortOrder(scope.isAdministrator() && data.sortOrder() != null ? data.sortOrder()
                : DEFAULT_SORT_ORDER);
        changes.field("program.sortOrder", null, program.getSortOrder());
        programs.save(program);
        audit.record(AUDIT_TYPE, program.getId(), AuditAction.CREATE, changes.list());
        return program.getId();
    }

    /** Changes a program; only the administrator changes its kind, owner and place in the catalogue. */
    public void update(AccessScope scope, long id, ProgramData data, int version) {
        Program program = managed(scope, id);
        if (program.getVersion() != version) {
            throw new OptimisticLockingFailureException("Program " + id + " was changed by someone else");
        }
        Changes changes = Changes.of();
        apply(program, data, changes);
        if (scope.isAdministrator()) {
            setKindAndOwner(program, data.kind(), data.ownerPuskesmasId(), changes);
            int sortOrder = data.sortOrder() == null ? program.getSortOrder() : data.sortOrder();
            changes.field("program.sortOrder", program.getSortOrder(), sortOrder);
            program.setSortOrder(sortOrder);
        }
        if (!changes.isEmpty()) {
            audit.record(AUDIT_TYPE, id, AuditAction.UPDATE, changes.list());
        }
    }

    /** Deactivates (MoUs and reports keep pointing at it, it is just no longer offered) or reactivates. */
    public void setActive(AccessScope scope, long id, boolean active) {
        Program program = managed(scope, id);
        if (program.isActive() == active) {
            return;
        }
        program.setActive(active);
        audit.record(AUDIT_TYPE, id, active ? AuditAction.ACTIVATE : AuditAction.DEACTIVATE, List.of());
    }

    private void apply(Program program, ProgramData data, Changes changes) {
        String name = data.name() == null ? "" : data.name().strip();
        if (name.isEmpty()) {
            throw new ProgramRuleException("name", "program.name.required");
        }
        changes.field("program.name", program.getName(), name)
                .field("program.nameEn", program.getNameEn(), data.nameEn())
                .field("program.description", program.getDescription(), data.description());
        program.setName(name);
        program.setNameEn(data.nameEn());
        program.setDescription(data.description());
    }

    private void setKindAndOwner(Program program, ProgramKind kind, Long owner, Changes changes) {
        if (kind == null) {
            throw new ProgramRuleException("kind", "program.kind.required");
        }
        if (kind == ProgramKind.PRIORITAS && owner != null) {
            throw new ProgramRuleException("ownerPuskesmasId", "program.owner.priorityIsCityWide");
        }
        if (!Objects.equals(program.getOwnerPuskesmasId(), owner) || program.getId() == null) {
            changes.field("program.owner", program.getId() == null ? null : ownerName(program.getOwnerPuskesmasId()),
                    validOwnerName(owner));
        }
        changes.field("program.kind", program.getKind(), kind);
        program.setKind(kind);
        program.setOwnerPuskesmasId(owner);
    }

    private String ownerName(Long ownerPuskesmasId) {
        return ownerPuskesmasId == null ? CITY_LEVEL_OWNER
                : facilities.namesById(List.of(ownerPuskesmasId)).get(ownerPuskesmasId);
    }

    /** The new owner's name for the audit trail; a new owner must be an active puskesmas. */
    private String validOwnerName(Long ownerPuskesmasId) {
        if (ownerPuskesmasId == null) {
            return CITY_LEVEL_OWNER;
        }
        return facilities.activePuskesmasOptions().stream()
                .filter(p -> p.id() == ownerPuskesmasId).map(FacilityOption::name).findFirst()
                .orElseThrow(() -> new ProgramRuleException("ownerPuskesmasId", "program.owner.invalid"));
    }

    private Program managed(AccessScope scope, long id) {
        if (!scope.canBrowsePrograms()) {
            throw new AccessDeniedException("Partner clinics do not see the program catalogue");
        }
        Program program = programs.findById(id).orElseThrow(() -> new ProgramNotFoundException(id));
        if (!scope.canManageProgram(program.getKind() == ProgramKind.INOVASI, program.getOwnerPuskesmasId())) {
            throw new AccessDeniedException("May not change program " + id);
        }
        return program;
    }
}
