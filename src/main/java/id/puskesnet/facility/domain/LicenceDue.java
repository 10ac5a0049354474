package id.puskesnet.facility.domain;

import java.time.LocalDate;

/** A facility whose licence ends soon or has ended: what a licence reminder names. */
public record LicenceDue(long facilityId, String name, LocalDate licenceExpiry) {
}
