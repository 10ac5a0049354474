package id.puskesnet.facility;

import id.puskesnet.common.NotFoundException;

public class FacilityNotFoundException extends NotFoundException {

    public FacilityNotFoundException(long id) {
        super("Facility " + id + " not found");
    }
}
