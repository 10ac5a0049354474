package id.puskesnet.program;

import java.util.Locale;

/**
 * A program as other modules show and choose it.
 *
 * @param ownerPuskesmasId the puskesmas whose innovation it is; null for a program of the whole city
 */
public record ProgramOption(long id, String code, String name, String nameEn, ProgramKind kind,
                            Long ownerPuskesmasId, boolean active) {

    /** The name in the user's language; the Indonesian name where no English one is recorded. */
    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) && nameEn != null ? nameEn : name;
    }
}
