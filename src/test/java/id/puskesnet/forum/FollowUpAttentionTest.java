package id.puskesnet.forum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.List;

import id.puskesnet.access.AccessScope;
import id.puskesnet.access.Role;
import id.puskesnet.forum.domain.FollowUpRepository;
import id.puskesnet.home.AttentionItem;
import org.junit.jupiter.api.Test;

/**
 * The follow-up counts of the attention list stop at {@link FollowUpAttention#COUNT_LIMIT}: past it the item says
 * "more than" and, for the DKK, no longer names a number of puskesmas (the count behind it is only of those counted).
 */
class FollowUpAttentionTest {

    private static final AccessScope OFFICER = new AccessScope(Role.DKK_OFFICER, null);
    private static final AccessScope HEAD = new AccessScope(Role.PUSKESMAS_HEAD, 7L);
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    private final FollowUpRepository followUps = mock(FollowUpRepository.class);
    private final FollowUpViews views = mock(FollowUpViews.class);
    private final FollowUpAttention attention = new FollowUpAttention(followUps, views);

    @Test
    void aCountWithinTheLimitIsShownExactlyWithThePuskesmasForTheDkk() {
        counts(1000, 37, 12);
        List<AttentionItem> items = attention.attentionFor(OFFICER);
        assertThat(items).extracting(AttentionItem::messageKey)
                .containsExactly("followUp.attention.overdueCity", "followUp.attention.dueSoon");
        assertThat(items.get(0).arguments()).containsExactly(1000L, 37L);
        assertThat(items.get(1).arguments()).containsExactly(12L, FollowUpQueries.DUE_SOON_DAYS);
    }

    @Test
    void pastTheLimitTheItemsSayMoreThanAndNameNoPuskesmasCount() {
        counts(FollowUpAttention.COUNT_LIMIT + 1, 140, FollowUpAttention.COUNT_LIMIT + 1);
        List<AttentionItem> items = attention.attentionFor(OFFICER);
        assertThat(items).extracting(AttentionItem::messageKey)
                .containsExactly("followUp.attention.overdueMany", "followUp.attention.dueSoonMany");
        assertThat(items.get(0).arguments()).containsExactly((long) FollowUpAttention.COUNT_LIMIT);
        assertThat(items.get(1).arguments()).containsExactly((long) FollowUpAttention.COUNT_LIMIT, FollowUpQueries.DUE_SOON_DAYS);
        assertThat(items).allSatisfy(item -> assertThat(item.link()).startsWith("/follow-ups?"));
    }

    @Test
    void aPuskesmasPastTheLimitIsToldMoreThanToo() {
        counts(FollowUpAttention.COUNT_LIMIT + 1, 1, 0);
        assertThat(attention.attentionFor(HEAD)).extracting(AttentionItem::messageKey)
                .containsExactly("followUp.attention.overdueMany");
    }

    @Test
    void theQueriesAreAskedToCountOneBeyondTheLimitOnly() {
        counts(0, 0, 0);
        attention.attentionFor(OFFICER);
        verify(followUps, times(2))
                .countDue(anyBoolean(), any(), any(), any(), any(), eq(FollowUpAttention.COUNT_LIMIT + 1));
    }

    private void counts(long overdue, long puskesmas, long dueSoon) {
        when(views.today()).thenReturn(TODAY);
        when(followUps.countDue(anyBoolean(), any(), any(), any(), eq(TODAY), anyInt()))
                .thenReturn(List.<Object[]>of(new Object[] {overdue, puskesmas}));
        when(followUps.countDue(anyBoolean(), any(), any(), eq(TODAY), any(), anyInt()))
                .thenReturn(List.<Object[]>of(new Object[] {dueSoon, dueSoon == 0 ? 0L : 1L}));
    }
}
