package id.puskesnet.forum;

/** An agenda item as entered; {@code programId} null = not about one program. */
public record AgendaItemData(Long id, Long programId, String topic, String discussion) {
}
