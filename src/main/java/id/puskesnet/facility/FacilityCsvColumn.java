package id.puskesnet.facility;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of the facility CSV file: what the list exports and what the partner import reads back. The headers
 * are fixed Bahasa Indonesia words, not UI text in the user's language, because they are a file format: a file
 * exported in any language re-imports.
 */
enum FacilityCsvColumn {
    CODE("Kode", Use.REQUIRED),
    NAME("Nama", Use.REQUIRED),
    TYPE("Jenis", Use.REQUIRED),
    KECAMATAN("Kecamatan", Use.SHOWN),
    KELURAHAN_CODE("Kode kelurahan", Use.REQUIRED),
    KELURAHAN("Kelurahan", Use.SHOWN),
    NETWORK_CODE("Kode puskesmas jejaring", Use.REQUIRED),
    NETWORK("Puskesmas jejaring", Use.SHOWN),
    ADDRESS("Alamat", Use.READ),
    PHONE("Telepon", Use.READ),
    HEAD_NAME("Kepala / penanggung jawab", Use.READ),
    LICENCE_NUMBER("Nomor izin operasional / SIP", Use.READ),
    LICENCE_EXPIRY("Masa berlaku izin", Use.READ),
    CONTACT_PERSON("Narahubung", Use.READ),
    CONTACT_PHONE("Telepon narahubung", Use.READ),
    JOINED_ON("Tanggal bergabung", Use.READ),
    STATUS("Status", Use.READ),
    OPEN_24H("Buka 24 jam", Use.SHOWN),
    BLUD("BLUD", Use.SHOWN),
    ILP_STATUS("Status ILP", Use.SHOWN);

    /** What the import does with a column. */
    enum Use {
        /** The import refuses a file without it. */
        REQUIRED,
        /** Read when present; when the column is left out, an update keeps the stored value. */
        READ,
        /** For people reading the export (names beside codes, puskesmas details); the import ignores it. */
        SHOWN
    }

    private final String header;
    private final Use use;

    FacilityCsvColumn(String header, Use use) {
        this.header = header;
        this.use = use;
    }

    String header() {
        return header;
    }

    Use use() {
        return use;
    }

    /** The column a header names, ignoring case and surrounding or doubled spaces. */
    static Optional<FacilityCsvColumn> byHeader(String header) {
        String wanted = normalise(header);
        return Arrays.stream(values()).filter(c -> normalise(c.header).equals(wanted)).findFirst();
    }

    private static String normalise(String header) {
        return header.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
