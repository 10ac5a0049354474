package id.puskesnet.forum;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import id.puskesnet.access.AccessScope;
import id.puskesnet.forum.domain.FollowUpRepository;
import id.puskesnet.home.AttentionItem;
import id.puskesnet.home.AttentionLevel;
import id.puskesnet.home.AttentionSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Forum follow-ups on the attention list: those past their due date, and those due within a week. A puskesmas
 * sees its own; the DKK sees the city's, with how many puskesmas they concern. Two count queries per visit, each
 * stopping at {@value #COUNT_LIMIT}: past it the item says "more than" (and, for the DKK, leaves out the number of
 * puskesmas), as the report list does, so a country's backlog costs no more than a city's.
 */
@Component
class FollowUpAttention implements AttentionSource {

    static final String SECTION = "followUp.attention.section";
    /** Counting stops here. */
    static final int COUNT_LIMIT = 1_000;
    /** Due dates before this cannot be entered; it bounds the overdue count. */
    private static final LocalDate EARLIEST_DUE_DATE = LocalDate.of(2000, 1, 1);

    private static final List<String> OPEN_STATUS_NAMES = FollowUpViews.OPEN_STATUSES.stream().map(Enum::name).toList();

    private final FollowUpRepository followUps;
    private final FollowUpViews views;

    FollowUpAttention(FollowUpRepository followUps, FollowUpViews views) {
        this.followUps = followUps;
        this.views = views;
    }

    @Override
    @Transactional(readOnly = true)
    public List<AttentionItem> attentionFor(AccessScope scope) {
        if (!FollowUpQueries.seesForums(scope)) {
            return List.of();
        }
        LocalDate today = views.today();
        List<AttentionItem> items = new ArrayList<>();
        Object[] overdue = count(scope, EARLIEST_DUE_DATE, today);
        long overdueCount = ((Number) overdue[0]).longValue();
        boolean manyOverdue = overdueCount > COUNT_LIMIT;
        if (overdueCount > 0) {
            String key = "followUp.attention.overdue" + (manyOverdue ? "Many" : scope.cityWide() ? "City" : "");
            List<Object> arguments = manyOverdue ? List.of((long) COUNT_LIMIT)
                    : scope.cityWide() ? List.of(overdueCount, ((Number) overdue[1]).longValue()) : List.of(overdueCount);
            items.add(new AttentionItem(AttentionLevel.DANGER, SECTION, key, arguments, "/follow-ups?overdue=true"));
        }
        long dueSoon = ((Number) count(scope, today, today.plusDays(FollowUpQueries.DUE_SOON_DAYS + 1L))[0])
                .longValue();
        if (dueSoon > 0) {
            boolean many = dueSoon > COUNT_LIMIT;
            items.add(new AttentionItem(AttentionLevel.WARNING, SECTION,
                    many ? "followUp.attention.dueSoonMany" : "followUp.attention.dueSoon",
                    List.of(many ? COUNT_LIMIT : dueSoon, FollowUpQueries.DUE_SOON_DAYS), "/follow-ups?dueSoon=true"));
        }
        return items;
    }

    private Object[] count(AccessScope scope, LocalDate from, LocalDate before) {
        return followUps.countDue(scope.cityWide(), scope.puskesmasId(), OPEN_STATUS_NAMES, from, before, COUNT_LIMIT + 1)
                .get(0);
    }
}
