package id.puskesnet.institution;

/** One row of the institution list and of its CSV export. {@code ownerPuskesmasId} null = city level. */
public record InstitutionSummary(long id, String name, InstitutionSector sector, Long ownerPuskesmasId,
                                 String ownerPuskesmasName, String kecamatanName, String address,
                                 String contactPerson, String phone, String email, String notes, boolean active) {

    public boolean cityLevel() {
        return ownerPuskesmasId == null;
    }
}
