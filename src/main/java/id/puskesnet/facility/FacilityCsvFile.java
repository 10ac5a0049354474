package id.puskesnet.facility;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import id.puskesnet.common.CsvWriter;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * An uploaded facility CSV file, read as far as the file itself goes: encoding, quoting, the header row and the
 * rows' cells by column. Whether the values make sense is {@link PartnerImport}'s business.
 *
 * <p>The file must be UTF-8 (with or without the byte order mark Excel writes); the separator is a comma, or a
 * semicolon as Excel writes where the decimal mark is a comma (as in Indonesia).
 */
final class FacilityCsvFile {

    static final int MAX_ROWS = 2000;
    private static final Pattern START_LINE = Pattern.compile("startline (\\d+)");

    private final String problem;
    private final List<String> problemArguments;
    private final Set<FacilityCsvColumn> columns;
    private final List<Row> rows;

    /** One data row: its line in the file (a quoted line break makes a row span lines) and its cells by column. */
    record Row(int line, Map<FacilityCsvColumn, String> cells, boolean extraCells) {

        /** The cell's text, stripped; null when the file has no such column. */
        String get(FacilityCsvColumn column) {
            return cells.get(column);
        }
    }

    private FacilityCsvFile(String problem, List<String> problemArguments, Set<FacilityCsvColumn> columns,
                            List<Row> rows) {
        this.problem = problem;
        this.problemArguments = problemArguments;
        this.columns = columns;
        this.rows = rows;
    }

    static FacilityCsvFile read(byte[] content) {
        if (looksBinary(content)) {
            return failed("facility.import.file.notCsv");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content)).toString();
        } catch (CharacterCodingException e) {
            return failed("facility.import.file.encoding");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            return failed("facility.import.file.empty");
        }
        if (text.indexOf('\u0000') >= 0) {
            return failed("facility.import.file.notCsv");
        }
        return parse(text);
    }

    private static FacilityCsvFile parse(String text) {
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter(text))
                .setIgnoreEmptyLines(false)
                .get();
        List<FacilityCsvColumn> header = null;
        List<Row> rows = new ArrayList<>();
        try (CSVParser parser = format.parse(new StringReader(text))) {
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                int line = (int) parser.getCurrentLineNumber() + 1;
                if (!records.hasNext()) {
                    break;
                }
                List<String> cells = records.next().stream()
                        .map(cell -> CsvWriter.withoutFormulaGuard(cell.strip()).strip())
                        .toList();
                if (cells.stream().allMatch(String::isEmpty)) {
                    continue;
                }
                if (header == null) {
                    FacilityCsvFile problem = headerProblem(cells);
                    if (problem != null) {
                        return problem;
                    }
                    header = cells.stream().map(cell -> FacilityCsvColumn.byHeader(cell).orElseThrow()).toList();
                    continue;
                }
                if (rows.size() == MAX_ROWS) {
                    return failed("facility.import.file.tooManyRows", String.valueOf(MAX_ROWS));
                }
                rows.add(row(line, header, cells));
            }
        } catch (UncheckedIOException | IOException e) {
            return failed("facility.import.file.malformed", String.valueOf(parserLine(e)));
        }
        if (header == null) {
            return failed("facility.import.file.empty");
        }
        if (rows.isEmpty()) {
            return failed("facility.import.file.noRows");
        }
        return new FacilityCsvFile(null, List.of(), Set.copyOf(header), List.copyOf(rows));
    }

    private static Row row(int line, List<FacilityCsvColumn> header, List<String> cells) {
        Map<FacilityCsvColumn, String> byColumn = new EnumMap<>(FacilityCsvColumn.class);
        for (int i = 0; i < header.size(); i++) {
            // A row may stop early when its last cells are empty; they count as empty cells.
            byColumn.put(header.get(i), i < cells.size() ? cells.get(i) : "");
        }
        boolean extraCells = cells.subList(Math.min(header.size(), cells.size()), cells.size()).stream()
                .anyMatch(cell -> !cell.isEmpty());
        return new Row(line, byColumn, extraCells);
    }

    private static FacilityCsvFile headerProblem(List<String> cells) {
        List<String> unknown = cells.stream().filter(cell -> FacilityCsvColumn.byHeader(cell).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            return failed("facility.import.file.unknownColumns", quoted(unknown), headers(List.of(FacilityCsvColumn.values())));
        }
        Set<FacilityCsvColumn> seen = new LinkedHashSet<>();
        List<String> doubled = new ArrayList<>();
        for (String cell : cells) {
            FacilityCsvColumn column = FacilityCsvColumn.byHeader(cell).orElseThrow();
            if (!seen.add(column)) {
                doubled.add(column.header());
            }
        }
        if (!doubled.isEmpty()) {
            return failed("facility.import.file.doubledColumns", quoted(doubled));
        }
        List<FacilityCsvColumn> missing = List.of(FacilityCsvColumn.values()).stream()
                .filter(c -> c.use() == FacilityCsvColumn.Use.REQUIRED && !seen.contains(c)).toList();
        if (!missing.isEmpty()) {
            return failed("facility.import.file.missingColumns", headers(missing));
        }
        return null;
    }

    /** Excel in Indonesian saves "CSV" with semicolons: the header row says which separator the file uses. */
    private static char delimiter(String text) {
        int end = text.indexOf('\n');
        String firstLine = end < 0 ? text : text.substring(0, end);
        long semicolons = firstLine.chars().filter(c -> c == ';').count();
        long commas = firstLine.chars().filter(c -> c == ',').count();
        return semicolons > commas ? ';' : ',';
    }

    /** Spreadsheets (xlsx, ods are zip files), old Excel files, PDFs and UTF-16 text are no CSV to us. */
    private static boolean looksBinary(byte[] content) {
        return startsWith(content, 'P', 'K', 3, 4)
                || startsWith(content, 0xD0, 0xCF, 0x11, 0xE0)
                || startsWith(content, '%', 'P', 'D', 'F')
                || startsWith(content, 0xFF, 0xFE)
                || startsWith(content, 0xFE, 0xFF);
    }

    private static boolean startsWith(byte[] content, int... signature) {
        if (content.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if ((content[i] & 0xFF) != signature[i]) {
                return false;
            }
        }
        return true;
    }

    /** Commons CSV names the line where the broken cell starts, as "(startline 7)". */
    private static long parserLine(Exception e) {
        String message = String.valueOf(e.getMessage());
        Matcher matcher = START_LINE.matcher(message);
        return matcher.find() ? Long.parseLong(matcher.group(1)) : 1;
    }

    private static String quoted(List<String> texts) {
        return texts.stream().map(t -> "\"" + abbreviate(t) + "\"").collect(Collectors.joining(", "));
    }

    private static String headers(List<FacilityCsvColumn> columns) {
        return columns.stream().map(FacilityCsvColumn::header).collect(Collectors.joining(", "));
    }

    static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }

    private static FacilityCsvFile failed(String key, String... arguments) {
        return new FacilityCsvFile(key, List.of(arguments), Set.of(), List.of());
    }

    /** Message key of what is wrong with the file as a whole, or null. */
    String problem() {
        return problem;
    }

    List<String> problemArguments() {
        return problemArguments;
    }

    boolean has(FacilityCsvColumn column) {
        return columns.contains(column);
    }

    List<Row> rows() {
        return rows;
    }
}
