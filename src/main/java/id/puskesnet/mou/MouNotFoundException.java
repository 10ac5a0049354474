package id.puskesnet.mou;

import id.puskesnet.common.NotFoundException;

public class MouNotFoundException extends NotFoundException {

    public MouNotFoundException(String what) {
        super(what + " not found");
    }
}
