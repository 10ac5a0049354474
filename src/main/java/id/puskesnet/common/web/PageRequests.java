package id.puskesnet.common.web;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** Page requests from a user-supplied page number: negative means the first page, absurdly large an empty one. */
public final class PageRequests {

    private PageRequests() {
    }

    public static PageRequest of(int page, int size, Sort sort) {
        // Beyond this the row offset overflows an int in the query and fails; such pages are empty anyway.
        int lastAddressable = Integer.MAX_VALUE / size - 1;
        return PageRequest.of(Math.min(Math.max(page, 0), lastAddressable), size, sort);
    }
}
