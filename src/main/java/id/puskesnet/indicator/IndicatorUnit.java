package id.puskesnet.indicator;

import java.math.BigDecimal;

/** How an indicator's value is expressed: a percentage, a plain count, or a rate per 1,000. */
public enum IndicatorUnit {
    PERCENT(100),
    COUNT(1),
    PER_1000(1000);

    private final int factor;

    IndicatorUnit(int factor) {
        this.factor = factor;
    }

    /** What numerator ÷ denominator is multiplied by. */
    public BigDecimal factor() {
        return BigDecimal.valueOf(factor);
    }

    /** A count has no denominator. */
    public boolean ratio() {
        return this != COUNT;
    }
}
