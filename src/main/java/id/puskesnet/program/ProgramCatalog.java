package id.puskesnet.program;

import java.util.List;
import java.util.Optional;

import id.puskesnet.access.AccessScope;
import id.puskesnet.program.domain.Program;
import id.puskesnet.program.domain.ProgramRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads the program catalogue. Programs are reference data: everyone signed in may read the ones in scope. */
@Service
@Transactional(readOnly = true)
public class ProgramCatalog {

    private final ProgramRepository programs;

    ProgramCatalog(ProgramRepository programs) {
        this.programs = programs;
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

    private static ProgramOption option(Program p) {
        return new ProgramOption(p.getId(), p.getCode(), p.getName(), p.getNameEn(), p.getKind(),
                p.getOwnerPuskesmasId(), p.isActive());
    }
}
