package id.puskesnet.forum;

import id.puskesnet.common.NotFoundException;

public class FollowUpNotFoundException extends NotFoundException {

    public FollowUpNotFoundException(long id) {
        super("Follow-up " + id + " not found");
    }
}
