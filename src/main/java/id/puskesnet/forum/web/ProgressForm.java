package id.puskesnet.forum.web;

import java.time.LocalDate;

import id.puskesnet.common.validation.ReasonableDate;
import id.puskesnet.forum.FollowUpStatus;
import id.puskesnet.forum.ProgressData;
import jakarta.validation.constraints.Size;

/** A progress update on the follow-up's page; required fields and dates are checked by the registry. */
record ProgressForm(@ReasonableDate LocalDate notedOn, FollowUpStatus status, @Size(max = 2000) String note,
                    int version) {

    ProgressData toData() {
        return new ProgressData(notedOn, status, note);
    }
}
