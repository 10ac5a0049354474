package id.puskesnet.forum;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import id.puskesnet.access.AccessScope;
import id.puskesnet.forum.domain.Forum;
import id.puskesnet.institution.InstitutionFilter;
import id.puskesnet.institution.InstitutionService;
import id.puskesnet.institution.InstitutionSummary;
import id.puskesnet.program.ProgramCatalog;
import id.puskesnet.program.ProgramOption;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/**
 * The institutions and programs a forum may name: the active institutions of the user's puskesmas and of the
 * city, the programs the user may pick, and whatever the forum already names (deactivated or moved since), so
 * saving a forum never silently drops a row.
 */
@Component
class ForumChoices {

    private final InstitutionService institutionService;
    private final ProgramCatalog programCatalog;

    ForumChoices(InstitutionService institutionService, ProgramCatalog programCatalog) {
        this.institutionService = institutionService;
        this.programCatalog = programCatalog;
    }

    List<InstitutionChoice> institutions(AccessScope scope, Forum forum) {
        return List.copyOf(institutionsById(scope, forum).values());
    }

    /** The institutions by id, sorted by name. */
    Map<Long, InstitutionChoice> institutionsById(AccessScope scope, Forum forum) {
        Map<Long, InstitutionSummary> visible = new LinkedHashMap<>();
        institutionService.export(scope, InstitutionFilter.none(), Sort.by("name", "id"))
                .forEach(i -> visible.put(i.id(), i));
        Map<Long, InstitutionChoice> choices = new LinkedHashMap<>();
        visible.values().stream().filter(InstitutionSummary::active)
                .forEach(i -> choices.put(i.id(), new InstitutionChoice(i.id(), i.name(), i.sector(), true)));
        if (forum != null) {
            Stream.concat(
                    forum.getAttendees().stream().filter(a -> a.getInstitutionId() != null)
                            .map(a -> new InstitutionChoice(a.getInstitutionId(), a.getInstitutionName(),
                                    a.getSector(), false)),
                    forum.getFollowUps().stream().filter(u -> u.getInstitutionId() != null)
                            .map(u -> new InstitutionChoice(u.getInstitutionId(), u.getInstitutionName(),
                                    u.getSector(), false)))
                    .filter(named -> !choices.containsKey(named.id()))
                    .forEach(named -> {
                        InstitutionSummary now = visible.get(named.id());
                        choices.put(named.id(), now == null ? named
                                : new InstitutionChoice(now.id(), now.name(), now.sector(), now.active()));
                    });
        }
        List<InstitutionChoice> sorted = new ArrayList<>(choices.values());
        sorted.sort(Comparator.comparing(InstitutionChoice::name, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(InstitutionChoice::id));
        Map<Long, InstitutionChoice> byId = new LinkedHashMap<>();
        sorted.forEach(c -> byId.put(c.id(), c));
        return byId;
    }

    /** The programs by id, in catalogue order. */
    Map<Long, ProgramOption> programsById(AccessScope scope, Forum forum) {
        Map<Long, ProgramOption> choices = new LinkedHashMap<>();
        programCatalog.choices(scope).forEach(p -> choices.put(p.id(), p));
        if (forum != null) {
            Stream.concat(forum.getAgendaItems().stream().map(a -> a.getProgramId()),
                            forum.getFollowUps().stream().map(u -> u.getProgramId()))
                    .filter(id -> id != null && !choices.containsKey(id)).distinct()
                    .forEach(id -> programCatalog.find(id).ifPresent(p -> choices.put(p.id(), p)));
        }
        return choices;
    }

    List<ProgramOption> programs(AccessScope scope, Forum forum) {
        return List.copyOf(programsById(scope, forum).values());
    }
}
