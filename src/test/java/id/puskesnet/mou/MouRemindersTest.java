package id.puskesnet.mou;

import static id.puskesnet.mou.MouFixtures.ADMINISTRATOR;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import id.puskesnet.access.AccessScope;
import id.puskesnet.access.CurrentUser;
import id.puskesnet.access.Role;
import id.puskesnet.facility.FacilityService;
import id.puskesnet.institution.InstitutionRegistry;
import id.puskesnet.institution.InstitutionSector;
import id.puskesnet.support.DemoUsers;
import id.puskesnet.support.MutableClock;
import id.puskesnet.support.WebIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Reminders on the home page and the overview a dashboard reads, for Puskesmas Kariangau, which no demo MoU and no
 * other test belongs to: what ends within 90 days or has expired shows until it is renewed or terminated.
 */
class MouRemindersTest extends WebIntegrationTest {

    @Autowired
    UserDetailsService userDetailsService;

    @Autowired
    MouRegistry registry;

    @Autowired
    MouOverview overview;

    @Autowired
    MouService mous;

    @Autowired
    InstitutionRegistry institutions;

    @Autowired
    FacilityService facilities;

    @Autowired
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void thePuskesmasHomeAndTheDkkListShowWhatEndsSoonOrExpiredUntilRenewedOrTerminated() throws Exception {
        long kariangau = MouFixtures.puskesmasId(facilities, "PKM-KARIANGAU");
        long partner = MouFixtures.institution(institutions, MouFixtures.unique("Koramil uji pengingat"),
                InstitutionSector.TNI, kariangau);
        LocalDate today = LocalDate.now(clock);
        long inFiveDays = MouFixtures.mou(registry, kariangau, partner, today.minusYears(1), today.plusDays(5));
        long inTwentyDays = MouFixtures.mou(registry, kariangau, partner, today.minusYears(1), today.plusDays(20));
        long inSixtyDays = MouFixtures.mou(registry, kariangau, partner, today.minusYears(1), today.plusDays(60));
        long inTwoHundredDays = MouFixtures.mou(registry, kariangau, partner, today.minusYears(1), today.plusDays(200));
        long expired = MouFixtures.mou(registry, kariangau, partner, today.minusYears(2), today.minusDays(10));
        long renewed = MouFixtures.mou(registry, kariangau, partner, today.minusYears(2), today.minusDays(3));
        registry.renew(ADMINISTRATOR, renewed, MouFixtures.data(MouFixtures.unique("PKS/uji lanjut"), kariangau,
                partner, today.minusDays(2), today.plusYears(2)));
        long renewedByDraft = MouFixtures.mou(registry, kariangau, partner, today.minusYears(2), today.minusDays(4));
        registry.renew(ADMINISTRATOR, renewedByDraft, new MouData(MouFixtures.unique("PKS/uji draf lanjut"),
                "Draf", kariangau, Set.of(partner), Set.of(), "Draf", null, null, null, false));
        long terminated = MouFixtures.mou(registry, kariangau, partner, today.minusYears(2), today.minusDays(5));
        registry.terminate(ADMINISTRATOR, terminated, today, "Tidak diperpanjang",
                mous.details(ADMINISTRATOR, terminated).version());
        AccessScope head = new AccessScope(Role.PUSKESMAS_HEAD, kariangau);

        assertThat(overview.expiringFor(head)).extracting(MouReminder::mouId)
                .containsExactly(expired, renewedByDraft, inFiveDays, inTwentyDays, inSixtyDays);
        assertThat(overview.expiringFor(head).get(0).daysLeft()).isEqualTo(-10);
        assertThat(overview.expiringFor(new AccessScope(Role.DKK_OFFICER, null))).extracting(MouReminder::mouId)
                .contains(expired, inFiveDays).doesNotContain(renewed, terminated, inTwoHundredDays);
        assertThat(overview.expiringFor(new AccessScope(Role.PUSKESMAS_HEAD,
                MouFixtures.puskesmasId(facilities, "PKM-MARGASARI")))).extracting(MouReminder::mouId)
                .doesNotContain(expired, inFiveDays);
        assertThat(overview.expiringFor(new AccessScope(Role.PARTNER, 1L))).isEmpty();
        MouReminders firstTwo = overview.expiringFor(head, 2, 1_000);
        assertThat(firstTwo.shown()).extracting(MouReminder::mouId).containsExactly(expired, renewedByDraft);
        assertThat(firstTwo.shown()).as("the same reminders as the whole list")
                .isEqualTo(overview.expiringFor(head).subList(0, 2));
        assertThat(firstTwo.total()).as("how many need attention in all").isEqualTo(5);
        assertThat(overview.expiringFor(head, 2, 3).total()).as("counted one past the cap").isEqualTo(4);
        assertThat(overview.expiringFor(new AccessScope(Role.PARTNER, 1L), 2, 1_000).shown()).isEmpty();

        String home = mvc.perform(get("/").with(user(headOf(kariangau))))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(home).contains("MoU dan kemitraan").contains("berakhir pada").contains("5 hari lagi")
                .contains("20 hari lagi").contains("60 hari lagi").contains("10 hari lalu")
                .contains("/mous/" + expired).doesNotContain("/mous/" + renewed + "\"")
                .doesNotContain("/mous/" + inTwoHundredDays + "\"").doesNotContain("/mous/" + terminated + "\"");
        mvc.perform(get("/").with(DemoUsers.as(userDetailsService, "dkk")))
                .andExpect(content().string(containsString("Puskesmas Kariangau: MoU")));
        mvc.perform(get("/").with(DemoUsers.as(userDetailsService, "kapus.gunungbahagia")))
                .andExpect(content().string(not(containsString("Puskesmas Kariangau"))))
                .andExpect(content().string(not(containsString("/mous/" + expired + "\""))));

        clock.advance(Duration.ofDays(150));
        assertThat(overview.expiringFor(head)).extracting(MouReminder::mouId).contains(inTwoHundredDays);
    }

    @Test
    void aRenewalTakesTheReminderAwayOnceSignedAndGivesItBackWhenTerminated() {
        long teritip = MouFixtures.puskesmasId(facilities, "PKM-TERITIP");
        long partner = MouFixtures.institution(institutions, MouFixtures.unique("Koramil uji perpanjangan"),
                InstitutionSector.TNI, teritip);
        LocalDate today = LocalDate.now(clock);
        AccessScope head = new AccessScope(Role.PUSKESMAS_HEAD, teritip);
        long old = MouFixtures.mou(registry, teritip, partner, today.minusYears(2), today.minusDays(3));
        String number = MouFixtures.unique("PKS/uji perpanjangan");
        long renewal = registry.renew(ADMINISTRATOR, old, new MouData(number, "Draf", teritip, Set.of(partner),
                Set.of(), "Draf", null, null, null, false));
        assertThat(reminded(head)).as("a draft renewal renews nothing yet").contains(old);

        registry.update(ADMINISTRATOR, renewal, MouFixtures.data(number, teritip, partner, today.minusDays(1),
                today.plusYears(2)), mous.details(ADMINISTRATOR, renewal).version());
        assertThat(reminded(head)).as("signed: renewed").doesNotContain(old, renewal);
        assertThat(reminded(new AccessScope(Role.DKK_OFFICER, null))).doesNotContain(old);

        registry.terminate(ADMINISTRATOR, renewal, today, "Dibatalkan", mous.details(ADMINISTRATOR, renewal).version());
        assertThat(reminded(head)).as("its renewal terminated: not renewed any more").contains(old)
                .doesNotContain(renewal);

        registry.terminate(ADMINISTRATOR, old, today, "Ditutup", mous.details(ADMINISTRATOR, old).version());
        assertThat(reminded(head)).doesNotContain(old, renewal);
    }

    private List<Long> reminded(AccessScope scope) {
        return overview.expiringFor(scope).stream().map(MouReminder::mouId).toList();
    }

    @Test
    void theOverviewCountsEveryStatusInScope() {
        long kariangau = MouFixtures.puskesmasId(facilities, "PKM-KARIANGAU");
        AccessScope head = new AccessScope(Role.PUSKESMAS_HEAD, kariangau);
        long draftsBefore = overview.countsFor(head).get(MouStatus.DRAFT);
        long partner = MouFixtures.institution(institutions, MouFixtures.unique("PKK uji hitung"),
                InstitutionSector.PKK, kariangau);
        registry.create(ADMINISTRATOR, new MouData(MouFixtures.unique("PKS/uji hitung"), "Draf", kariangau,
                Set.of(partner), Set.of(), "Draf", null, null, null, false));

        assertThat(overview.countsFor(head)).containsOnlyKeys(MouStatus.values());
        assertThat(overview.countsFor(head).get(MouStatus.DRAFT)).isEqualTo(draftsBefore + 1);
        assertThat(overview.countsFor(new AccessScope(Role.PARTNER, 1L)).values()).containsOnly(0L);
    }

    private CurrentUser headOf(long puskesmas) {
        return new CurrentUser(-1, "uji.kariangau", null, "Kepala Uji Kariangau", Role.PUSKESMAS_HEAD, puskesmas,
                "Puskesmas Kariangau", true);
    }
}
