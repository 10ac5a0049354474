package id.puskesnet.indicator;

/**
 * How a figure stands against its target, as the ranking colours it. Green: target reached (for year-to-date
 * coverage against an annual target, the share of the target due by the month); amber: within the indicator's
 * amber ratio of it; red: further away; none: no figure (nothing reported, or no target set).
 */
public enum Achievement {
    GREEN,
    AMBER,
    RED,
    NONE;

    public String cssClass() {
        return switch (this) {
            case GREEN -> "success";
            case AMBER -> "warning";
            case RED -> "danger";
            case NONE -> "secondary";
        };
    }
}
