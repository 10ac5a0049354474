package id.puskesnet.facility;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import id.puskesnet.access.AccessScope;
import id.puskesnet.facility.domain.Facility;
import id.puskesnet.facility.domain.FacilityRepository;
import id.puskesnet.facility.domain.Kelurahan;
import id.puskesnet.facility.domain.KecamatanRepository;
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

    FacilityService(FacilityRepository facilities, KecamatanRepository kecamatan) {
        this.facilities = facilities;
        this.kecamatan = kecamatan;
    }

    public Page<FacilitySummary> search(AccessScope scope, FacilityFilter filter, Pageable pageable) {
        return facilities.search(scope.cityWide(), scope.facilityId(), scope.puskesmasId(),
                        filter.likePattern(), filter.type(), filter.kecamatanId(), filter.active(), pageable)
                .map(FacilityService::summary);
    }

    /** The facility's profile, or {@link FacilityNotFoundException} / {@link AccessDeniedException}. */
    public FacilityDetails details(AccessScope scope, long id) {
        Facility facility = facilities.findById(id).orElseThrow(() -> new FacilityNotFoundException(id));
        if (!scope.canView(facility.getId(), facility.getNetworkPuskesmasId())) {
            throw new AccessDeniedException("Facility " + id + " is outside the user's scope");
        }
        List<FacilitySummary> network = facility.getType() == FacilityType.PUSKESMAS
                ? facilities.findNetwork(id).stream().map(FacilityService::summary).toList()
                : List.of();
        Kelurahan kelurahan = facility.getKelurahan();
        Facility puskesmas = facility.getNetworkPuskesmas();
        return new FacilityDetails(facility.getId(), facility.getCode(), facility.getName(), facility.getType(),
                facility.getKecamatan().getKota().getName(), facility.getKecamatan().getName(),
                kelurahan == null ? null : kelurahan.getName(),
                puskesmas == null ? null : puskesmas.getId(), puskesmas == null ? null : puskesmas.getName(),
                facility.getAddress(), facility.getPhone(), facility.getHeadName(), facility.isOpen24h(),
                facility.getIlpStatus(), facility.getIlpSince(), facility.isActive(),
                facility.getKelurahanServed().stream().map(Kelurahan::getName).toList(), network);
    }

    public Optional<FacilityOption> option(long id) {
        return facilities.findById(id).map(f -> new FacilityOption(f.getId(), f.getName(), f.getType()));
    }

    public Optional<FacilityOption> findByCode(String code) {
        return facilities.findByCode(code).map(f -> new FacilityOption(f.getId(), f.getName(), f.getType()));
    }

    /** Names of the given facilities in one query, for lists that show them beside other records. */
    public Map<Long, String> namesById(Collection<Long> ids) {
        return facilities.findAllById(ids).stream().collect(Collectors.toMap(Facility::getId, Facility::getName));
    }

    /** Active facilities, puskesmas first, for drop-downs of the administrator. */
    public List<FacilityOption> activeOptions() {
        return facilities.findAllActiveOrdered().stream()
                .map(f -> new FacilityOption(f.getId(), f.getName(), f.getType()))
                .toList();
    }

    public List<KecamatanOption> kecamatanOptions() {
        return kecamatan.findAllByOrderByName().stream().map(k -> new KecamatanOption(k.getId(), k.getName())).toList();
    }

    private static FacilitySummary summary(Facility f) {
        Facility puskesmas = f.getNetworkPuskesmas();
        return new FacilitySummary(f.getId(), f.getCode(), f.getName(), f.getType(), f.getKecamatan().getName(),
                puskesmas == null ? null : puskesmas.getId(), puskesmas == null ? null : puskesmas.getName(),
                f.isOpen24h(), f.getIlpStatus(), f.isActive());
    }
}
