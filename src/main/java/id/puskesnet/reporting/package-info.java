/**
 * Monthly reports of the priority programs: the data element catalogue, entry and validation, the
 * submit → verify (puskesmas) → accept (DKK) flow with returns, deadlines, completeness and timeliness,
 * the rollups dashboards read, and the JSON API for partner systems.
 * <p>
 * Facility facts (type, network, active, membership history) are read from the facility module's tables in
 * SQL joins: reporting queries span thousands of facilities and must stay a few statements each.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Monthly reports",
        allowedDependencies = {"access", "audit", "common", "facility", "home", "program"})
package id.puskesnet.reporting;
