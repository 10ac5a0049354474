package id.puskesnet.mou.domain;

import java.time.LocalDate;

/** The dates an MoU's status is derived from. */
public record MouPeriod(LocalDate signedOn, LocalDate startsOn, LocalDate endsOn, LocalDate terminatedOn) {
}
