package id.puskesnet.program;

/** What a program is: one of the city's priority programs, a local innovation, or something else. */
public enum ProgramKind {
    PRIORITAS,
    INOVASI,
    LAINNYA
}
