package id.puskesnet.institution;

/**
 * What a user enters about an institution.
 *
 * @param ownerPuskesmasId the puskesmas that keeps it, null for city level; only the DKK administrator chooses,
 *                         puskesmas users always keep their own
 */
public record InstitutionData(String name, InstitutionSector sector, Long ownerPuskesmasId, Long kecamatanId,
                              String address, String contactPerson, String phone, String email, String notes) {
}
