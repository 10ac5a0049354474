package id.puskesnet.reporting;

/** Reports expected (active facilities that month), received, and received by the deadline. */
public record CompletenessCounts(long expected, long received, long onTime) {

    public static final CompletenessCounts ZERO = new CompletenessCounts(0, 0, 0);

    public CompletenessCounts plus(CompletenessCounts other) {
        return new CompletenessCounts(expected + other.expected, received + other.received, onTime + other.onTime);
    }

    /** Received ÷ expected in percent, one decimal; null when nothing was expected. */
    public Double completeness() {
        return percent(received);
    }

    /** Received on time ÷ expected in percent, one decimal; null when nothing was expected. */
    public Double timeliness() {
        return percent(onTime);
    }

    private Double percent(long part) {
        return expected == 0 ? null : Math.round(part * 1000.0 / expected) / 10.0;
    }
}
