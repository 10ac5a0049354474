package id.puskesnet.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The arithmetic of a figure: the value, what it is judged against, and its colour. */
final class FigureMath {

    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);

    private FigureMath() {
    }

    /**
     * @param sums           the amounts of the months the indicator's cumulation takes (January to the month, or
     *                       the month alone)
     * @param target         the area's annual target of the denominator's kind; null when none is set
     * @param missingTargets active puskesmas of the area without that target
     * @param month          the month of the figure (1–12), for the share of an annual target due by then
     */
    static Figure figure(IndicatorDefinition d, Sums sums, Long target, int missingTargets, int month) {
        long numerator = sums.accepted(d.numeratorElementIds());
        long provisionalNumerator = sums.provisional(d.numeratorElementIds());
        Long denominator;
        Long provisionalDenominator;
        if (!d.unit().ratio()) {
            denominator = null;
            provisionalDenominator = null;
        } else if (d.targetDenominator()) {
            denominator = target;
            provisionalDenominator = target;
        } else {
            denominator = sums.accepted(d.denominatorElementIds());
            provisionalDenominator = sums.provisional(d.denominatorElementIds());
        }
        BigDecimal value = value(d, numerator, denominator);
        BigDecimal provisional = value(d, provisionalNumerator, provisionalDenominator);
        BigDecimal expected = expected(d, month);
        return new Figure(numerator, denominator, provisionalNumerator, provisionalDenominator, value, provisional,
                expected, achievement(d, value, expected), d.targetDenominator() ? missingTargets : 0);
    }

    static BigDecimal value(IndicatorDefinition d, long numerator, Long denominator) {
        if (!d.unit().ratio()) {
            return BigDecimal.valueOf(numerator);
        }
        if (denominator == null || denominator == 0) {
            return null;
        }
        return BigDecimal.valueOf(numerator).multiply(d.unit().factor())
                .divide(BigDecimal.valueOf(denominator), 1, RoundingMode.HALF_UP);
    }

    /** The national target, or for year-to-date coverage of an annual target the share due by the month. */
    static BigDecimal expected(IndicatorDefinition d, int month) {
        if (!d.proratedTarget()) {
            return d.targetValue().setScale(1, RoundingMode.HALF_UP);
        }
        return d.targetValue().multiply(BigDecimal.valueOf(month)).divide(TWELVE, 1, RoundingMode.HALF_UP);
    }

    static Achievement achievement(IndicatorDefinition d, BigDecimal value, BigDecimal expected) {
        if (value == null) {
            return Achievement.NONE;
        }
        if (d.higherIsBetter()) {
            if (value.compareTo(expected) >= 0) {
                return Achievement.GREEN;
            }
            return value.compareTo(expected.multiply(d.amberRatio())) >= 0 ? Achievement.AMBER : Achievement.RED;
        }
        if (value.compareTo(expected) <= 0) {
            return Achievement.GREEN;
        }
        BigDecimal amberLimit = expected.divide(d.amberRatio(), 4, RoundingMode.HALF_UP);
        return value.compareTo(amberLimit) <= 0 ? Achievement.AMBER : Achievement.RED;
    }
}
