/**
 * The catalogue of health programs: the city's priority programs (TB, hipertensi, diabetes, gizi, ORI campak)
 * and local innovations of puskesmas (such as KLASIK). Reports, indicators, MoUs and forums refer to them.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Programs",
        allowedDependencies = {"access", "audit", "common", "facility"})
package id.puskesnet.program;
