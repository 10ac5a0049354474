package id.puskesnet.mou;

import java.time.LocalDate;
import java.util.List;

import id.puskesnet.program.ProgramOption;

/**
 * One row of the MoU list and of its CSV export.
 *
 * @param ownerPuskesmasId null = an MoU of the DKK
 * @param renewedByNumber  the number of the MoU that renews this one, if any
 */
public record MouSummary(long id, String number, String title, Long ownerPuskesmasId, String ownerName,
                         List<MouParty> institutions, List<ProgramOption> programs, LocalDate signedOn,
                         LocalDate startsOn, LocalDate endsOn, LocalDate terminatedOn, String terminationReason,
                         MouStatus status, String renewsNumber, String renewedByNumber, boolean hasDocument,
                         long logEntries) {

    public boolean dkkLevel() {
        return ownerPuskesmasId == null;
    }
}
