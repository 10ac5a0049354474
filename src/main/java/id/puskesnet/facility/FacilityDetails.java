package id.puskesnet.facility;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import id.puskesnet.audit.AuditEntry;

/** Everything a facility's profile page shows, with what the viewer may do there. */
public record FacilityDetails(long id, String code, String name, FacilityType type, String kotaName,
                              Long kecamatanId, String kecamatanName, Long kelurahanId, String kelurahanName,
                              Long networkPuskesmasId, String networkPuskesmasName, String address, String phone,
                              String headName, boolean open24h, boolean blud, IlpStatus ilpStatus, LocalDate ilpSince,
                              BigDecimal latitude, BigDecimal longitude, String licenceNumber,
                              LocalDate licenceExpiry, LicenceStatus licenceStatus, String contactPerson,
                              String contactPhone, LocalDate joinedOn, boolean active, int version,
                              List<Long> kelurahanServedIds, List<String> kelurahanServed,
                              List<FacilitySummary> network, List<PopulationFigure> populations,
                              List<MembershipPeriod> memberships, List<AuditEntry> history,
                              boolean canManage, boolean canUpdateContact, boolean canAdminister) {

    public boolean isPuskesmas() {
        return type == FacilityType.PUSKESMAS;
    }

    /** Population served in one year. */
    public record PopulationFigure(int year, int population) {
    }

    /** A period in a network; validTo exclusive, null while current. */
    public record MembershipPeriod(String puskesmasName, LocalDate validFrom, LocalDate validTo, String note) {
    }
}
