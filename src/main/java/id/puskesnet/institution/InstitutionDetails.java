package id.puskesnet.institution;

import java.util.List;

import id.puskesnet.audit.AuditEntry;

/**
 * An institution's page: its data, its history, and whether the user may change it.
 * {@code ownerPuskesmasId} null = kept by the DKK at city level.
 */
public record InstitutionDetails(long id, String name, InstitutionSector sector, Long ownerPuskesmasId,
                                 String ownerPuskesmasName, Long kecamatanId, String kecamatanName, String address,
                                 String contactPerson, String phone, String email, String notes, boolean active,
                                 int version, List<AuditEntry> history, boolean canManage) {

    public boolean cityLevel() {
        return ownerPuskesmasId == null;
    }
}
