package id.puskesnet.facility;

/** The contact details a partner may keep up to date itself. */
public record ContactData(String address, String phone, String contactPerson, String contactPhone) {
}
