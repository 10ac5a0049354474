package id.puskesnet.facility;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import id.puskesnet.access.AccessScope;
import id.puskesnet.audit.AuditLog;
import id.puskesnet.facility.domain.Facility;
import id.puskesnet.facility.domain.FacilityRepository;
import id.puskesnet.facility.domain.KecamatanRepository;
import id.puskesnet.facility.domain.Kelurahan;
import id.puskesnet.facility.domain.KelurahanRepository;
import id.puskesnet.facility.domain.NetworkMembershipRepository;
import id.puskesnet.facility.domain.PuskesmasPopulationRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the facility registry, always within the caller's scope. */
@Service
@Transactional(readOnly = true)
public class FacilityService {

    private final FacilityRepository facilities;
    private final KecamatanRepository kecamatan;
    private final KelurahanRepository kelurahan;
    private final NetworkMembershipRepository memberships;
    private final PuskesmasPopulationRepository populations;
    private final AuditLog audit;
    private final Clock clock;

    FacilityService(FacilityRepository facilities, KecamatanRepository kecamatan, KelurahanRepository kelurahan,
                    NetworkMembershipRepository memberships, PuskesmasPopulationRepository populations,
                    AuditLog audit, Clock clock) {
        this.facilities = facilities;
        this.kecamatan = kecamatan;
        this.kelurahan = kelurahan;
        this.memberships = memberships;
        this.populations = populations;
        this.audit = audit;
        this.clock = clock;
    }

    /** A page of the facilities the scope may see; {@link Pageable#unpaged} for exports. */
    public Page<FacilitySummary> search(AccessScope scope, FacilityFilter filter, Pageable pageable) {
        LocalDate today = LocalDate.now(clock);
        return facilities.search(scope.cityWide(), scope.facilityId(), scope.puskesmasId(),
                        filter.likePattern(), filter.type(), filter.kecamatanId(), filter.active(),
                        filter.licenceBefore(today), pageable)
                .map(f -> summary(f, today));
    }

    /** The facility's profile, or {@link FacilityNotFoundException} / {@link AccessDeniedException}. */
    public FacilityDetails details(AccessScope scope, long id) {
        Facility f = facilities.findById(id).orElseThrow(() -> new FacilityNotFoundException(id));
        Long networkId = f.getNetworkPuskesmasId();
        if (!scope.canView(f.getId(), networkId)) {
            throw new AccessDeniedException("Facility " + id + " is outside the user's scope");
        }
        LocalDate today = LocalDate.now(clock);
        boolean puskesmas = f.getType() == FacilityType.PUSKESMAS;
        List<FacilitySummary> network = puskesmas
                ? facilities.findNetwork(id).stream().map(p -> summary(p, today)).toList()
                : List.of();
        List<FacilityDetails.PopulationFigure> populationFigures = puskesmas
                ? populations.findByIdPuskesmasIdOrderByIdYearDesc(id).stream()
                .map(p -> new FacilityDetails.PopulationFigure(p.getId().getYear(), p.getPopulation())).toList()
                : List.of();
        List<FacilityDetails.MembershipPeriod> periods = puskesmas ? List.of()
                : memberships.findHistory(id).stream()
                .map(m -> new FacilityDetails.MembershipPeriod(m.getPuskesmas().getName(), m.getValidFrom(),
                        m.getValidTo(), m.getNote())).toList();
        List<Kelurahan> served = f.getKelurahanServed().stream().sorted(Comparator.comparing(Kelurahan::getName))
                .toList();
        Kelurahan place = f.getKelurahan();
        Facility home = f.getNetworkPuskesmas();
        return new FacilityDetails(f.getId(), f.getCode(), f.getName(), f.getType(),
                f.getKecamatan().getKota().getName(), f.getKecamatan().getId(), f.getKecamatan().getName(),
                place == null ? null : place.getId(), place == null ? null : place.getName(),
                home == null ? null : home.getId(), home == null ? null : home.getName(),
                f.getAddress(), f.getPhone(), f.getHeadName(), f.isOpen24h(), f.isBlud(), f.getIlpStatus(),
                f.getIlpSince(), f.getLatitude(), f.getLongitude(), f.getLicenceNumber(), f.getLicenceExpiry(),
                f.getType().isPartner() ? LicenceStatus.of(f.getLicenceExpiry(), today) : LicenceStatus.NONE,
                f.getContactPerson(), f.getContactPhone(), f.getJoinedOn(), f.isActive(), f.getVersion(),
                served.stream().map(Kelurahan::getId).toList(), served.stream().map(Kelurahan::getName).toList(),
                network, populationFigures, periods, audit.history(FacilityRegistry.AUDIT_TYPE, id),
                scope.canManage(id, networkId), scope.canUpdateContact(id, networkId), scope.isAdministrator());
    }

    public Optional<FacilityOption> option(long id) {
        return facilities.findById(id).map(FacilityService::option);
    }

    public Optional<FacilityOption> findByCode(String code) {
        return facilities.findByCode(code).map(FacilityService::option);
    }

    /** Names of the given facilities in one query, for lists that show them beside other records. */
    public Map<Long, String> namesById(Collection<Long> ids) {
        return facilities.findAllById(ids).stream().collect(Collectors.toMap(Facility::getId, Facility::getName));
    }

    /** Active facilities, puskesmas first, for drop-downs of the administrator. */
    public List<FacilityOption> activeOptions() {
        return facilities.findAllActiveOrdered().stream().map(FacilityService::option).toList();
    }

    /** Active puskesmas, for choosing a network. */
    public List<FacilityOption> activePuskesmasOptions() {
        return facilities.findAllActiveOrdered().stream()
                .filter(f -> f.getType() == FacilityType.PUSKESMAS)
                .map(FacilityService::option).toList();
    }

    /** Active kecamatan, for choosing one in a form. */
    public List<KecamatanOption> kecamatanOptions() {
        return kecamatanOptions(null);
    }

    /** Active kecamatan plus the one a record refers to now, so that editing the record keeps its value. */
    public List<KecamatanOption> kecamatanOptions(Long currentId) {
        return kecamatan.findAllByOrderByName().stream()
                .filter(k -> k.isActive() || k.getId().equals(currentId))
                .map(k -> new KecamatanOption(k.getId(), k.getName())).toList();
    }

    /** Every kecamatan, inactive ones too, for filtering records that may still refer to them. */
    /** How many kecamatan there are, to choose between a select of them and another way in. */
    public long kecamatanCount() {
        return kecamatan.count();
    }

    public List<KecamatanOption> allKecamatanOptions() {
        return kecamatan.findAllByOrderByName().stream().map(k -> new KecamatanOption(k.getId(), k.getName())).toList();
    }

    /** Active kelurahan, for choosing one in a form. */
    public List<KelurahanOption> kelurahanOptions() {
        return kelurahanOptions(List.of());
    }

    /** Active kelurahan plus those a record refers to now, so that editing the record keeps its values. */
    public List<KelurahanOption> kelurahanOptions(Collection<Long> currentIds) {
        return kelurahan.findAllOrdered().stream()
                .filter(k -> (k.isActive() && k.getKecamatan().isActive()) || currentIds.contains(k.getId()))
                .map(k -> new KelurahanOption(k.getId(), k.getName(), k.getKecamatan().getName())).toList();
    }

    private static FacilityOption option(Facility f) {
        return new FacilityOption(f.getId(), f.getName(), f.getType());
    }

    private static FacilitySummary summary(Facility f, LocalDate today) {
        Facility puskesmas = f.getNetworkPuskesmas();
        return new FacilitySummary(f.getId(), f.getCode(), f.getName(), f.getType(), f.getKecamatan().getName(),
                puskesmas == null ? null : puskesmas.getId(), puskesmas == null ? null : puskesmas.getName(),
                f.isOpen24h(), f.getIlpStatus(), f.isActive(), f.getLicenceExpiry(),
                f.getType().isPartner() ? LicenceStatus.of(f.getLicenceExpiry(), today) : LicenceStatus.NONE);
    }
}
