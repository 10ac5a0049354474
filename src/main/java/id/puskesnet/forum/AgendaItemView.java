package id.puskesnet.forum;

import id.puskesnet.program.ProgramOption;

/** An agenda item as the minutes show it; {@code program} null = not about one program. */
public record AgendaItemView(long id, ProgramOption program, String topic, String discussion) {
}
