/**
 * MoUs and partnership agreements (nota kesepahaman / perjanjian kerja sama, PKS) of a puskesmas or of the DKK
 * with partner institutions: parties, the programs and innovations they serve, the agreed scope, the period and
 * its status, the signed document, renewals, early termination, and the collaboration log of what the
 * partnership produced. Expiring and expired agreements feed the home page's attention list.
 */
@org.springframework.modulith.ApplicationModule(displayName = "MoUs and partnerships",
        allowedDependencies = {"access", "audit", "common", "facility", "home", "institution", "program"})
package id.puskesnet.mou;
