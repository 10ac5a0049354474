package id.puskesnet.facility;

import java.time.LocalDate;
import java.util.List;

/** Everything a facility's profile page shows. */
public record FacilityDetails(long id, String code, String name, FacilityType type, String kotaName,
                              String kecamatanName, String kelurahanName, Long networkPuskesmasId,
                              String networkPuskesmasName, String address, String phone, String headName,
                              boolean open24h, IlpStatus ilpStatus, LocalDate ilpSince, boolean active,
                              List<String> kelurahanServed, List<FacilitySummary> network) {
}
