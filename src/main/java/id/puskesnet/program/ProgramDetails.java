package id.puskesnet.program;

import java.util.List;
import java.util.Locale;

import id.puskesnet.audit.AuditEntry;

/** A program's page: its data, its history, and whether the user may change it. */
public record ProgramDetails(long id, String code, String name, String nameEn, ProgramKind kind,
                             Long ownerPuskesmasId, String ownerPuskesmasName, String description, int sortOrder,
                             boolean active, int version, List<AuditEntry> history, boolean canManage) {

    public boolean cityLevel() {
        return ownerPuskesmasId == null;
    }

    /** The name in the user's language; the Indonesian name where no English one is recorded. */
    public String label(Locale locale) {
        return "en".equals(locale.getLanguage()) && nameEn != null ? nameEn : name;
    }
}
