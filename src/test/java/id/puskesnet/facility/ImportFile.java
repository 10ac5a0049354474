package id.puskesnet.facility;

import java.util.ArrayList;
import java.util.List;

import id.puskesnet.common.CsvWriter;

/** A partner import file for tests: a header of chosen columns and rows of values in that order, as the export writes it. */
final class ImportFile {

    static final String CODE = "Kode";
    static final String NAME = "Nama";
    static final String TYPE = "Jenis";
    static final String KELURAHAN = "Kode kelurahan";
    static final String NETWORK = "Kode puskesmas jejaring";
    static final String ADDRESS = "Alamat";
    static final String PHONE = "Telepon";
    static final String LICENCE_EXPIRY = "Masa berlaku izin";
    static final String JOINED_ON = "Tanggal bergabung";
    static final String STATUS = "Status";

    private final List<List<String>> rows = new ArrayList<>();

    private ImportFile(List<String> header) {
        rows.add(header);
    }

    static ImportFile columns(String... headers) {
        return new ImportFile(List.of(headers));
    }

    /** Kode, Nama, Jenis, Kode kelurahan, Kode puskesmas jejaring: the columns an import needs. */
    static ImportFile required() {
        return columns(CODE, NAME, TYPE, KELURAHAN, NETWORK);
    }

    ImportFile row(String... values) {
        rows.add(List.of(values));
        return this;
    }

    byte[] bytes() {
        CsvWriter csv = new CsvWriter();
        rows.forEach(csv::row);
        return csv.toUtf8WithBom();
    }
}
