package id.puskesnet.indicator;

/** What one facility adds to its network's numerator of an indicator: final, and with provisional reports. */
public record PartnerShare(long accepted, long provisional) {
}
