package id.puskesnet.mou.domain;

import java.time.Instant;

/** A document's facts without its content. */
public record MouDocumentInfo(String fileName, long sizeBytes, Instant uploadedAt) {
}
