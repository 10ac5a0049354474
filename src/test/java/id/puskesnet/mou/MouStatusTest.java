package id.puskesnet.mou;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** The status a user reads on an MoU follows from its dates alone. */
class MouStatusTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    private static final LocalDate SIGNED = TODAY.minusYears(1);

    @Test
    void withoutSignatureOrStartItIsADraft() {
        assertThat(MouStatus.of(null, TODAY.minusDays(10), TODAY.plusYears(1), null, TODAY)).isEqualTo(MouStatus.DRAFT);
        assertThat(MouStatus.of(SIGNED, null, null, null, TODAY)).isEqualTo(MouStatus.DRAFT);
    }

    @Test
    void signedButStartingLaterIsNotYetInForce() {
        assertThat(MouStatus.of(SIGNED, TODAY.plusDays(1), TODAY.plusYears(2), null, TODAY))
                .isEqualTo(MouStatus.UPCOMING);
    }

    @Test
    void itIsExpiringFromNinetyDaysBeforeItsEndUntilItsLastDay() {
        LocalDate start = TODAY.minusYears(1);
        assertThat(MouStatus.of(SIGNED, start, TODAY.plusDays(91), null, TODAY)).isEqualTo(MouStatus.ACTIVE);
        assertThat(MouStatus.of(SIGNED, start, TODAY.plusDays(90), null, TODAY)).isEqualTo(MouStatus.EXPIRING);
        assertThat(MouStatus.of(SIGNED, start, TODAY, null, TODAY)).isEqualTo(MouStatus.EXPIRING);
        assertThat(MouStatus.of(SIGNED, start, TODAY.minusDays(1), null, TODAY)).isEqualTo(MouStatus.EXPIRED);
    }

    @Test
    void anOpenEndedAgreementStaysInForce() {
        assertThat(MouStatus.of(SIGNED, TODAY.minusYears(5), null, null, TODAY)).isEqualTo(MouStatus.ACTIVE);
    }

    @Test
    void terminationWinsOverEveryDate() {
        assertThat(MouStatus.of(SIGNED, TODAY.minusDays(10), TODAY.plusYears(1), TODAY, TODAY))
                .isEqualTo(MouStatus.TERMINATED);
        assertThat(MouStatus.of(null, null, null, TODAY.minusDays(3), TODAY)).isEqualTo(MouStatus.TERMINATED);
    }
}
