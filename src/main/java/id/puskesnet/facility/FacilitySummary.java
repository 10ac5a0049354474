package id.puskesnet.facility;

import java.time.LocalDate;

/** One row of a facility list. */
public record FacilitySummary(long id, String code, String name, FacilityType type, String kecamatanName,
                              Long networkPuskesmasId, String networkPuskesmasName, boolean open24h,
                              IlpStatus ilpStatus, boolean active, LocalDate licenceExpiry,
                              LicenceStatus licenceStatus) {
}
