package id.puskesnet.program;

/**
 * What a user enters about a program. Kind, owner and sort order are read only from the DKK administrator;
 * a puskesmas head always records an innovation of their own puskesmas. The code is fixed once created
 * (other modules look programs up by it), so updates ignore it.
 *
 * @param ownerPuskesmasId the puskesmas whose innovation it is; null for a program of the whole city
 */
public record ProgramData(String code, String name, String nameEn, ProgramKind kind, Long ownerPuskesmasId,
                          String description, Integer sortOrder) {
}
