package id.puskesnet.facility.web;

import id.puskesnet.common.validation.Phone;
import id.puskesnet.facility.ContactData;
import id.puskesnet.facility.FacilityDetails;
import jakarta.validation.constraints.Size;

record ContactForm(
        @Size(max = 300) String address,
        @Phone String phone,
        @Size(max = 150) String contactPerson,
        @Phone String contactPhone,
        Integer version) {

    static ContactForm of(FacilityDetails f) {
        return new ContactForm(f.address(), f.phone(), f.contactPerson(), f.contactPhone(), f.version());
    }

    ContactData toData() {
        return new ContactData(address, phone, contactPerson, contactPhone);
    }
}
