package id.puskesnet.common;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Writes comma-separated values as RFC 4180 describes them: CRLF after every row, and a field in double quotes
 * (with its quotes doubled) when it holds a comma, a quote or a line break.
 *
 * <p>A field that starts with {@code = + - @}, a tab or a carriage return gets a leading apostrophe: spreadsheets
 * would otherwise run it as a formula, and the values come from what users typed.
 */
public final class CsvWriter {

    private static final char UTF8_BOM = '\uFEFF';
    private static final String FORMULA_STARTS = "=+-@\t\r";

    private final StringBuilder out = new StringBuilder();

    public CsvWriter row(Object... fields) {
        return row(Arrays.asList(fields));
    }

    public CsvWriter row(List<?> fields) {
        out.append(line(fields));
        return this;
    }

    /** One row as this writer writes it, with its CRLF: for files written a row at a time to a stream. */
    public static String line(List<?> fields) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(field(fields.get(i)));
        }
        return line.append("\r\n").toString();
    }

    /** The rows written so far. */
    public String text() {
        return out.toString();
    }

    /** UTF-8 with a byte order mark, which Excel needs to read the file as UTF-8 instead of a local code page. */
    public byte[] toUtf8WithBom() {
        return (UTF8_BOM + out.toString()).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * A field of a file this writer made, as the user typed it: without the apostrophe put before a value that
     * starts like a formula. Imports call it so that an exported file reads back unchanged.
     */
    public static String withoutFormulaGuard(String field) {
        boolean guarded = field.length() > 1 && field.charAt(0) == '\'' && FORMULA_STARTS.indexOf(field.charAt(1)) >= 0;
        return guarded ? field.substring(1) : field;
    }

    static String field(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && FORMULA_STARTS.indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }
}
