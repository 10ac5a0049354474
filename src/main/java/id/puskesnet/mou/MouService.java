package id.puskesnet.mou;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.puskesnet.access.AccessScope;
import id.puskesnet.audit.AuditLog;
import id.puskesnet.facility.FacilityService;
import id.puskesnet.institution.InstitutionFilter;
import id.puskesnet.institution.InstitutionService;
import id.puskesnet.institution.InstitutionSummary;
import id.puskesnet.mou.domain.Mou;
import id.puskesnet.mou.domain.MouDocumentRepository;
import id.puskesnet.mou.domain.MouLogEntry;
import id.puskesnet.mou.domain.MouLogEntryRepository;
import id.puskesnet.mou.domain.MouRepository;
import id.puskesnet.mou.domain.MouSpecifications;
import id.puskesnet.program.ProgramCatalog;
import id.puskesnet.program.ProgramOption;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads MoUs, always within the caller's scope. */
@Service
@Transactional(readOnly = true)
public class MouService {

    private final MouRepository mous;
    private final MouDocumentRepository documents;
    private final MouLogEntryRepository logEntries;
    private final FacilityService facilities;
    private final InstitutionService institutions;
    private final ProgramCatalog programs;
    private final AuditLog audit;
    private final Clock clock;
    private final ZoneId displayZone;

    MouService(MouRepository mous, MouDocumentRepository documents, MouLogEntryRepository logEntries,
               FacilityService facilities, InstitutionService institutions, ProgramCatalog programs, AuditLog audit,
               Clock clock, ZoneId displayZone) {
        this.mous = mous;
        this.documents = documents;
        this.logEntries = logEntries;
        this.facilities = facilities;
        this.institutions = institutions;
        this.programs = programs;
        this.audit = audit;
        this.clock = clock;
        this.displayZone = displayZone;
    }

    /** A page of the MoUs the scope may see. */
    public Page<MouSummary> search(AccessScope scope, MouFilter filter, Pageable pageable) {
        requireBrowsing(scope);
        Optional<Specification<Mou>> specification = specification(scope, filter);
        if (specification.isEmpty()) {
            return Page.empty(pageable);
        }
        Page<Mou> page = mous.findAll(specification.get(), pageable);
        return page.map(summaries(page.getContent()));
    }

    /** Every MoU of the filtered list, for the CSV export. */
    public List<MouSummary> export(AccessScope scope, MouFilter filter, Sort sort) {
        requireBrowsing(scope);
        Optional<Specification<Mou>> specification = specification(scope, filter);
        if (specification.isEmpty()) {
            return List.of();
        }
        List<Mou> all = mous.findAll(specification.get(), sort);
        return all.stream().map(summaries(all)).toList();
    }

    /** The MoU's page, or {@link MouNotFoundException} / {@link AccessDeniedException}. */
    public MouDetails details(AccessScope scope, long id) {
        Mou m = visible(scope, id);
        LocalDate today = LocalDate.now(clock);
        MouDetails.Link renews = m.getRenewsMouId() == null ? null
                : mous.findById(m.getRenewsMouId()).filter(r -> scope.canViewMou(r.getOwnerPuskesmasId()))
                .map(r -> link(r, today)).orElse(null);
        MouDetails.Link renewedBy = mous.findByRenewsMouId(id).filter(r -> scope.canViewMou(r.getOwnerPuskesmasId()))
                .map(r -> link(r, today)).orElse(null);
        MouDetails.Document document = documents.findInfo(id)
                .map(d -> new MouDetails.Document(d.fileName(), d.sizeBytes(), d.uploadedAt().atZone(displayZone)))
                .orElse(null);
        List<MouLogEntry> entries = logEntries.findByMouIdOrderByHappenedOnDescIdDesc(id);
        return new MouDetails(m.getId(), m.getNumber(), m.getTitle(), m.getOwnerPuskesmasId(),
                ownerName(m.getOwnerPuskesmasId()), parties(m.getInstitutionIds()), programList(m.getProgramIds()),
                m.getScope(), m.getSignedOn(), m.getStartsOn(), m.getEndsOn(), m.isOpenEnded(), m.getTerminatedOn(),
                m.getTerminationReason(), status(m, today),
                m.getEndsOn() == null ? null : ChronoUnit.DAYS.between(today, m.getEndsOn()),
                renews, renewedBy, renewalChain(scope, m, today), document,
                entries.stream().map(MouService::logEntry).toList(), outputTotals(entries), m.getVersion(),
                audit.history(MouRegistry.AUDIT_TYPE, id), scope.canManageMou(m.getOwnerPuskesmasId()));
    }

    /** The signed document, for those who may see the MoU; {@link MouNotFoundException} when none was uploaded. */
    public MouDocumentFile document(AccessScope scope, long id) {
        visible(scope, id);
        return documents.findById(id).map(d -> new MouDocumentFile(d.getFileName(), d.getContent()))
                .orElseThrow(() -> new MouNotFoundException("Document of MoU " + id));
    }

    /** One entry of the MoU's collaboration log. */
    public MouDetails.LogEntry logEntry(AccessScope scope, long mouId, long entryId) {
        visible(scope, mouId);
        return logEntries.findById(entryId).filter(e -> e.getMouId() == mouId).map(MouService::logEntry)
                .orElseThrow(() -> new MouNotFoundException("Log entry " + entryId + " of MoU " + mouId));
    }

    /**
     * What a renewal of the MoU starts from: the same side, active institutions and programs, title and scope;
     * the new period starts the day after the old one ends (today for an open-ended one) and lasts as long.
     * The number and the signing date are the new agreement's own.
     */
    public MouData renewalTemplate(AccessScope scope, long id) {
        Mou old = visible(scope, id);
        LocalDate starts = old.getEndsOn() == null ? LocalDate.now(clock) : old.getEndsOn().plusDays(1);
        LocalDate ends = old.getStartsOn() == null || old.getEndsOn() == null ? null
                : starts.plus(Period.between(old.getStartsOn(), old.getEndsOn()));
        Set<Long> activeInstitutions = institutions.summariesById(old.getInstitutionIds()).values().stream()
                .filter(InstitutionSummary::active).map(InstitutionSummary::id).collect(Collectors.toSet());
        Set<Long> activePrograms = programs.byIds(old.getProgramIds()).values().stream()
                .filter(ProgramOption::active).map(ProgramOption::id).collect(Collectors.toSet());
        return new MouData(null, old.getTitle(), old.getOwnerPuskesmasId(), activeInstitutions, activePrograms,
                old.getScope(), null, starts, ends, old.isOpenEnded());
    }

    /** The institutions a user may name in an MoU: active ones in scope, plus those named already. */
    public List<InstitutionSummary> institutionChoices(AccessScope scope, Collection<Long> current) {
        requireBrowsing(scope);
        Map<Long, InstitutionSummary> choices = new LinkedHashMap<>();
        institutions.export(scope, new InstitutionFilter(null, null, null, null, false, true), Sort.by("name", "id"))
                .forEach(i -> choices.put(i.id(), i));
        institutions.summariesById(current).values().stream()
                .sorted(Comparator.comparing(InstitutionSummary::name))
                .forEach(i -> choices.putIfAbsent(i.id(), i));
        return List.copyOf(choices.values());
    }

    /** The programs a user may name in an MoU: active ones in scope, plus those named already. */
    public List<ProgramOption> programChoices(AccessScope scope, Collection<Long> current) {
        requireBrowsing(scope);
        Map<Long, ProgramOption> choices = new LinkedHashMap<>();
        programs.choices(scope).forEach(p -> choices.put(p.id(), p));
        programs.byIds(current).values().forEach(p -> choices.putIfAbsent(p.id(), p));
        return List.copyOf(choices.values());
    }

    static MouStatus status(Mou m, LocalDate today) {
        return MouStatus.of(m.getSignedOn(), m.getStartsOn(), m.getEndsOn(), m.getTerminatedOn(), today);
    }

    private Optional<Specification<Mou>> specification(AccessScope scope, MouFilter filter) {
        LocalDate today = LocalDate.now(clock);
        List<Specification<Mou>> parts = new ArrayList<>();
        parts.add(MouSpecifications.visibleTo(scope.cityWide(), scope.puskesmasId()));
        if (!filter.likePattern().isEmpty()) {
            parts.add(MouSpecifications.matching(filter.likePattern()));
        }
        if (filter.status() != null) {
            parts.add(MouSpecifications.inStatus(filter.status(), today));
        }
        if (filter.attention()) {
            parts.add(MouSpecifications.needsAttention(today));
        }
        if (filter.programId() != null) {
            parts.add(MouSpecifications.servesProgram(filter.programId()));
        }
        if (filter.ownerPuskesmasId() != null) {
            parts.add(MouSpecifications.ownedBy(filter.ownerPuskesmasId()));
        }
        if (filter.dkkLevelOnly()) {
            parts.add(MouSpecifications.dkkLevel());
        }
        if (filter.sector() != null) {
            List<Long> ofSector = institutions.export(scope,
                            new InstitutionFilter(null, filter.sector(), null, null, false, null), Sort.by("id"))
                    .stream().map(InstitutionSummary::id).toList();
            if (ofSector.isEmpty()) {
                return Optional.empty();
            }
            parts.add(MouSpecifications.withAnyInstitution(ofSector));
        }
        return Optional.of(Specification.allOf(parts));
    }

    /** Maps rows to summaries with every name, renewal, document and log count looked up once for all rows. */
    private Function<Mou, MouSummary> summaries(List<Mou> rows) {
        LocalDate today = LocalDate.now(clock);
        Set<Long> ids = rows.stream().map(Mou::getId).collect(Collectors.toSet());
        Map<Long, String> owners = facilities.namesById(rows.stream().map(Mou::getOwnerPuskesmasId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        Map<Long, InstitutionSummary> parties = institutions.summariesById(rows.stream()
                .flatMap(m -> m.getInstitutionIds().stream()).collect(Collectors.toSet()));
        Map<Long, ProgramOption> programOptions = programs.byIds(rows.stream()
                .flatMap(m -> m.getProgramIds().stream()).collect(Collectors.toSet()));
        // Queries with "in :ids" are skipped for an empty page: an empty list is not valid SQL everywhere.
        Set<Long> withDocument = ids.isEmpty() ? Set.of() : new HashSet<>(documents.findMouIdsWithDocument(ids));
        Map<Long, String> renewedBy = ids.isEmpty() ? Map.of() : mous.findByRenewsMouIdIn(ids).stream()
                .collect(Collectors.toMap(Mou::getRenewsMouId, Mou::getNumber));
        Map<Long, String> renewed = mous.findAllById(rows.stream().map(Mou::getRenewsMouId).filter(Objects::nonNull)
                .collect(Collectors.toSet())).stream().collect(Collectors.toMap(Mou::getId, Mou::getNumber));
        Map<Long, Long> logCounts = ids.isEmpty() ? Map.of() : logEntries.countByMou(ids).stream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
        return m -> new MouSummary(m.getId(), m.getNumber(), m.getTitle(), m.getOwnerPuskesmasId(),
                m.getOwnerPuskesmasId() == null ? null : owners.get(m.getOwnerPuskesmasId()),
                m.getInstitutionIds().stream().map(parties::get).filter(Objects::nonNull).map(MouService::party)
                        .sorted(Comparator.comparing(MouParty::name)).toList(),
                m.getProgramIds().stream().map(programOptions::get).filter(Objects::nonNull)
                        .sorted(Comparator.comparing(ProgramOption::name)).toList(),
                m.getSignedOn(), m.getStartsOn(), m.getEndsOn(), m.getTerminatedOn(), m.getTerminationReason(),
                status(m, today), m.getRenewsMouId() == null ? null : renewed.get(m.getRenewsMouId()),
                renewedBy.get(m.getId()), withDocument.contains(m.getId()), logCounts.getOrDefault(m.getId(), 0L));
    }

    /** Every agreement of the chain the user may see, oldest first: predecessors, this one, successors. */
    private List<MouDetails.Link> renewalChain(AccessScope scope, Mou m, LocalDate today) {
        List<Mou> chain = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        seen.add(m.getId());
        Mou older = m;
        while (older.getRenewsMouId() != null && seen.add(older.getRenewsMouId())) {
            Optional<Mou> previous = mous.findById(older.getRenewsMouId());
            if (previous.isEmpty()) {
                break;
            }
            older = previous.get();
            chain.add(0, older);
        }
        chain.add(m);
        Optional<Mou> newer = mous.findByRenewsMouId(m.getId());
        while (newer.isPresent() && seen.add(newer.get().getId())) {
            chain.add(newer.get());
            newer = mous.findByRenewsMouId(newer.get().getId());
        }
        return chain.stream().filter(c -> scope.canViewMou(c.getOwnerPuskesmasId())).map(c -> link(c, today))
                .toList();
    }

    private List<MouParty> parties(Collection<Long> institutionIds) {
        return institutions.summariesById(institutionIds).values().stream().map(MouService::party)
                .sorted(Comparator.comparing(MouParty::name)).toList();
    }

    private List<ProgramOption> programList(Collection<Long> programIds) {
        return programs.byIds(programIds).values().stream().sorted(Comparator.comparing(ProgramOption::name))
                .toList();
    }

    private String ownerName(Long ownerPuskesmasId) {
        return ownerPuskesmasId == null ? null : facilities.namesById(List.of(ownerPuskesmasId)).get(ownerPuskesmasId);
    }

    /** The log's counts added up per unit, units compared without regard to case; largest total first. */
    private static List<MouDetails.OutputTotal> outputTotals(List<MouLogEntry> entries) {
        Map<String, String> shownUnit = new LinkedHashMap<>();
        Map<String, Long> totals = new LinkedHashMap<>();
        for (MouLogEntry e : entries) {
            if (e.getQuantity() == null || e.getUnit() == null) {
                continue;
            }
            String key = e.getUnit().strip().toLowerCase(Locale.ROOT);
            shownUnit.putIfAbsent(key, e.getUnit().strip());
            totals.merge(key, (long) e.getQuantity(), Long::sum);
        }
        return totals.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .map(t -> new MouDetails.OutputTotal(shownUnit.get(t.getKey()), t.getValue())).toList();
    }

    private static MouDetails.Link link(Mou m, LocalDate today) {
        return new MouDetails.Link(m.getId(), m.getNumber(), m.getTitle(), status(m, today));
    }

    private static MouDetails.LogEntry logEntry(MouLogEntry e) {
        return new MouDetails.LogEntry(e.getId(), e.getHappenedOn(), e.getDescription(), e.getQuantity(),
                e.getUnit(), e.getVersion());
    }

    private static MouParty party(InstitutionSummary i) {
        return new MouParty(i.id(), i.name(), i.sector(), i.active());
    }

    private Mou visible(AccessScope scope, long id) {
        requireBrowsing(scope);
        Mou m = mous.findById(id).orElseThrow(() -> new MouNotFoundException("MoU " + id));
        if (!scope.canViewMou(m.getOwnerPuskesmasId())) {
            throw new AccessDeniedException("MoU " + id + " is outside the user's scope");
        }
        return m;
    }

    static void requireBrowsing(AccessScope scope) {
        if (!scope.canBrowseMous()) {
            throw new AccessDeniedException("Partner clinics do not see MoUs");
        }
    }
}
