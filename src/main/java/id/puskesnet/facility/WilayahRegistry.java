package id.puskesnet.facility;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import id.puskesnet.access.AccessScope;
import id.puskesnet.audit.AuditAction;
import id.puskesnet.audit.AuditLog;
import id.puskesnet.audit.Changes;
import id.puskesnet.common.NotFoundException;
import id.puskesnet.facility.domain.Kecamatan;
import id.puskesnet.facility.domain.KecamatanRepository;
import id.puskesnet.facility.domain.Kelurahan;
import id.puskesnet.facility.domain.KelurahanRepository;
import id.puskesnet.facility.domain.Kota;
import id.puskesnet.facility.domain.KotaRepository;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes the wilayah reference data: only the DKK administrator, every change in the audit trail.
 * Nothing is deleted, because facilities refer to kecamatan and kelurahan: they are deactivated instead.
 * An active kelurahan always lies in an active kecamatan, so the facility forms never offer a kelurahan
 * whose kecamatan is gone.
 */
@Service
@Transactional
public class WilayahRegistry {

    public static final String KECAMATAN_AUDIT_TYPE = "KECAMATAN";
    public static final String KELURAHAN_AUDIT_TYPE = "KELURAHAN";

    static final int CODE_MAX = 20;
    static final int NAME_MAX = 100;
    private static final Pattern CODE = Pattern.compile("[A-Z0-9]{1," + CODE_MAX + "}");

    private final KotaRepository kota;
    private final KecamatanRepository kecamatan;
    private final KelurahanRepository kelurahan;
    private final WilayahService wilayah;
    private final AuditLog audit;

    WilayahRegistry(KotaRepository kota, KecamatanRepository kecamatan, KelurahanRepository kelurahan,
                    WilayahService wilayah, AuditLog audit) {
        this.kota = kota;
        this.kecamatan = kecamatan;
        this.kelurahan = kelurahan;
        this.wilayah = wilayah;
        this.audit = audit;
    }

    public long createKecamatan(AccessScope scope, KecamatanData data) {
        wilayah.requireEditor(scope);
        Kecamatan created = new Kecamatan();
        Changes changes = Changes.of();
        applyKecamatan(created, data, changes);
        kecamatan.save(created);
        audit.record(KECAMATAN_AUDIT_TYPE, created.getId(), AuditAction.CREATE, changes.list());
        return created.getId();
    }

    public void updateKecamatan(AccessScope scope, long id, KecamatanData data, int version) {
        wilayah.requireEditor(scope);
        Kecamatan existing = findKecamatan(id);
        checkVersion(existing.getVersion(), version, "Kecamatan " + id);
        Changes changes = Changes.of();
        applyKecamatan(existing, data, changes);
        if (!changes.isEmpty()) {
            audit.record(KECAMATAN_AUDIT_TYPE, id, AuditAction.UPDATE, changes.list());
        }
    }

    /** A kecamatan is deactivated only after its kelurahan: an active kelurahan needs an active kecamatan. */
    public void setKecamatanActive(AccessScope scope, long id, boolean active) {
        wilayah.requireEditor(scope);
        Kecamatan existing = findKecamatan(id);
        if (existing.isActive() == active) {
            return;
        }
        if (!active && kelurahan.existsByKecamatanIdAndActiveTrue(id)) {
            throw new FacilityRuleException(null, "wilayah.kecamatan.hasActiveKelurahan");
        }
        existing.setActive(active);
        audit.record(KECAMATAN_AUDIT_TYPE, id, active ? AuditAction.ACTIVATE : AuditAction.DEACTIVATE,
                List.of());
    }

    public long createKelurahan(AccessScope scope, KelurahanData data) {
        wilayah.requireEditor(scope);
        Kelurahan created = new Kelurahan();
        Changes changes = Changes.of();
        applyKelurahan(created, data, changes);
        kelurahan.save(created);
        audit.record(KELURAHAN_AUDIT_TYPE, created.getId(), AuditAction.CREATE, changes.list());
        return created.getId();
    }

    /**
     * Changes a kelurahan, also moving it to another kecamatan. Facilities in it keep the kecamatan they
     * were recorded with.
     */
    public void updateKelurahan(AccessScope scope, long id, KelurahanData data, int version) {
        wilayah.requireEditor(scope);
        Kelurahan existing = findKelurahan(id);
        checkVersion(existing.getVersion(), version, "Kelurahan " + id);
        Changes changes = Changes.of();
        applyKelurahan(existing, data, changes);
        if (!changes.isEmpty()) {
            audit.record(KELURAHAN_AUDIT_TYPE, id, AuditAction.UPDATE, changes.list());
        }
    }

    public void setKelurahanActive(AccessScope scope, long id, boolean active) {
        wilayah.requireEditor(scope);
        Kelurahan existing = findKelurahan(id);
        if (existing.isActive() == active) {
            return;
        }
        if (active && !existing.getKecamatan().isActive()) {
            throw new FacilityRuleException(null, "wilayah.kelurahan.kecamatanInactive");
        }
        existing.setActive(active);
        audit.record(KELURAHAN_AUDIT_TYPE, id, active ? AuditAction.ACTIVATE : AuditAction.DEACTIVATE,
                List.of());
    }

    private void applyKecamatan(Kecamatan target, KecamatanData data, Changes changes) {
        String code = code(data.code());
        String name = name(data.name());
        Kota parent = data.kotaId() == null ? null : kota.findById(data.kotaId()).orElse(null);
        if (parent == null) {
            throw new FacilityRuleException("kotaId", "wilayah.kota.required");
        }
        if (!code.equals(target.getCode()) && kecamatan.findByCodeIgnoreCase(code)
                .filter(other -> !other.getId().equals(target.getId())).isPresent()) {
            throw new FacilityRuleException("code", "wilayah.kecamatan.codeTaken");
        }
        if (kecamatan.nameTaken(parent.getId(), name, idOrZero(target.getId()))) {
            throw new FacilityRuleException("name", "wilayah.kecamatan.nameTaken");
        }
        changes.field("wilayah.code", target.getCode(), code)
                .field("wilayah.name", target.getName(), name)
                .field("wilayah.kota", target.getKota() == null ? null : target.getKota().getName(), parent.getName());
        target.setCode(code);
        target.setName(name);
        target.setKota(parent);
    }

    private void applyKelurahan(Kelurahan target, KelurahanData data, Changes changes) {
        String code = code(data.code());
        String name = name(data.name());
        Kecamatan parent = data.kecamatanId() == null ? null : kecamatan.findById(data.kecamatanId()).orElse(null);
        if (parent == null) {
            throw new FacilityRuleException("kecamatanId", "wilayah.kecamatan.required");
        }
        Kecamatan current = target.getKecamatan();
        boolean sameParent = current != null && Objects.equals(current.getId(), parent.getId());
        if (!parent.isActive() && !sameParent) {
            throw new FacilityRuleException("kecamatanId", "wilayah.kecamatan.inactive");
        }
        if (!code.equals(target.getCode()) && kelurahan.findByCodeIgnoreCase(code)
                .filter(other -> !other.getId().equals(target.getId())).isPresent()) {
            throw new FacilityRuleException("code", "wilayah.kelurahan.codeTaken");
        }
        if (kelurahan.nameTaken(parent.getId(), name, idOrZero(target.getId()))) {
            throw new FacilityRuleException("name", "wilayah.kelurahan.nameTaken");
        }
        changes.field("wilayah.code", target.getCode(), code)
                .field("wilayah.name", target.getName(), name)
                .field("wilayah.kecamatan", current == null ? null : current.getName(), parent.getName());
        target.setCode(code);
        target.setName(name);
        target.setKecamatan(parent);
    }

    /** Codes are letters and digits, kept in capitals so that "6471a" and "6471A" are one code. */
    private static String code(String raw) {
        String code = raw == null ? "" : raw.strip().toUpperCase(Locale.ROOT);
        if (code.isEmpty()) {
            throw new FacilityRuleException("code", "wilayah.code.required");
        }
        if (!CODE.matcher(code).matches()) {
            throw new FacilityRuleException("code", "wilayah.code.format");
        }
        return code;
    }

    private static String name(String raw) {
        String name = raw == null ? "" : raw.strip();
        if (name.isEmpty()) {
            throw new FacilityRuleException("name", "wilayah.name.required");
        }
        if (name.length() > NAME_MAX) {
            throw new FacilityRuleException("name", "wilayah.name.tooLong");
        }
        return name;
    }

    private static long idOrZero(Long id) {
        return id == null ? 0 : id;
    }

    private static void checkVersion(int current, int submitted, String what) {
        if (current != submitted) {
            throw new OptimisticLockingFailureException(what + " was changed by someone else");
        }
    }

    private Kecamatan findKecamatan(long id) {
        return kecamatan.findById(id).orElseThrow(() -> new NotFoundException("Kecamatan " + id + " not found"));
    }

    private Kelurahan findKelurahan(long id) {
        return kelurahan.findById(id).orElseThrow(() -> new NotFoundException("Kelurahan " + id + " not found"));
    }
}
