package id.puskesnet.forum;

/** The kind of forum; labels are {@code ForumType.X} in the message files. */
public enum ForumType {
    /** Lokakarya mini bulanan: the puskesmas's own monthly meeting. */
    LOKMIN_BULANAN,
    /** Minilok lintas sektor triwulanan: the quarterly meeting with kecamatan, kelurahan, PKK, police, army, schools, ... */
    LINTAS_SEKTOR_TRIWULAN,
    LAINNYA
}
