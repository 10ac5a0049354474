package id.puskesnet.indicator;

import java.math.BigDecimal;

/**
 * One indicator's figure for one area (the city, a kecamatan, a puskesmas network, a partner) and month.
 * Final figures count reports accepted by the DKK; provisional (sementara) figures also count reports verified
 * by their puskesmas, or submitted by a puskesmas for itself, that the DKK has not accepted yet.
 *
 * @param denominator    null when the denominator is an annual target that is not set, or for a count
 * @param value          numerator ÷ denominator × the unit's factor, one decimal; null when there is nothing to
 *                       divide by
 * @param expected       what the value is judged against: the national target, for year-to-date coverage of
 *                       an annual target the share of it due by the month
 * @param missingTargets active puskesmas of the area without the annual target the denominator needs
 */
public record Figure(long numerator, Long denominator, long provisionalNumerator, Long provisionalDenominator,
                     BigDecimal value, BigDecimal provisionalValue, BigDecimal expected, Achievement achievement,
                     int missingTargets) {

    /** True when verified reports not yet accepted would change the figure. */
    public boolean provisionalDiffers() {
        return provisionalNumerator != numerator
                || (provisionalDenominator != null && !provisionalDenominator.equals(denominator));
    }
}
