package id.puskesnet.facility;

import java.time.LocalDate;

/** What a partner facility's create and edit forms carry. The network is only read on create. */
public record PartnerData(FacilityType type, String code, String name, Long kelurahanId, Long networkPuskesmasId,
                          String address, String phone, String headName, String licenceNumber,
                          LocalDate licenceExpiry, String contactPerson, String contactPhone, LocalDate joinedOn) {
}
