package id.puskesnet.mou;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import id.puskesnet.access.AccessScope;
import id.puskesnet.audit.AuditAction;
import id.puskesnet.audit.AuditLog;
import id.puskesnet.audit.Changes;
import id.puskesnet.common.web.UploadLimits;
import id.puskesnet.facility.FacilityOption;
import id.puskesnet.facility.FacilityService;
import id.puskesnet.institution.InstitutionService;
import id.puskesnet.institution.InstitutionSummary;
import id.puskesnet.mou.domain.Mou;
import id.puskesnet.mou.domain.MouDocument;
import id.puskesnet.mou.domain.MouDocumentRepository;
import id.puskesnet.mou.domain.MouLogEntry;
import id.puskesnet.mou.domain.MouLogEntryRepository;
import id.puskesnet.mou.domain.MouRepository;
import id.puskesnet.program.ProgramCatalog;
import id.puskesnet.program.ProgramOption;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes MoUs: record, edit, renew, terminate, attach the signed document, keep the collaboration log. Every
 * change is checked against the caller's scope and recorded in the MoU's audit trail in the same transaction.
 */
@Service
@Transactional
public class MouRegistry {

    public static final String AUDIT_TYPE = "MOU";
    /** How the DKK's own side reads in the audit trail (the same in both languages). */
    static final String DKK_OWNER = "DKK";
    private static final byte[] PDF_MAGIC = {'%', 'P', 'D', 'F', '-'};
    private static final int MAX_FILE_NAME = 200;
    private static final DateTimeFormatter AUDIT_DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private final MouRepository mous;
    private final MouDocumentRepository documents;
    private final MouLogEntryRepository logEntries;
    private final FacilityService facilities;
    private final InstitutionService institutions;
    private final ProgramCatalog programs;
    private final AuditLog audit;
    private final UploadLimits uploadLimits;
    private final Clock clock;

    MouRegistry(MouRepository mous, MouDocumentRepository documents, MouLogEntryRepository logEntries,
                FacilityService facilities, InstitutionService institutions, ProgramCatalog programs, AuditLog audit,
                UploadLimits uploadLimits, Clock clock) {
        this.mous = mous;
        this.documents = documents;
        this.logEntries = logEntries;
        this.facilities = facilities;
        this.institutions = institutions;
        this.programs = programs;
        this.audit = audit;
        this.uploadLimits = uploadLimits;
        this.clock = clock;
    }

    /**
     * Records an MoU. The administrator chooses the side (a puskesmas, or null for the DKK); the DKK officer
     * always records the DKK's, a puskesmas user their own puskesmas's, whatever the data names.
     */
    public long create(AccessScope scope, MouData data) {
        if (!scope.canCreateMou()) {
            throw new AccessDeniedException("May not record MoUs");
        }
        Long owner = scope.isAdministrator() ? data.ownerPuskesmasId()
                : scope.cityWide() ? null : scope.puskesmasId();
        if (!scope.canManageMou(owner)) {
            throw new AccessDeniedException("May not record MoUs for " + owner);
        }
        Mou mou = new Mou();
        mou.setCreatedAt(clock.instant());
        Changes changes = Changes.of().field("mou.owner", null, validOwnerName(owner));
        mou.setOwnerPuskesmasId(owner);
        apply(scope, mou, data, changes);
        mous.save(mou);
        audit.record(AUDIT_TYPE, mou.getId(), AuditAction.CREATE, changes.list());
        return mou.getId();
    }

    /** Changes an MoU; only the administrator moves it to another side. */
    public void update(AccessScope scope, long id, MouData data, int version) {
        Mou mou = managed(scope, id);
        requireVersion(mou, version);
        Changes changes = Changes.of();
        if (scope.isAdministrator() && !Objects.equals(mou.getOwnerPuskesmasId(), data.ownerPuskesmasId())) {
            changes.field("mou.owner", ownerName(mou.getOwnerPuskesmasId()), validOwnerName(data.ownerPuskesmasId()));
            mou.setOwnerPuskesmasId(data.ownerPuskesmasId());
        }
        apply(scope, mou, data, changes);
        markRenewed(mou);
        if (!changes.isEmpty()) {
            audit.record(AUDIT_TYPE, id, AuditAction.UPDATE, changes.list());
        }
    }

    /**
     * Records the agreement that renews an MoU: a new MoU of the same side, linked to the old one. A draft is
     * not renewed (it is edited), and an MoU is renewed once: the chain goes on from its renewal.
     */
    public long renew(AccessScope scope, long oldId, MouData data) {
        Mou old = managed(scope, oldId);
        if (MouService.status(old, today()) == MouStatus.DRAFT) {
            throw new MouRuleException("number", "mou.renew.draft");
        }
        if (mous.findByRenewsMouId(oldId).isPresent()) {
            throw new MouRuleException("number", "mou.renew.already");
        }
        Mou renewal = new Mou();
        renewal.setCreatedAt(clock.instant());
        renewal.setOwnerPuskesmasId(old.getOwnerPuskesmasId());
        renewal.setRenewsMouId(oldId);
        Changes changes = Changes.of().field("mou.owner", null, ownerName(old.getOwnerPuskesmasId()))
                .field("mou.renews", null, old.getNumber());
        apply(scope, renewal, data, changes);
        mous.save(renewal);
        markRenewed(renewal);
        audit.record(AUDIT_TYPE, renewal.getId(), AuditAction.CREATE, changes.list());
        audit.record(AUDIT_TYPE, oldId, AuditAction.RENEW,
                Changes.of().field("mou.renewedBy", null, renewal.getNumber()).list());
        return renewal.getId();
    }

    /**
     * Ends an MoU with a reason: before its end date, or after it expired without renewal (closing it). The
     * date may not lie ahead nor before the start.
     */
    public void terminate(AccessScope scope, long id, LocalDate terminatedOn, String reason, int version) {
        Mou mou = managed(scope, id);
        requireVersion(mou, version);
        if (mou.getTerminatedOn() != null) {
            throw new MouRuleException("terminatedOn", "mou.terminate.already");
        }
        if (terminatedOn == null) {
            throw new MouRuleException("terminatedOn", "mou.terminatedOn.required");
        }
        if (terminatedOn.isAfter(today())) {
            throw new MouRuleException("terminatedOn", "mou.terminatedOn.future");
        }
        if (mou.getStartsOn() != null && terminatedOn.isBefore(mou.getStartsOn())) {
            throw new MouRuleException("terminatedOn", "mou.terminatedOn.beforeStart");
        }
        String why = reason == null ? "" : reason.strip();
        if (why.isEmpty()) {
            throw new MouRuleException("reason", "mou.terminationReason.required");
        }
        mou.setTerminatedOn(terminatedOn);
        mou.setTerminationReason(why);
        markRenewed(mou);
        audit.record(AUDIT_TYPE, id, AuditAction.TERMINATE, Changes.of()
                .field("mou.terminatedOn", null, terminatedOn.format(AUDIT_DATE))
                .field("mou.terminationReason", null, why).list());
    }

    /**
     * For a renewal: the MoU it renews counts as renewed while the renewal is signed and not terminated (an MoU has
     * one renewal at most, so the renewal's own state decides).
     */
    private void markRenewed(Mou renewal) {
        if (renewal.getRenewsMouId() != null) {
            mous.findById(renewal.getRenewsMouId()).ifPresent(old ->
                    old.setRenewed(renewal.getSignedOn() != null && renewal.getTerminatedOn() == null));
        }
    }

    /**
     * Attaches the signed document, replacing an earlier one. It must be a PDF (checked on its content, not
     * its name) within the upload limit.
     */
    public void attachDocument(AccessScope scope, long id, String originalFileName, byte[] content) {
        managed(scope, id);
        if (content == null || content.length == 0) {
            throw new MouRuleException("file", "mou.document.empty");
        }
        if (content.length > uploadLimits.maxFileBytes()) {
            throw new MouRuleException("file", "mou.document.tooLarge");
        }
        if (content.length < PDF_MAGIC.length
                || !Arrays.equals(Arrays.copyOf(content, PDF_MAGIC.length), PDF_MAGIC)) {
            throw new MouRuleException("file", "mou.document.notPdf");
        }
        String fileName = safeFileName(originalFileName);
        MouDocument document = documents.findById(id).orElseGet(() -> {
            MouDocument created = new MouDocument();
            created.setMouId(id);
            return created;
        });
        Changes changes = Changes.of().field("mou.document", document.getFileName() == null ? null
                : describe(document.getFileName(), document.getSizeBytes()), describe(fileName, content.length));
        document.setFileName(fileName);
        document.setSizeBytes(content.length);
        document.setContent(content);
        document.setUploadedAt(clock.instant());
        documents.save(document);
        audit.record(AUDIT_TYPE, id, AuditAction.UPLOAD, changes.list());
    }

    public long addLogEntry(AccessScope scope, long mouId, LogEntryData data) {
        managed(scope, mouId);
        MouLogEntry entry = new MouLogEntry();
        entry.setMouId(mouId);
        entry.setCreatedAt(clock.instant());
        apply(entry, data);
        logEntries.save(entry);
        audit.record(AUDIT_TYPE, mouId, AuditAction.UPDATE,
                Changes.of().field("mou.log.added", null, describe(entry)).list());
        return entry.getId();
    }

    public void updateLogEntry(AccessScope scope, long mouId, long entryId, LogEntryData data, int version) {
        managed(scope, mouId);
        MouLogEntry entry = logEntry(mouId, entryId);
        if (entry.getVersion() != version) {
            throw new OptimisticLockingFailureException("Log entry " + entryId + " was changed by someone else");
        }
        String before = describe(entry);
        apply(entry, data);
        Changes changes = Changes.of().field("mou.log.changed", before, describe(entry));
        if (!changes.isEmpty()) {
            audit.record(AUDIT_TYPE, mouId, AuditAction.UPDATE, changes.list());
        }
    }

    public void deleteLogEntry(AccessScope scope, long mouId, long entryId) {
        managed(scope, mouId);
        MouLogEntry entry = logEntry(mouId, entryId);
        logEntries.delete(entry);
        audit.record(AUDIT_TYPE, mouId, AuditAction.UPDATE,
                Changes.of().field("mou.log.deleted", describe(entry), null).list());
    }

    private void apply(AccessScope scope, Mou mou, MouData data, Changes changes) {
        String number = required(data.number(), "number", "mou.number.required");
        String title = required(data.title(), "title", "mou.title.required");
        String agreedScope = required(data.scope(), "scope", "mou.scope.required");
        if (mous.numberTaken(number, mou.getOwnerPuskesmasId(), mou.getId())) {
            throw new MouRuleException("number", "mou.number.taken");
        }
        checkDates(data);
        Set<Long> institutionIds = new LinkedHashSet<>(data.institutionIds());
        Map<Long, String> institutionNames = checkedInstitutions(scope, mou, institutionIds);
        Set<Long> programIds = new LinkedHashSet<>(data.programIds());
        Map<Long, String> programNames = checkedPrograms(scope, mou, programIds);
        changes.field("mou.number", mou.getNumber(), number)
                .field("mou.title", mou.getTitle(), title)
                .field("mou.institutions", names(mou.getInstitutionIds(), institutionNames),
                        names(institutionIds, institutionNames))
                .field("mou.programs", names(mou.getProgramIds(), programNames), names(programIds, programNames))
                .field("mou.scope", mou.getScope(), agreedScope)
                .field("mou.signedOn", date(mou.getSignedOn()), date(data.signedOn()))
                .field("mou.startsOn", date(mou.getStartsOn()), date(data.startsOn()))
                .field("mou.endsOn", date(mou.getEndsOn()), date(data.endsOn()))
                .field("mou.openEnded", flag(mou.getId() != null && mou.isOpenEnded()), flag(data.openEnded()));
        mou.setNumber(number);
        mou.setTitle(title);
        mou.setScope(agreedScope);
        if (!mou.getInstitutionIds().equals(institutionIds)) {
            mou.getInstitutionIds().clear();
            mou.getInstitutionIds().addAll(institutionIds);
        }
        if (!mou.getProgramIds().equals(programIds)) {
            mou.getProgramIds().clear();
            mou.getProgramIds().addAll(programIds);
        }
        mou.setSignedOn(data.signedOn());
        mou.setStartsOn(data.startsOn());
        mou.setEndsOn(data.endsOn());
        mou.setOpenEnded(data.openEnded());
    }

    private void checkDates(MouData data) {
        if (data.signedOn() != null && data.signedOn().isAfter(today())) {
            throw new MouRuleException("signedOn", "mou.signedOn.future");
        }
        if (data.startsOn() != null && data.endsOn() != null && data.endsOn().isBefore(data.startsOn())) {
            throw new MouRuleException("endsOn", "mou.endsOn.beforeStart");
        }
        if (data.openEnded() && data.endsOn() != null) {
            throw new MouRuleException("endsOn", "mou.endsOn.openEnded");
        }
        if (data.startsOn() != null && data.endsOn() == null && !data.openEnded()) {
            throw new MouRuleException("endsOn", "mou.endsOn.required");
        }
    }

    /**
     * The institutions must exist, be in the user's scope and belong to the city or to the MoU's puskesmas;
     * a newly named one must be active. Returns the names of the old and new institutions for the audit trail.
     */
    private Map<Long, String> checkedInstitutions(AccessScope scope, Mou mou, Set<Long> ids) {
        if (ids.isEmpty()) {
            throw new MouRuleException("institutionIds", "mou.institutions.required");
        }
        Set<Long> all = new HashSet<>(ids);
        all.addAll(mou.getInstitutionIds());
        Map<Long, InstitutionSummary> found = institutions.summariesById(all);
        Long owner = mou.getOwnerPuskesmasId();
        for (Long id : ids) {
            InstitutionSummary i = found.get(id);
            boolean fits = i != null && scope.canViewInstitution(i.ownerPuskesmasId())
                    && (i.ownerPuskesmasId() == null || owner == null || owner.equals(i.ownerPuskesmasId()));
            if (!fits) {
                throw new MouRuleException("institutionIds", "mou.institutions.invalid");
            }
            if (!i.active() && !mou.getInstitutionIds().contains(id)) {
                throw new MouRuleException("institutionIds", "mou.institutions.inactive");
            }
        }
        return found.values().stream().collect(Collectors.toMap(InstitutionSummary::id, InstitutionSummary::name));
    }

    /** The same rules for programs: the city's, or innovations of the MoU's puskesmas. */
    private Map<Long, String> checkedPrograms(AccessScope scope, Mou mou, Set<Long> ids) {
        Set<Long> all = new HashSet<>(ids);
        all.addAll(mou.getProgramIds());
        Map<Long, ProgramOption> found = programs.byIds(all);
        Long owner = mou.getOwnerPuskesmasId();
        for (Long id : ids) {
            ProgramOption p = found.get(id);
            boolean fits = p != null && scope.canViewProgram(p.ownerPuskesmasId())
                    && (p.ownerPuskesmasId() == null || owner == null || owner.equals(p.ownerPuskesmasId()));
            if (!fits) {
                throw new MouRuleException("programIds", "mou.programs.invalid");
            }
            if (!p.active() && !mou.getProgramIds().contains(id)) {
                throw new MouRuleException("programIds", "mou.programs.inactive");
            }
        }
        return found.values().stream().collect(Collectors.toMap(ProgramOption::id, ProgramOption::name));
    }

    private void apply(MouLogEntry entry, LogEntryData data) {
        if (data.happenedOn() == null) {
            throw new MouRuleException("happenedOn", "mou.log.happenedOn.required");
        }
        if (data.happenedOn().isAfter(today())) {
            throw new MouRuleException("happenedOn", "mou.log.happenedOn.future");
        }
        String description = required(data.description(), "description", "mou.log.description.required");
        String unit = data.unit() == null || data.unit().isBlank() ? null : data.unit().strip();
        if (data.quantity() != null && data.quantity() < 0) {
            throw new MouRuleException("quantity", "mou.log.quantity.negative");
        }
        if (data.quantity() != null && unit == null) {
            throw new MouRuleException("unit", "mou.log.unit.required");
        }
        if (data.quantity() == null && unit != null) {
            throw new MouRuleException("quantity", "mou.log.quantity.required");
        }
        entry.setHappenedOn(data.happenedOn());
        entry.setDescription(description);
        entry.setQuantity(data.quantity());
        entry.setUnit(unit);
    }

    private MouLogEntry logEntry(long mouId, long entryId) {
        return logEntries.findById(entryId).filter(e -> e.getMouId() == mouId)
                .orElseThrow(() -> new MouNotFoundException("Log entry " + entryId + " of MoU " + mouId));
    }

    private Mou managed(AccessScope scope, long id) {
        MouService.requireBrowsing(scope);
        Mou mou = mous.findById(id).orElseThrow(() -> new MouNotFoundException("MoU " + id));
        if (!scope.canManageMou(mou.getOwnerPuskesmasId())) {
            throw new AccessDeniedException("May not change MoU " + id);
        }
        return mou;
    }

    private static void requireVersion(Mou mou, int version) {
        if (mou.getVersion() != version) {
            throw new OptimisticLockingFailureException("MoU " + mou.getId() + " was changed by someone else");
        }
    }

    private String ownerName(Long ownerPuskesmasId) {
        return ownerPuskesmasId == null ? DKK_OWNER
                : facilities.namesById(List.of(ownerPuskesmasId)).get(ownerPuskesmasId);
    }

    /** The side's name for the audit trail; a newly chosen puskesmas must be active. */
    private String validOwnerName(Long ownerPuskesmasId) {
        if (ownerPuskesmasId == null) {
            return DKK_OWNER;
        }
        return facilities.activePuskesmasOptions().stream()
                .filter(p -> p.id() == ownerPuskesmasId).map(FacilityOption::name).findFirst()
                .orElseThrow(() -> new MouRuleException("ownerPuskesmasId", "mou.owner.invalid"));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private static String required(String value, String field, String messageKey) {
        String stripped = value == null ? "" : value.strip();
        if (stripped.isEmpty()) {
            throw new MouRuleException(field, messageKey);
        }
        return stripped;
    }

    /**
     * The name the download will carry: the last part of what the browser sent, without control characters
     * or quotes, ending in .pdf.
     */
    static String safeFileName(String original) {
        String name = original == null ? "" : original.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"]", "").strip();
        if (!name.toLowerCase(Locale.ROOT).endsWith(".pdf")) {
            name = name.isEmpty() ? "dokumen-mou.pdf" : name + ".pdf";
        }
        if (name.length() > MAX_FILE_NAME) {
            name = name.substring(0, MAX_FILE_NAME - 4) + ".pdf";
        }
        return name;
    }

    private static String names(Set<Long> ids, Map<Long, String> names) {
        return ids.stream().map(id -> names.getOrDefault(id, "#" + id)).sorted().collect(Collectors.joining(", "));
    }

    private static String flag(boolean set) {
        return set ? "\u2713" : null;
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.format(AUDIT_DATE);
    }

    private static String describe(String fileName, long sizeBytes) {
        return fileName + " (" + Math.max(1, (sizeBytes + 1023) / 1024) + " KB)";
    }

    private static String describe(MouLogEntry entry) {
        String text = entry.getHappenedOn().format(AUDIT_DATE) + ": " + entry.getDescription();
        return entry.getQuantity() == null ? text : text + " (" + entry.getQuantity() + " " + entry.getUnit() + ")";
    }
}
