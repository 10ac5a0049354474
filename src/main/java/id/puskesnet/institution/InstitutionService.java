package id.puskesnet.institution;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.puskesnet.access.AccessScope;
import id.puskesnet.audit.AuditLog;
import id.puskesnet.facility.FacilityService;
import id.puskesnet.facility.KecamatanOption;
import id.puskesnet.institution.domain.Institution;
import id.puskesnet.institution.domain.InstitutionRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the partner institutions, always within the caller's scope. */
@Service
@Transactional(readOnly = true)
public class InstitutionService {

    private final InstitutionRepository institutions;
    private final FacilityService facilities;
    private final AuditLog audit;

    InstitutionService(InstitutionRepository institutions, FacilityService facilities, AuditLog audit) {
        this.institutions = institutions;
        this.facilities = facilities;
        this.audit = audit;
    }

    /** A page of the institutions the scope may see. */
    public Page<InstitutionSummary> search(AccessScope scope, InstitutionFilter filter, Pageable pageable) {
        requireBrowsing(scope);
        Page<Institution> page = query(scope, filter, pageable);
        return page.map(summaries(page.getContent()));
    }

    /** Every institution of the filtered list, for the CSV export. */
    public List<InstitutionSummary> export(AccessScope scope, InstitutionFilter filter, Sort sort) {
        requireBrowsing(scope);
        List<Institution> all = query(scope, filter, Pageable.unpaged(sort)).getContent();
        return all.stream().map(summaries(all)).toList();
    }

    /** The institution's page, or {@link InstitutionNotFoundException} / {@link AccessDeniedException}. */
    public InstitutionDetails details(AccessScope scope, long id) {
        requireBrowsing(scope);
        Institution i = institutions.findById(id).orElseThrow(() -> new InstitutionNotFoundException(id));
        if (!scope.canViewInstitution(i.getOwnerPuskesmasId())) {
            throw new AccessDeniedException("Institution " + id + " is outside the user's scope");
        }
        String ownerName = i.getOwnerPuskesmasId() == null ? null
                : facilities.namesById(List.of(i.getOwnerPuskesmasId())).get(i.getOwnerPuskesmasId());
        return new InstitutionDetails(i.getId(), i.getName(), i.getSector(), i.getOwnerPuskesmasId(), ownerName,
                i.getKecamatanId(), kecamatanNames().get(i.getKecamatanId()), i.getAddress(), i.getContactPerson(),
                i.getPhone(), i.getEmail(), i.getNotes(), i.isActive(), i.getVersion(),
                audit.history(InstitutionRegistry.AUDIT_TYPE, id), scope.canManageInstitution(i.getOwnerPuskesmasId()));
    }

    /**
     * The given institutions in one query, for records that name several (MoUs, forums); unknown ids are left
     * out. No scope check: callers show them beside records they have checked the user may see.
     */
    public Map<Long, InstitutionSummary> summariesById(Collection<Long> ids) {
        List<Institution> rows = institutions.findAllById(ids);
        Function<Institution, InstitutionSummary> summary = summaries(rows);
        return rows.stream().collect(Collectors.toMap(Institution::getId, summary));
    }

    private Page<Institution> query(AccessScope scope, InstitutionFilter filter, Pageable pageable) {
        boolean ownerFilters = scope.cityWide();
        return institutions.search(scope.cityWide(), scope.puskesmasId(), filter.likePattern(), filter.sector(),
                filter.kecamatanId(), ownerFilters ? filter.ownerPuskesmasId() : null,
                ownerFilters && filter.cityLevelOnly(), filter.active(), pageable);
    }

    /** Maps rows to summaries with the names of owners and kecamatan looked up once for all rows. */
    private Function<Institution, InstitutionSummary> summaries(Collection<Institution> rows) {
        Map<Long, String> owners = facilities.namesById(rows.stream().map(Institution::getOwnerPuskesmasId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        Map<Long, String> kecamatan = kecamatanNames();
        return i -> new InstitutionSummary(i.getId(), i.getName(), i.getSector(), i.getOwnerPuskesmasId(),
                i.getOwnerPuskesmasId() == null ? null : owners.get(i.getOwnerPuskesmasId()),
                i.getKecamatanId() == null ? null : kecamatan.get(i.getKecamatanId()), i.getAddress(),
                i.getContactPerson(), i.getPhone(), i.getEmail(), i.getNotes(), i.isActive());
    }

    private Map<Long, String> kecamatanNames() {
        return facilities.kecamatanOptions().stream()
                .collect(Collectors.toMap(KecamatanOption::id, KecamatanOption::name));
    }

    private static void requireBrowsing(AccessScope scope) {
        if (!scope.canBrowseInstitutions()) {
            throw new AccessDeniedException("Partner clinics do not see institutions");
        }
    }
}
