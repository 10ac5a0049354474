package id.puskesnet.program;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import id.puskesnet.access.AccessScope;
import id.puskesnet.audit.AuditLog;
import id.puskesnet.facility.FacilityService;
import id.puskesnet.program.domain.Program;
import id.puskesnet.program.domain.ProgramRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the program catalogue. Programs are reference data: everyone signed in may read the ones in scope. */
@Service
@Transactional(readOnly = true)
public class ProgramCatalog {

    private final ProgramRepository programs;
    private final FacilityService facilities;
    private final AuditLog audit;

    ProgramCatalog(ProgramRepository programs, FacilityService facilities, AuditLog audit) {
        this.programs = programs;
        this.facilities = facilities;
        this.audit = audit;
    }

    /** Every program, active or not, in catalogue order. */
    public List<ProgramOption> all() {
        return programs.findAllByOrderBySortOrderAscNameAsc().stream().map(ProgramCatalog::option).toList();
    }

    /** The city's priority programs, in catalogue order: the programs reports and dashboards are about. */
    public List<ProgramOption> priorityPrograms() {
        return all().stream().filter(p -> p.kind() == ProgramKind.PRIORITAS && p.active()).toList();
    }

    /**
     * The active programs a user may pick: those of the whole city plus the innovations of the user's own
     * puskesmas (the DKK sees every innovation).
     */
    public List<ProgramOption> choices(AccessScope scope) {
        return all().stream()
                .filter(ProgramOption::active)
                .filter(p -> p.ownerPuskesmasId() == null || scope.cityWide()
                        || p.ownerPuskesmasId().equals(scope.puskesmasId()))
                .toList();
    }

    public Optional<ProgramOption> find(long id) {
        return programs.findById(id).map(ProgramCatalog::option);
    }

    public Optional<ProgramOption> findByCode(String code) {
        return programs.findByCode(code).map(ProgramCatalog::option);
    }

    /** The given programs in one query, for records that refer to several; unknown ids are left out. */
    public Map<Long, ProgramOption> byIds(Collection<Long> ids) {
        return programs.findAllById(ids).stream().map(ProgramCatalog::option)
                .collect(Collectors.toMap(ProgramOption::id, Function.identity()));
    }

    /** A page of the programs the scope may see. */
    public Page<ProgramSummary> search(AccessScope scope, ProgramFilter filter, Pageable pageable) {
        requireBrowsing(scope);
        Page<Program> page = query(scope, filter, pageable);
        return page.map(summaries(page.getContent()));
    }

    /** Every program of the filtered list, for the CSV export. */
    public List<ProgramSummary> export(AccessScope scope, ProgramFilter filter, Sort sort) {
        requireBrowsing(scope);
        List<Program> all = query(scope, filter, Pageable.unpaged(sort)).getContent();
        return all.stream().map(summaries(all)).toList();
    }

    /** The program's page, or {@link ProgramNotFoundException} / {@link AccessDeniedException}. */
    public ProgramDetails details(AccessScope scope, long id) {
        requireBrowsing(scope);
        Program p = programs.findById(id).orElseThrow(() -> new ProgramNotFoundException(id));
        if (!scope.canViewProgram(p.getOwnerPuskesmasId())) {
            throw new AccessDeniedException("Program " + id + " is outside the user's scope");
        }
        String ownerName = p.getOwnerPuskesmasId() == null ? null
                : facilities.namesById(List.of(p.getOwnerPuskesmasId())).get(p.getOwnerPuskesmasId());
        return new ProgramDetails(p.getId(), p.getCode(), p.getName(), p.getNameEn(), p.getKind(),
                p.getOwnerPuskesmasId(), ownerName, p.getDescription(), p.getSortOrder(), p.isActive(),
                p.getVersion(), audit.history(ProgramRegistry.AUDIT_TYPE, id),
                scope.canManageProgram(p.getKind() == ProgramKind.INOVASI, p.getOwnerPuskesmasId()));
    }

    private Page<Program> query(AccessScope scope, ProgramFilter filter, Pageable pageable) {
        boolean ownerFilters = scope.cityWide();
        return programs.search(scope.cityWide(), scope.puskesmasId(), filter.likePattern(), filter.kind(),
                ownerFilters ? filter.ownerPuskesmasId() : null, ownerFilters && filter.cityLevelOnly(),
                filter.active(), pageable);
    }

    /** Maps rows to summaries with the owners' names looked up once for all rows. */
    private Function<Program, ProgramSummary> summaries(Collection<Program> rows) {
        Map<Long, String> owners = facilities.namesById(rows.stream().map(Program::getOwnerPuskesmasId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        return p -> new ProgramSummary(p.getId(), p.getCode(), p.getName(), p.getNameEn(), p.getKind(),
                p.getOwnerPuskesmasId(), p.getOwnerPuskesmasId() == null ? null : owners.get(p.getOwnerPuskesmasId()),
                p.isActive());
    }

    private static void requireBrowsing(AccessScope scope) {
        if (!scope.canBrowsePrograms()) {
            throw new AccessDeniedException("Partner clinics do not see the program catalogue");
        }
    }

    private static ProgramOption option(Program p) {
        return new ProgramOption(p.getId(), p.getCode(), p.getName(), p.getNameEn(), p.getKind(),
                p.getOwnerPuskesmasId(), p.isActive());
    }
}
