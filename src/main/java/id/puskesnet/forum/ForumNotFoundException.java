package id.puskesnet.forum;

import id.puskesnet.common.NotFoundException;

public class ForumNotFoundException extends NotFoundException {

    public ForumNotFoundException(long id) {
        super("Forum " + id + " not found");
    }
}
