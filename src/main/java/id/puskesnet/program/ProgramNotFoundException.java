package id.puskesnet.program;

import id.puskesnet.common.NotFoundException;

public class ProgramNotFoundException extends NotFoundException {

    public ProgramNotFoundException(long id) {
        super("Program " + id + " not found");
    }
}
