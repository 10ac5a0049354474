package id.puskesnet.mou;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import id.puskesnet.access.AccessScope;
import id.puskesnet.facility.FacilityService;
import id.puskesnet.mou.domain.Mou;
import id.puskesnet.mou.domain.MouPeriod;
import id.puskesnet.mou.domain.MouRepository;
import id.puskesnet.mou.domain.MouSpecifications;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * MoU figures for the home page and for dashboards: which agreements need action and how many stand where,
 * within a scope. Partner clinics get nothing.
 */
@Service
@Transactional(readOnly = true)
public class MouOverview {

    private final MouRepository mous;
    private final FacilityService facilities;
    private final Clock clock;

    MouOverview(MouRepository mous, FacilityService facilities, Clock clock) {
        this.mous = mous;
        this.facilities = facilities;
        this.clock = clock;
    }

    /**
     * The MoUs in scope that end within {@value MouStatus#EXPIRING_DAYS} days or have expired and are neither
     * renewed by a signed agreement nor terminated, most urgent first (the longest expired lead).
     */
    public List<MouReminder> expiringFor(AccessScope scope) {
        return expiring(scope, Pageable.unpaged(URGENT_FIRST)).getContent();
    }

    /**
     * The most urgent of {@link #expiringFor(AccessScope)}, at most {@code limit}, with how many there are in all
     * counted up to {@code countCap} (a country has tens of thousands).
     */
    public MouReminders expiringFor(AccessScope scope, int limit, int countCap) {
        if (!scope.canBrowseMous() || (!scope.cityWide() && scope.puskesmasId() == null)) {
            return new MouReminders(List.of(), 0);
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate until = today.plusDays(MouStatus.EXPIRING_DAYS);
        List<MouReminder> shown = mous.findNeedingAttention(scope.cityWide(), scope.puskesmasId(), until, limit).stream()
                .map(row -> {
                    LocalDate endsOn = toLocalDate(row[5]);
                    return new MouReminder(((Number) row[0]).longValue(), (String) row[1], (String) row[2],
                            row[3] == null ? null : ((Number) row[3]).longValue(), (String) row[4], endsOn,
                            ChronoUnit.DAYS.between(today, endsOn));
                }).toList();
        long total = shown.size() < limit ? shown.size()
                : mous.countNeedingAttention(scope.cityWide(), scope.puskesmasId(), until, countCap + 1);
        return new MouReminders(shown, total);
    }

    private static LocalDate toLocalDate(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }

    private static final Sort URGENT_FIRST = Sort.by("endsOn", "id");

    private Page<MouReminder> expiring(AccessScope scope, Pageable pageable) {
        if (!scope.canBrowseMous()) {
            return Page.empty(pageable);
        }
        LocalDate today = LocalDate.now(clock);
        Page<Mou> due = mous.findAll(MouSpecifications.visibleTo(scope.cityWide(), scope.puskesmasId())
                .and(MouSpecifications.needsAttention(today)), pageable);
        Map<Long, String> owners = facilities.namesById(due.stream().map(Mou::getOwnerPuskesmasId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        return due.map(m -> new MouReminder(m.getId(), m.getNumber(), m.getTitle(), m.getOwnerPuskesmasId(),
                m.getOwnerPuskesmasId() == null ? null : owners.get(m.getOwnerPuskesmasId()), m.getEndsOn(),
                ChronoUnit.DAYS.between(today, m.getEndsOn())));
    }

    /** How many MoUs in scope stand in each status today; every status is present, zero where none. */
    public Map<MouStatus, Long> countsFor(AccessScope scope) {
        Map<MouStatus, Long> counts = new EnumMap<>(MouStatus.class);
        for (MouStatus status : MouStatus.values()) {
            counts.put(status, 0L);
        }
        if (!scope.canBrowseMous()) {
            return counts;
        }
        LocalDate today = LocalDate.now(clock);
        for (MouPeriod p : mous.findPeriods(scope.cityWide(), scope.puskesmasId())) {
            counts.merge(MouStatus.of(p.signedOn(), p.startsOn(), p.endsOn(), p.terminatedOn(), today), 1L, Long::sum);
        }
        return counts;
    }
}
