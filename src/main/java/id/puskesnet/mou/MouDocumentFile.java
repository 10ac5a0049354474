package id.puskesnet.mou;

/** An MoU's signed document, to download. */
public record MouDocumentFile(String fileName, byte[] content) {
}
