package id.puskesnet.institution;

import id.puskesnet.common.NotFoundException;

public class InstitutionNotFoundException extends NotFoundException {

    public InstitutionNotFoundException(long id) {
        super("Institution " + id + " not found");
    }
}
