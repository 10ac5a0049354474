package id.puskesnet.mou;

import java.time.LocalDate;
import java.util.Set;

/**
 * What a user enters about an MoU.
 *
 * @param ownerPuskesmasId the puskesmas that signs it, null for the DKK; only the DKK administrator chooses,
 *                         the DKK officer always records the DKK's and puskesmas users their own puskesmas's
 * @param endsOn           null with {@code openEnded} for an agreement without an end date
 */
public record MouData(String number, String title, Long ownerPuskesmasId, Set<Long> institutionIds,
                      Set<Long> programIds, String scope, LocalDate signedOn, LocalDate startsOn, LocalDate endsOn,
                      boolean openEnded) {

    public MouData {
        institutionIds = institutionIds == null ? Set.of() : Set.copyOf(institutionIds);
        programIds = programIds == null ? Set.of() : Set.copyOf(programIds);
    }
}
