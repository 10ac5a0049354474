package id.puskesnet.indicator;

/**
 * Which months an indicator's figure for a month is made of: January to the month (annual coverage such as
 * the SPM services), or the month alone (monthly rates such as D/S).
 */
public enum Cumulation {
    YEAR_TO_DATE,
    LATEST_MONTH
}
