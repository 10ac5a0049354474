/**
 * The facility registry: wilayah (kota, kecamatan, kelurahan), puskesmas and their partner facilities.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Facility registry")
package id.puskesnet.facility;
