package id.puskesnet.forum;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import id.puskesnet.institution.InstitutionSector;
import id.puskesnet.program.ProgramOption;

/**
 * What the forum form offers: the institutions and programs to choose from, and the earlier follow-ups still open
 * (a new forum reviews them once saved). {@code lockedFollowUpIds}: follow-ups with progress or a status of their
 * own, which are cancelled instead of removed.
 */
public record ForumFormOptions(String puskesmasName, List<InstitutionChoice> institutions,
                               List<ProgramOption> programs, List<FollowUpSummary> openFollowUps,
                               Set<Long> lockedFollowUpIds) {

    public ForumFormOptions {
        institutions = List.copyOf(institutions);
        programs = List.copyOf(programs);
        openFollowUps = List.copyOf(openFollowUps);
        lockedFollowUpIds = Set.copyOf(lockedFollowUpIds);
    }

    /** The institutions grouped by sector, sectors in their usual order, names sorted within each. */
    public Map<InstitutionSector, List<InstitutionChoice>> institutionsBySector() {
        return institutions.stream().collect(Collectors.groupingBy(InstitutionChoice::sector,
                () -> new EnumMap<>(InstitutionSector.class), Collectors.toList()));
    }
}
