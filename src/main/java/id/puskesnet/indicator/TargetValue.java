package id.puskesnet.indicator;

/** An annual target of a puskesmas; amount null when it is not set. */
public record TargetValue(TargetKind kind, Long amount) {
}
