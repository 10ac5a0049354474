package id.puskesnet.mou;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import id.puskesnet.access.AccessScope;
import id.puskesnet.access.Role;
import id.puskesnet.home.AttentionItem;
import id.puskesnet.home.AttentionLevel;
import org.junit.jupiter.api.Test;

/** How MoU reminders read on the home page: level by days left, the DKK's naming the puskesmas, a cap. */
class MouAttentionTest {

    private static final AccessScope HEAD = new AccessScope(Role.PUSKESMAS_HEAD, 7L);
    private static final AccessScope OFFICER = new AccessScope(Role.DKK_OFFICER, null);
    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

    private final MouOverview overview = mock(MouOverview.class);
    private final MouAttention attention = new MouAttention(overview);

    @Test
    void ninetyThirtyAndSevenDaysGiveRisingLevelsAndExpiredIsUrgent() {
        when(overview.expiringFor(HEAD, MouAttention.MAX_ITEMS, MouAttention.COUNT_LIMIT)).thenReturn(firstOf(List.of(reminder(1, -3), reminder(2, 0), reminder(3, 7),
                reminder(4, 8), reminder(5, 30), reminder(6, 31), reminder(7, 90))));

        List<AttentionItem> items = attention.attentionFor(HEAD);

        assertThat(items).extracting(AttentionItem::level).containsExactly(AttentionLevel.DANGER,
                AttentionLevel.DANGER, AttentionLevel.DANGER, AttentionLevel.WARNING, AttentionLevel.WARNING,
                AttentionLevel.INFO, AttentionLevel.INFO);
        assertThat(items.get(0).messageKey()).isEqualTo("mou.attention.expired");
        assertThat(items.get(0).arguments()).containsExactly("MOU-1", "Kerja sama 1", "12-06-2026", 3L);
        assertThat(items.get(1).messageKey()).isEqualTo("mou.attention.expiring");
        assertThat(items).extracting(AttentionItem::link).startsWith("/mous/1", "/mous/2");
        assertThat(items).extracting(AttentionItem::section).containsOnly(MouAttention.SECTION);
    }

    @Test
    void theDkkReadsWhichPuskesmasOrTheDkkItselfHoldsTheAgreement() {
        when(overview.expiringFor(OFFICER, MouAttention.MAX_ITEMS, MouAttention.COUNT_LIMIT)).thenReturn(firstOf(List.of(reminder(1, 10),
                new MouReminder(2, "MOU-2", "Kerja sama DKK", null, null, TODAY.minusDays(2), -2))));

        List<AttentionItem> items = attention.attentionFor(OFFICER);

        assertThat(items.get(0).messageKey()).isEqualTo("mou.attention.expiring.city");
        assertThat(items.get(0).arguments()).last().isEqualTo("Puskesmas Uji");
        assertThat(items.get(1).messageKey()).isEqualTo("mou.attention.expired.city");
        assertThat(items.get(1).arguments()).last().isEqualTo("DKK");
    }

    @Test
    void beyondEightRemindersOneLineLeadsToTheListOfAll() {
        when(overview.expiringFor(HEAD, MouAttention.MAX_ITEMS, MouAttention.COUNT_LIMIT)).thenReturn(firstOf(IntStream.rangeClosed(1, 11)
                .mapToObj(i -> reminder(i, i)).toList()));

        List<AttentionItem> items = attention.attentionFor(HEAD);

        assertThat(items).hasSize(MouAttention.MAX_ITEMS + 1);
        AttentionItem more = items.get(MouAttention.MAX_ITEMS);
        assertThat(more.messageKey()).isEqualTo("mou.attention.more");
        assertThat(more.arguments()).containsExactly(3);
        assertThat(more.link()).isEqualTo("/mous?attention=true");
    }

    @Test
    void pastTheCountLimitTheLastLineSaysMoreThanTheLimit() {
        List<MouReminder> eight = IntStream.rangeClosed(1, 8).mapToObj(i -> reminder(i, i)).toList();
        when(overview.expiringFor(OFFICER, MouAttention.MAX_ITEMS, MouAttention.COUNT_LIMIT))
                .thenReturn(new MouReminders(eight, MouAttention.COUNT_LIMIT + 1));

        AttentionItem last = attention.attentionFor(OFFICER).get(MouAttention.MAX_ITEMS);

        assertThat(last.messageKey()).isEqualTo("mou.attention.moreMany");
        assertThat(last.arguments()).containsExactly(MouAttention.COUNT_LIMIT);
        assertThat(last.link()).isEqualTo("/mous?attention=true");
    }

    @Test
    void nothingDueMeansNothingShown() {
        when(overview.expiringFor(HEAD, MouAttention.MAX_ITEMS, MouAttention.COUNT_LIMIT)).thenReturn(firstOf(List.of()));
        assertThat(attention.attentionFor(HEAD)).isEmpty();
    }

    /** What the overview hands over: the first {@link MouAttention#MAX_ITEMS} of them, with how many in all. */
    private static MouReminders firstOf(List<MouReminder> all) {
        return new MouReminders(all.subList(0, Math.min(MouAttention.MAX_ITEMS, all.size())), all.size());
    }

    private static MouReminder reminder(long id, long daysLeft) {
        return new MouReminder(id, "MOU-" + id, "Kerja sama " + id, 7L, "Puskesmas Uji", TODAY.plusDays(daysLeft),
                daysLeft);
    }
}
