package id.puskesnet.facility;

import java.util.List;

import id.puskesnet.audit.AuditEntry;

/** A kelurahan as its edit page shows it. */
public record KelurahanDetails(long id, String code, String name, long kecamatanId, String kecamatanName,
                               boolean active, int version, List<AuditEntry> history) {
}
