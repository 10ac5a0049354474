package id.puskesnet.facility;

import java.util.List;

import id.puskesnet.audit.AuditEntry;

/** A kecamatan as its edit page shows it. */
public record KecamatanDetails(long id, String code, String name, long kotaId, String kotaName, boolean active,
                               int version, List<AuditEntry> history) {
}
