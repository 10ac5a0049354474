package id.puskesnet.mou;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

import id.puskesnet.audit.AuditEntry;
import id.puskesnet.program.ProgramOption;

/**
 * An MoU's page: parties, programs, period and status, document, renewal chain, collaboration log, history, and
 * whether the user may change it.
 *
 * @param ownerPuskesmasId null = an MoU of the DKK
 * @param daysLeft         days until the end date (negative once expired); null without an end date
 * @param renewalChain     every agreement of the chain the user may see, oldest first, this one included
 */
public record MouDetails(long id, String number, String title, Long ownerPuskesmasId, String ownerName,
                         List<MouParty> institutions, List<ProgramOption> programs, String scope,
                         LocalDate signedOn, LocalDate startsOn, LocalDate endsOn, boolean openEnded,
                         LocalDate terminatedOn, String terminationReason, MouStatus status, Long daysLeft,
                         Link renews, Link renewedBy, List<Link> renewalChain, Document document,
                         List<LogEntry> log, List<OutputTotal> outputTotals, int version, List<AuditEntry> history,
                         boolean canManage) {

    public boolean dkkLevel() {
        return ownerPuskesmasId == null;
    }

    /** Renewal is offered for signed agreements that nothing renews yet. */
    public boolean renewable() {
        return status != MouStatus.DRAFT && renewedBy == null;
    }

    public boolean terminable() {
        return status != MouStatus.TERMINATED;
    }

    /** Another agreement of the renewal chain. */
    public record Link(long id, String number, String title, MouStatus status) {
    }

    /** The signed document's facts; its content is downloaded separately. */
    public record Document(String fileName, long sizeBytes, ZonedDateTime uploadedAt) {

        public long sizeKilobytes() {
            return Math.max(1, (sizeBytes + 1023) / 1024);
        }
    }

    public record LogEntry(long id, LocalDate happenedOn, String description, Integer quantity, String unit,
                           int version) {
    }

    /** The counts of the log added up per unit: what the partnership produced so far. */
    public record OutputTotal(String unit, long total) {
    }
}
