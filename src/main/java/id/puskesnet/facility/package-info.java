/**
 * The facility registry: wilayah (kota, kecamatan, kelurahan), puskesmas and their partner facilities, the CSV
 * export of its lists and the import of partners. Puts expiring partner licences on the home page's attention list.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Facility registry",
        allowedDependencies = {"access", "audit", "common", "home"})
package id.puskesnet.facility;
