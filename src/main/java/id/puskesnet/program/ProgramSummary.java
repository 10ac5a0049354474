package id.puskesnet.program;

import java.util.Locale;

/** One row of the program list and of its CSV export. {@code ownerPuskesmasId} null = a program of the city. */
public record ProgramSummary(long id, String code, String name, String nameEn, ProgramKind kind,
                             Long ownerPuskesmasId, String ownerPuskesmasName, boolean active) {

    public boolean cityLevel() {
        return ownerPuskesmasId == null;
    }

    /** The name in the user's language; the Indonesian name where no English one is recorded. */
    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) && nameEn != null ? nameEn : name;
    }
}
