/**
 * Invented demo data for the embedded default database: Balikpapan's wilayah and puskesmas,
 * a few partner clinics and one account per role. Never loaded in production.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package id.puskesnet.demo;
