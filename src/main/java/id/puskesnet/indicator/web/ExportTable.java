package id.puskesnet.indicator.web;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;

import id.puskesnet.common.CsvWriter;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A table to download, written as CSV (UTF-8 with BOM, as {@link CsvWriter} does it) or XLSX (numbers as
 * numeric cells, text as text, so nothing a user typed can become a formula). The rows come from a source one at
 * a time: {@link #write} sends a CSV row by row and keeps an XLSX to a small window of rows, so a ranking of
 * thousands of puskesmas never holds all its rows.
 */
record ExportTable(String sheetName, List<String> header, RowSource rows) {

    static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    private static final char UTF8_BOM = '\uFEFF';
    private static final int XLSX_WINDOW = 200;

    /** Hands the table's rows over, one at a time. */
    @FunctionalInterface
    interface RowSource {
        void each(Consumer<List<Object>> row);
    }

    /** A table whose rows are already in memory. */
    ExportTable(String sheetName, List<String> header, List<List<Object>> rows) {
        this(sheetName, header, (RowSource) rows::forEach);
    }

    /** The whole file in one response: for short tables. */
    ResponseEntity<byte[]> response(String format, String baseName) {
        boolean xlsx = "xlsx".equals(format);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (xlsx) {
                xlsx(out);
            } else {
                csv(() -> out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseEntity.ok()
                .contentType(xlsx ? XLSX : CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition(baseName, xlsx))
                .body(out.toByteArray());
    }

    /**
     * Writes the file to the response as its rows come. Nothing is sent before the first row (a CSV) or the last
     * (an XLSX), so a failure while the source starts (no access, a bad filter) still gets its error page.
     */
    void write(String format, String baseName, HttpServletResponse response) throws IOException {
        boolean xlsx = "xlsx".equals(format);
        Opener open = () -> {
            response.setContentType((xlsx ? XLSX : CSV).toString());
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, disposition(baseName, xlsx));
            return response.getOutputStream();
        };
        if (xlsx) {
            xlsx(open);
        } else {
            csv(open);
        }
    }

    /** The output, opened when the first byte is due. */
    @FunctionalInterface
    private interface Opener {
        OutputStream open() throws IOException;
    }

    private void csv(Opener opener) throws IOException {
        Writer[] writer = new Writer[1];
        Consumer<List<?>> line = fields -> {
            try {
                if (writer[0] == null) {
                    writer[0] = new BufferedWriter(new OutputStreamWriter(opener.open(), StandardCharsets.UTF_8),
                            64 * 1024);
                    writer[0].write(UTF8_BOM);
                    writer[0].write(CsvWriter.line(header));
                }
                if (fields != header) {
                    writer[0].write(CsvWriter.line(fields));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        rows.each(line::accept);
        line.accept(header);
        writer[0].flush();
    }

    private void xlsx(OutputStream out) throws IOException {
        xlsx(() -> out);
    }

    private void xlsx(Opener opener) throws IOException {
        SXSSFWorkbook workbook = new SXSSFWorkbook(XLSX_WINDOW);
        try {
            Sheet sheet = workbook.createSheet(sheetName);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row head = sheet.createRow(0);
            for (int i = 0; i < header.size(); i++) {
                Cell cell = head.createCell(i);
                cell.setCellValue(header.get(i));
                cell.setCellStyle(bold);
            }
            int[] next = {1};
            rows.each(values -> {
                Row row = sheet.createRow(next[0]++);
                for (int i = 0; i < values.size(); i++) {
                    Object value = values.get(i);
                    if (value == null) {
                        continue;
                    }
                    Cell cell = row.createCell(i);
                    if (value instanceof BigDecimal decimal) {
                        cell.setCellValue(decimal.doubleValue());
                    } else if (value instanceof Number number) {
                        cell.setCellValue(number.doubleValue());
                    } else {
                        cell.setCellValue(value.toString());
                    }
                }
            });
            sheet.createFreezePane(0, 1);
            workbook.write(opener.open());
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    private static String disposition(String baseName, boolean xlsx) {
        return ContentDisposition.attachment().filename(baseName + (xlsx ? ".xlsx" : ".csv")).build().toString();
    }
}
