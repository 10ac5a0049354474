package id.puskesnet.institution;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

import id.puskesnet.access.AccessScope;
import id.puskesnet.audit.AuditAction;
import id.puskesnet.audit.AuditLog;
import id.puskesnet.audit.Changes;
import id.puskesnet.facility.FacilityOption;
import id.puskesnet.facility.FacilityService;
import id.puskesnet.facility.KecamatanOption;
import id.puskesnet.institution.domain.Institution;
import id.puskesnet.institution.domain.InstitutionRepository;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes the partner institutions. Every change is checked against the caller's scope and recorded in the
 * audit trail in the same transaction.
 */
@Service
@Transactional
public class InstitutionRegistry {

    public static final String AUDIT_TYPE = "INSTITUTION";
    /** How a city-level owner reads in the audit trail (the same in both languages). */
    static final String CITY_LEVEL_OWNER = "DKK";

    private final InstitutionRepository institutions;
    private final FacilityService facilities;
    private final AuditLog audit;
    private final Clock clock;

    InstitutionRegistry(InstitutionRepository institutions, FacilityService facilities, AuditLog audit, Clock clock) {
        this.institutions = institutions;
        this.facilities = facilities;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Adds an institution. The administrator chooses the owner (null = city level); a puskesmas user's
     * institution always belongs to their own puskesmas, whatever the data names.
     */
    public long create(AccessScope scope, InstitutionData data) {
        if (!scope.canCreateInstitution()) {
            throw new AccessDeniedException("May not add institutions");
        }
        Long owner = scope.isAdministrator() ? data.ownerPuskesmasId() : scope.puskesmasId();
        if (!scope.canManageInstitution(owner)) {
            throw new AccessDeniedException("May not add institutions for " + owner);
        }
        Institution institution = new Institution();
        institution.setCreatedAt(clock.instant());
        Changes changes = Changes.of();
        apply(institution, data, changes);
        changes.field("institution.owner", null, validOwnerName(owner));
        institution.setOwnerPuskesmasId(owner);
        institutions.save(institution);
        audit.record(AUDIT_TYPE, institution.getId(), AuditAction.CREATE, changes.list());
        return institution.getId();
    }

    /** Changes an institution; only the administrator moves it to another owner. */
    public void update(AccessScope scope, long id, InstitutionData data, int version) {
        Institution institution = find(scope, id);
        if (!scope.canManageInstitution(institution.getOwnerPuskesmasId())) {
            throw new AccessDeniedException("May not edit institution " + id);
        }
        if (institution.getVersion() != version) {
            throw new OptimisticLockingFailureException("Institution " + id + " was changed by someone else");
        }
        Changes changes = Changes.of();
        apply(institution, data, changes);
        Long owner = institution.getOwnerPuskesmasId();
        if (scope.isAdministrator() && !Objects.equals(owner, data.ownerPuskesmasId())) {
            String oldName = owner == null ? CITY_LEVEL_OWNER : facilities.namesById(List.of(owner)).get(owner);
            changes.field("institution.owner", oldName, validOwnerName(data.ownerPuskesmasId()));
            institution.setOwnerPuskesmasId(data.ownerPuskesmasId());
        }
        if (!changes.isEmpty()) {
            audit.record(AUDIT_TYPE, id, AuditAction.UPDATE, changes.list());
        }
    }

    /** Deactivates (instead of deleting: MoUs and forums keep pointing at it) or reactivates. */
    public void setActive(AccessScope scope, long id, boolean active) {
        Institution institution = find(scope, id);
        if (!scope.canManageInstitution(institution.getOwnerPuskesmasId())) {
            throw new AccessDeniedException("May not change institution " + id);
        }
        if (institution.isActive() == active) {
            return;
        }
        institution.setActive(active);
        audit.record(AUDIT_TYPE, id, active ? AuditAction.ACTIVATE : AuditAction.DEACTIVATE, List.of());
    }

    private void apply(Institution institution, InstitutionData data, Changes changes) {
        String name = data.name() == null ? "" : data.name().strip();
        if (name.isEmpty()) {
            throw new InstitutionRuleException("name", "institution.name.required");
        }
        if (data.sector() == null) {
            throw new InstitutionRuleException("sector", "institution.sector.required");
        }
        KecamatanOption kecamatan = data.kecamatanId() == null ? null : facilities.kecamatanOptions().stream()
                .filter(k -> k.id() == data.kecamatanId()).findFirst()
                .orElseThrow(() -> new InstitutionRuleException("kecamatanId", "institution.kecamatan.unknown"));
        String oldKecamatan = institution.getKecamatanId() == null ? null : facilities.kecamatanOptions().stream()
                .filter(k -> k.id() == institution.getKecamatanId()).map(KecamatanOption::name).findFirst()
                .orElse(null);
        String email = data.email() == null ? null : data.email().strip();
        changes.field("institution.name", institution.getName(), name)
                .field("institution.sector", institution.getSector(), data.sector())
                .field("institution.kecamatan", oldKecamatan, kecamatan == null ? null : kecamatan.name())
                .field("institution.address", institution.getAddress(), data.address())
                .field("institution.contactPerson", institution.getContactPerson(), data.contactPerson())
                .field("institution.phone", institution.getPhone(), data.phone())
                .field("institution.email", institution.getEmail(), email)
                .field("institution.notes", institution.getNotes(), data.notes());
        institution.setName(name);
        institution.setSector(data.sector());
        institution.setKecamatanId(kecamatan == null ? null : kecamatan.id());
        institution.setAddress(data.address());
        institution.setContactPerson(data.contactPerson());
        institution.setPhone(data.phone());
        institution.setEmail(email);
        institution.setNotes(data.notes());
    }

    /** The new owner's name for the audit trail; a new owner must be an active puskesmas. */
    private String validOwnerName(Long ownerPuskesmasId) {
        if (ownerPuskesmasId == null) {
            return CITY_LEVEL_OWNER;
        }
        return facilities.activePuskesmasOptions().stream()
                .filter(p -> p.id() == ownerPuskesmasId).map(FacilityOption::name).findFirst()
                .orElseThrow(() -> new InstitutionRuleException("ownerPuskesmasId", "institution.owner.invalid"));
    }

    private Institution find(AccessScope scope, long id) {
        if (!scope.canBrowseInstitutions()) {
            throw new AccessDeniedException("Partner clinics do not see institutions");
        }
        return institutions.findById(id).orElseThrow(() -> new InstitutionNotFoundException(id));
    }
}
