/**
 * Partner institutions outside the health sector (institusi mitra / mitra lintas sektor): BNN, police,
 * army, schools, companies, kecamatan, kelurahan, PKK, LPM, ... kept by a puskesmas or by the DKK at city
 * level, and the other party of MoUs and cross-sector forums.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Partner institutions",
        allowedDependencies = {"access", "audit", "common", "facility"})
package id.puskesnet.institution;
