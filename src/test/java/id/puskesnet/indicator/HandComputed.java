package id.puskesnet.indicator;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The figures of {@link IndicatorFixture} for March, worked out by hand (January to March for year-to-date
 * indicators, March alone for monthly ones; accepted reports for final figures, plus verified or own
 * submitted ones for provisional figures). Values are rounded half up to one decimal.
 */
final class HandComputed {

    private HandComputed() {
    }

    /** value, provisional value, colour, numerator, denominator (null: no target). */
    record Expected(String value, String provisional, Achievement achievement, long numerator, Long denominator) {

        BigDecimal decimal() {
            return value == null ? null : new BigDecimal(value);
        }

        BigDecimal provisionalDecimal() {
            return provisional == null ? null : new BigDecimal(provisional);
        }
    }

    private static Expected e(String value, String provisional, Achievement achievement, long numerator, Long denominator) {
        return new Expected(value, provisional, achievement, numerator, denominator);
    }

    /*
     * Puskesmas A (its own reports of January and March, klinik A1's of January and March accepted; TPMD A2's
     * January verified and A's February submitted are provisional; A2's March submitted counts nowhere).
     * HT: 100 + 50 + 120 + 50 = 320 of 1,200 = 26.7%, due by March 100% × 3/12 = 25% → green;
     * provisional + 30 + 80 = 430 → 35.8%. TB terduga: examined 18 + 9 + 27 + 10 = 64 of 20 + 10 + 30 + 10 = 70.
     * TSR: (2+1) + (1+1) + (3+2) + (2+0) = 12 of 4 + 2 + 6 + 2 = 14. D/S: March D 310 of S 400.
     */
    static final Map<String, Expected> A = Map.ofEntries(
            Map.entry("SPM_HT", e("26.7", "35.8", Achievement.GREEN, 320, 1200L)),
            Map.entry("SPM_DM", e("32.5", "42.5", Achievement.GREEN, 130, 400L)),
            Map.entry("SPM_TB_TERDUGA", e("91.4", "92.9", Achievement.AMBER, 64, 70L)),
            Map.entry("TB_NOTIFIKASI", e("35.0", "40.0", Achievement.GREEN, 14, 40L)),
            Map.entry("TB_TSR", e("85.7", "81.3", Achievement.AMBER, 12, 14L)),
            Map.entry("TB_INVESTIGASI_KONTAK", e("16.9", "18.8", Achievement.RED, 54, 320L)),
            Map.entry("TB_TPT", e("59.3", "58.3", Achievement.AMBER, 32, 54L)),
            Map.entry("GIZI_DS", e("77.5", "77.5", Achievement.AMBER, 310, 400L)),
            Map.entry("GIZI_ND", e("87.1", "87.1", Achievement.GREEN, 270, 310L)),
            Map.entry("GIZI_STUNTING", e("3.9", "3.9", Achievement.GREEN, 12, 310L)),
            Map.entry("ORI_CAKUPAN", e("55.0", "55.0", Achievement.GREEN, 110, 200L)));

    /* Puskesmas B: January and March accepted, February only a draft; no ORI target. */
    static final Map<String, Expected> B = Map.ofEntries(
            Map.entry("SPM_HT", e("17.5", "17.5", Achievement.RED, 350, 2000L)),
            Map.entry("SPM_DM", e("20.0", "20.0", Achievement.AMBER, 100, 500L)),
            Map.entry("SPM_TB_TERDUGA", e("83.3", "83.3", Achievement.AMBER, 50, 60L)),
            Map.entry("TB_NOTIFIKASI", e("24.0", "24.0", Achievement.GREEN, 12, 50L)),
            Map.entry("TB_TSR", e("83.3", "83.3", Achievement.AMBER, 10, 12L)),
            Map.entry("TB_INVESTIGASI_KONTAK", e("10.0", "10.0", Achievement.RED, 40, 400L)),
            Map.entry("TB_TPT", e("40.0", "40.0", Achievement.RED, 16, 40L)),
            Map.entry("GIZI_DS", e("60.0", "60.0", Achievement.RED, 480, 800L)),
            Map.entry("GIZI_ND", e("75.0", "75.0", Achievement.AMBER, 360, 480L)),
            Map.entry("GIZI_STUNTING", e("5.0", "5.0", Achievement.GREEN, 24, 480L)),
            Map.entry("ORI_CAKUPAN", e(null, null, Achievement.NONE, 100, null)));

    /* The fixture's kecamatan, and the city in the fixture's year: A and B together (ORI: B's 100 doses over A's target). */
    static final Map<String, Expected> AREA = Map.ofEntries(
            Map.entry("SPM_HT", e("20.9", "24.4", Achievement.AMBER, 670, 3200L)),
            Map.entry("SPM_DM", e("25.6", "30.0", Achievement.GREEN, 230, 900L)),
            Map.entry("SPM_TB_TERDUGA", e("87.7", "89.0", Achievement.AMBER, 114, 130L)),
            Map.entry("TB_NOTIFIKASI", e("28.9", "31.1", Achievement.GREEN, 26, 90L)),
            Map.entry("TB_TSR", e("84.6", "82.1", Achievement.AMBER, 22, 26L)),
            Map.entry("TB_INVESTIGASI_KONTAK", e("13.1", "13.9", Achievement.RED, 94, 720L)),
            Map.entry("TB_TPT", e("51.1", "51.0", Achievement.RED, 48, 94L)),
            Map.entry("GIZI_DS", e("65.8", "65.8", Achievement.RED, 790, 1200L)),
            Map.entry("GIZI_ND", e("79.7", "79.7", Achievement.AMBER, 630, 790L)),
            Map.entry("GIZI_STUNTING", e("4.6", "4.6", Achievement.GREEN, 36, 790L)),
            Map.entry("ORI_CAKUPAN", e("105.0", "105.0", Achievement.GREEN, 210, 200L)));

    /** Each facility of A's network: its share of SPM_HT (year to date) and GIZI_DS (March), final and provisional. */
    static final Map<String, long[]> A_SHARES_HT = Map.of("A", new long[] {220, 300}, "A1", new long[] {100, 100},
            "A2", new long[] {0, 30});
    static final Map<String, long[]> A_SHARES_DS = Map.of("A", new long[] {310, 310}, "A1", new long[] {0, 0},
            "A2", new long[] {0, 0});

    /** A's SPM_HT month by month: value, provisional, due share of the target. */
    static final String[][] A_HT_TREND = {{"12.5", "15.0", "8.3"}, {"12.5", "21.7", "16.7"}, {"26.7", "35.8", "25.0"}};
}
