package id.puskesnet.facility;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import id.puskesnet.access.AccessScope;
import id.puskesnet.audit.AuditAction;
import id.puskesnet.audit.AuditLog;
import id.puskesnet.audit.Changes;
import id.puskesnet.facility.domain.Facility;
import id.puskesnet.facility.domain.FacilityRepository;
import id.puskesnet.facility.domain.Kecamatan;
import id.puskesnet.facility.domain.KecamatanRepository;
import id.puskesnet.facility.domain.Kelurahan;
import id.puskesnet.facility.domain.KelurahanRepository;
import id.puskesnet.facility.domain.NetworkMembership;
import id.puskesnet.facility.domain.NetworkMembershipRepository;
import id.puskesnet.facility.domain.PuskesmasPopulation;
import id.puskesnet.facility.domain.PuskesmasPopulationRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes the facility registry. Every change is checked against the caller's scope and recorded in
 * the audit trail in the same transaction; a change of who is in a network publishes
 * {@link NetworkMembershipChanged} in it too.
 */
@Service
@Transactional
public class FacilityRegistry {

    public static final String AUDIT_TYPE = "FACILITY";

    private final FacilityRepository facilities;
    private final KecamatanRepository kecamatan;
    private final KelurahanRepository kelurahan;
    private final NetworkMembershipRepository memberships;
    private final PuskesmasPopulationRepository populations;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FacilityRegistry(FacilityRepository facilities, KecamatanRepository kecamatan, KelurahanRepository kelurahan,
                     NetworkMembershipRepository memberships, PuskesmasPopulationRepository populations,
                     AuditLog audit, ApplicationEventPublisher events, Clock clock) {
        this.facilities = facilities;
        this.kecamatan = kecamatan;
        this.kelurahan = kelurahan;
        this.memberships = memberships;
        this.populations = populations;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** Adds a partner to a network. Puskesmas users always add to their own network. */
    public long createPartner(AccessScope scope, PartnerData data) {
        Long networkId = scope.puskesmasId() != null ? scope.puskesmasId() : data.networkPuskesmasId();
        if (networkId == null) {
            throw new FacilityRuleException("networkPuskesmasId", "facility.network.required");
        }
        if (!scope.canManage(0, networkId)) {
            throw new AccessDeniedException("May not add partners to network " + networkId);
        }
        Facility puskesmas = activePuskesmas(networkId, "networkPuskesmasId");
        Facility partner = new Facility();
        partner.setNetworkPuskesmas(puskesmas);
        partner.setCreatedAt(clock.instant());
        applyPartner(partner, data, Changes.of(), true);
        partner.setJoinedOn(data.joinedOn() != null ? data.joinedOn() : today());
        facilities.save(partner);
        NetworkMembership membership = new NetworkMembership();
        membership.setPartner(partner);
        membership.setPuskesmas(puskesmas);
        membership.setValidFrom(partner.getJoinedOn());
        memberships.save(membership);
        audit.record(AUDIT_TYPE, partner.getId(), AuditAction.CREATE, describe(partner).list());
        events.publishEvent(new NetworkMembershipChanged(Set.of(networkId)));
        return partner.getId();
    }

    public void updatePartner(AccessScope scope, long id, PartnerData data, int version) {
        Facility partner = find(id);
        if (!partner.getType().isPartner() || !scope.canManage(id, partner.getNetworkPuskesmasId())) {
            throw new AccessDeniedException("May not edit facility " + id);
        }
        checkVersion(partner, version);
        Changes changes = Changes.of();
        applyPartner(partner, data, changes, false);
        if (data.joinedOn() != null) {
            changes.field("facility.joinedOn", partner.getJoinedOn(), data.joinedOn());
            partner.setJoinedOn(data.joinedOn());
        }
        recordUpdate(partner, changes);
    }

    /** Contact details: managers of the facility, and a partner for its own facility. */
    public void updateContact(AccessScope scope, long id, ContactData data, int version) {
        Facility facility = find(id);
        if (!scope.canUpdateContact(id, facility.getNetworkPuskesmasId())) {
            throw new AccessDeniedException("May not update contact of facility " + id);
        }
        checkVersion(facility, version);
        Changes changes = Changes.of()
                .field("facility.address", facility.getAddress(), data.address())
                .field("facility.phone", facility.getPhone(), data.phone())
                .field("facility.contactPerson", facility.getContactPerson(), data.contactPerson())
                .field("facility.contactPhone", facility.getContactPhone(), data.contactPhone());
        facility.setAddress(data.address());
        facility.setPhone(data.phone());
        facility.setContactPerson(data.contactPerson());
        facility.setContactPhone(data.contactPhone());
        recordUpdate(facility, changes);
    }

    public long createPuskesmas(AccessScope scope, PuskesmasData data) {
        requireAdministrator(scope);
        Facility puskesmas = new Facility();
        puskesmas.setType(FacilityType.PUSKESMAS);
        puskesmas.setCreatedAt(clock.instant());
        applyPuskesmas(puskesmas, data, Changes.of(), true);
        facilities.save(puskesmas);
        audit.record(AUDIT_TYPE, puskesmas.getId(), AuditAction.CREATE, describe(puskesmas).list());
        events.publishEvent(new NetworkMembershipChanged(Set.of(puskesmas.getId())));
        return puskesmas.getId();
    }

    public void updatePuskesmas(AccessScope scope, long id, PuskesmasData data, int version) {
        requireAdministrator(scope);
        Facility puskesmas = find(id);
        if (puskesmas.getType() != FacilityType.PUSKESMAS) {
            throw new AccessDeniedException("Facility " + id + " is not a puskesmas");
        }
        checkVersion(puskesmas, version);
        Changes changes = Changes.of();
        applyPuskesmas(puskesmas, data, changes, false);
        recordUpdate(puskesmas, changes);
    }

    /**
     * Moves a partner to another network from a date on. The old membership ends that day, so reports
     * of earlier months stay with the old network.
     */
    public void movePartner(AccessScope scope, long id, long newPuskesmasId, LocalDate effective, String note) {
        requireAdministrator(scope);
        Facility partner = find(id);
        if (!partner.getType().isPartner()) {
            throw new FacilityRuleException("newPuskesmasId", "facility.move.notPartner");
        }
        if (Objects.equals(partner.getNetworkPuskesmasId(), newPuskesmasId)) {
            throw new FacilityRuleException("newPuskesmasId", "facility.move.sameNetwork");
        }
        Facility target = activePuskesmas(newPuskesmasId, "newPuskesmasId");
        NetworkMembership current = memberships.findCurrent(id).orElse(null);
        if (current != null && !effective.isAfter(current.getValidFrom())) {
            throw new FacilityRuleException("effectiveDate", "facility.move.beforeCurrent");
        }
        Set<Long> changedNetworks = new HashSet<>(Set.of(newPuskesmasId));
        if (partner.getNetworkPuskesmasId() != null) {
            changedNetworks.add(partner.getNetworkPuskesmasId());
        }
        if (current != null) {
            current.setValidTo(effective);
            changedNetworks.add(current.getPuskesmas().getId());
        }
        NetworkMembership next = new NetworkMembership();
        next.setPartner(partner);
        next.setPuskesmas(target);
        next.setValidFrom(effective);
        next.setNote(note);
        memberships.save(next);
        String oldName = partner.getNetworkPuskesmas().getName();
        partner.setNetworkPuskesmas(target);
        partner.setJoinedOn(effective);
        audit.record(AUDIT_TYPE, id, AuditAction.MOVE, Changes.of()
                .field("facility.network", oldName, target.getName())
                .field("facility.move.effectiveDate", null, effective)
                .field("facility.move.note", null, note)
                .list());
        events.publishEvent(new NetworkMembershipChanged(changedNetworks));
    }

    /** Deactivates or reactivates: puskesmas by the administrator, partners by whoever manages them. */
    public void setActive(AccessScope scope, long id, boolean active) {
        Facility facility = find(id);
        if (!scope.canManage(id, facility.getNetworkPuskesmasId())) {
            throw new AccessDeniedException("May not change facility " + id);
        }
        if (facility.isActive() == active) {
            return;
        }
        facility.setActive(active);
        audit.record(AUDIT_TYPE, id, active ? AuditAction.ACTIVATE : AuditAction.DEACTIVATE, List.of());
        events.publishEvent(new NetworkMembershipChanged(networksOf(facility)));
    }

    /** Records the population a puskesmas serves in a year (replacing an earlier figure for that year). */
    public void setPopulation(AccessScope scope, long puskesmasId, int year, int population) {
        requireAdministrator(scope);
        Facility puskesmas = find(puskesmasId);
        if (puskesmas.getType() != FacilityType.PUSKESMAS) {
            throw new AccessDeniedException("Facility " + puskesmasId + " is not a puskesmas");
        }
        PuskesmasPopulation.Key key = new PuskesmasPopulation.Key(puskesmasId, year);
        java.util.Optional<PuskesmasPopulation> existing = populations.findById(key);
        Integer old = existing.map(PuskesmasPopulation::getPopulation).orElse(null);
        PuskesmasPopulation row = existing.orElseGet(() -> {
            PuskesmasPopulation created = new PuskesmasPopulation();
            created.setId(key);
            return created;
        });
        row.setPopulation(population);
        populations.save(row);
        audit.record(AUDIT_TYPE, puskesmasId, AuditAction.UPDATE,
                Changes.of().field("facility.population", old == null ? null : year + ": " + old,
                        year + ": " + population).list());
    }

    /** A puskesmas's own network, or every network a partner has belonged to. */
    private Set<Long> networksOf(Facility facility) {
        if (facility.getType() == FacilityType.PUSKESMAS) {
            return Set.of(facility.getId());
        }
        Set<Long> networks = memberships.findHistory(facility.getId()).stream()
                .map(m -> m.getPuskesmas().getId()).collect(Collectors.toCollection(HashSet::new));
        if (facility.getNetworkPuskesmasId() != null) {
            networks.add(facility.getNetworkPuskesmasId());
        }
        return networks;
    }

    private void applyPartner(Facility partner, PartnerData data, Changes changes, boolean creating) {
        if (data.type() == null || !data.type().isPartner()) {
            throw new FacilityRuleException("type", "facility.type.mustBePartner");
        }
        setCode(partner, data.code(), changes, creating);
        Kelurahan place = data.kelurahanId() == null ? null : kelurahan.findById(data.kelurahanId())
                .orElseThrow(() -> new FacilityRuleException("kelurahanId", "facility.kelurahan.unknown"));
        if (place == null) {
            throw new FacilityRuleException("kelurahanId", "facility.kelurahan.required");
        }
        if (!place.isActive() && (partner.getKelurahan() == null
                || !partner.getKelurahan().getId().equals(place.getId()))) {
            throw new FacilityRuleException("kelurahanId", "facility.kelurahan.inactive");
        }
        changes.field("facility.type", partner.getType(), data.type())
                .field("facility.name", partner.getName(), data.name())
                .field("facility.kelurahan", name(partner.getKelurahan()), place.getName())
                .field("facility.address", partner.getAddress(), data.address())
                .field("facility.phone", partner.getPhone(), data.phone())
                .field("facility.headName.partner", partner.getHeadName(), data.headName())
                .field("facility.licenceNumber", partner.getLicenceNumber(), data.licenceNumber())
                .field("facility.licenceExpiry", partner.getLicenceExpiry(), data.licenceExpiry())
                .field("facility.contactPerson", partner.getContactPerson(), data.contactPerson())
                .field("facility.contactPhone", partner.getContactPhone(), data.contactPhone());
        partner.setType(data.type());
        partner.setName(data.name());
        partner.setKelurahan(place);
        partner.setKecamatan(place.getKecamatan());
        partner.setAddress(data.address());
        partner.setPhone(data.phone());
        partner.setHeadName(data.headName());
        partner.setLicenceNumber(data.licenceNumber());
        partner.setLicenceExpiry(data.licenceExpiry());
        partner.setContactPerson(data.contactPerson());
        partner.setContactPhone(data.contactPhone());
    }

    private void applyPuskesmas(Facility puskesmas, PuskesmasData data, Changes changes, boolean creating) {
        setCode(puskesmas, data.code(), changes, creating);
        Kecamatan area = data.kecamatanId() == null ? null : kecamatan.findById(data.kecamatanId()).orElse(null);
        if (area == null) {
            throw new FacilityRuleException("kecamatanId", "facility.kecamatan.required");
        }
        if (!area.isActive() && (puskesmas.getKecamatan() == null
                || !puskesmas.getKecamatan().getId().equals(area.getId()))) {
            throw new FacilityRuleException("kecamatanId", "facility.kecamatan.inactive");
        }
        Set<Long> kelurahanIds = data.kelurahanIds() == null ? Set.of() : data.kelurahanIds();
        List<Kelurahan> served = kelurahan.findAllById(kelurahanIds);
        if (served.size() != kelurahanIds.size()) {
            throw new FacilityRuleException("kelurahanIds", "facility.kelurahan.unknown");
        }
        if (served.isEmpty()) {
            throw new FacilityRuleException("kelurahanIds", "facility.kelurahanServed.required");
        }
        Set<Long> servedNow = puskesmas.getKelurahanServed().stream().map(Kelurahan::getId).collect(Collectors.toSet());
        if (served.stream().anyMatch(k -> !k.isActive() && !servedNow.contains(k.getId()))) {
            throw new FacilityRuleException("kelurahanIds", "facility.kelurahan.inactive");
        }
        if ((data.latitude() == null) != (data.longitude() == null)) {
            throw new FacilityRuleException("latitude", "facility.coordinates.both");
        }
        if (data.ilpStatus() != IlpStatus.BELUM && data.ilpSince() == null) {
            throw new FacilityRuleException("ilpSince", "facility.ilpSince.required");
        }
        Kelurahan main = served.stream().filter(k -> k.getKecamatan().getId().equals(area.getId())).findFirst()
                .orElse(served.get(0));
        changes.field("facility.name", puskesmas.getName(), data.name())
                .field("facility.kecamatan", name(puskesmas.getKecamatan()), area.getName())
                .field("facility.kelurahanServed", names(puskesmas.getKelurahanServed()), names(served))
                .field("facility.address", puskesmas.getAddress(), data.address())
                .field("facility.phone", puskesmas.getPhone(), data.phone())
                .field("facility.headName.puskesmas", puskesmas.getHeadName(), data.headName())
                .field("facility.open24h", creating ? null : puskesmas.isOpen24h(), data.open24h())
                .field("facility.blud", creating ? null : puskesmas.isBlud(), data.blud())
                .field("facility.ilpStatus", puskesmas.getIlpStatus() == null || creating ? null
                        : puskesmas.getIlpStatus(), data.ilpStatus())
                .field("facility.ilpSinceLabel", puskesmas.getIlpSince(), data.ilpSince())
                .field("facility.latitude", plain(puskesmas.getLatitude()), plain(data.latitude()))
                .field("facility.longitude", plain(puskesmas.getLongitude()), plain(data.longitude()));
        puskesmas.setName(data.name());
        puskesmas.setKecamatan(area);
        puskesmas.setKelurahan(main);
        puskesmas.setKelurahanServed(new HashSet<>(served));
        puskesmas.setAddress(data.address());
        puskesmas.setPhone(data.phone());
        puskesmas.setHeadName(data.headName());
        puskesmas.setOpen24h(data.open24h());
        puskesmas.setBlud(data.blud());
        puskesmas.setIlpStatus(data.ilpStatus() == null ? IlpStatus.BELUM : data.ilpStatus());
        puskesmas.setIlpSince(data.ilpStatus() == IlpStatus.BELUM ? null : data.ilpSince());
        puskesmas.setLatitude(data.latitude());
        puskesmas.setLongitude(data.longitude());
    }

    private void setCode(Facility facility, String code, Changes changes, boolean creating) {
        String normalised = code == null ? null : code.strip().toUpperCase(Locale.ROOT);
        if (normalised == null || normalised.isEmpty()) {
            throw new FacilityRuleException("code", "facility.code.required");
        }
        if (!normalised.equals(facility.getCode()) && facilities.findByCode(normalised).isPresent()) {
            throw new FacilityRuleException("code", "facility.code.taken");
        }
        changes.field("facility.code", creating ? null : facility.getCode(), normalised);
        facility.setCode(normalised);
    }

    private Changes describe(Facility f) {
        Changes all = Changes.of()
                .field("facility.code", null, f.getCode())
                .field("facility.name", null, f.getName())
                .field("facility.type", null, f.getType())
                .field("facility.kecamatan", null, name(f.getKecamatan()))
                .field("facility.kelurahan", null, name(f.getKelurahan()));
        if (f.getNetworkPuskesmas() != null) {
            all.field("facility.network", null, f.getNetworkPuskesmas().getName())
                    .field("facility.joinedOn", null, f.getJoinedOn())
                    .field("facility.licenceNumber", null, f.getLicenceNumber())
                    .field("facility.licenceExpiry", null, f.getLicenceExpiry());
        } else {
            all.field("facility.kelurahanServed", null, names(f.getKelurahanServed()));
        }
        return all;
    }

    private void recordUpdate(Facility facility, Changes changes) {
        if (!changes.isEmpty()) {
            audit.record(AUDIT_TYPE, facility.getId(), AuditAction.UPDATE, changes.list());
        }
    }

    private Facility activePuskesmas(long id, String field) {
        return facilities.findById(id)
                .filter(f -> f.getType() == FacilityType.PUSKESMAS && f.isActive())
                .orElseThrow(() -> new FacilityRuleException(field, "facility.network.invalid"));
    }

    private static void requireAdministrator(AccessScope scope) {
        if (!scope.isAdministrator()) {
            throw new AccessDeniedException("Only the DKK administrator may do this");
        }
    }

    private static void checkVersion(Facility facility, int version) {
        if (facility.getVersion() != version) {
            throw new OptimisticLockingFailureException("Facility " + facility.getId() + " was changed by someone else");
        }
    }

    private Facility find(long id) {
        return facilities.findById(id).orElseThrow(() -> new FacilityNotFoundException(id));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String name(Kecamatan k) {
        return k == null ? null : k.getName();
    }

    private static String name(Kelurahan k) {
        return k == null ? null : k.getName();
    }

    private static String names(java.util.Collection<Kelurahan> list) {
        return list.stream().map(Kelurahan::getName).sorted().collect(Collectors.joining(", "));
    }

    private static String plain(java.math.BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }
}
