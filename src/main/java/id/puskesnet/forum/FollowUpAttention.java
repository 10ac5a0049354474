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
 * sees its own; the DKK sees the city's, with how many puskesmas they concern. Two count queries per visit.
 */
@Component
class FollowUpAttention implements AttentionSource {

    static final String SECTION = "followUp.attention.section";
    /** Due dates before this cannot be entered; it bounds the overdue count. */
    private static final LocalDate EARLIEST_DUE_DATE = LocalDate.of(2000, 1, 1);

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
        if (overdueCount > 0) {
            items.add(scope.cityWide()
                    ? new AttentionItem(AttentionLevel.DANGER, SECTION, "followUp.attention.overdueCity",
                            List.of(overdueCount, ((Number) overdue[1]).longValue()), "/follow-ups?overdue=true")
                    : new AttentionItem(AttentionLevel.DANGER, SECTION, "followUp.attention.overdue",
                            List.of(overdueCount), "/follow-ups?overdue=true"));
        }
        long dueSoon = ((Number) count(scope, today, today.plusDays(FollowUpQueries.DUE_SOON_DAYS + 1L))[0])
                .longValue();
        if (dueSoon > 0) {
            items.add(new AttentionItem(AttentionLevel.WARNING, SECTION, "followUp.attention.dueSoon",
                    List.of(dueSoon, FollowUpQueries.DUE_SOON_DAYS), "/follow-ups?dueSoon=true"));
        }
        return items;
    }

    private Object[] count(AccessScope scope, LocalDate from, LocalDate before) {
        return followUps.countDue(scope.cityWide(), scope.puskesmasId(), FollowUpViews.OPEN_STATUSES, from, before)
                .get(0);
    }
}
