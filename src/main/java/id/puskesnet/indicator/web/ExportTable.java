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
 * a time, so a ranking of thousands of puskesmas holds its file but never all its rows.
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

    /** The whole file in one response. */
    ResponseEntity<byte[]> response(String format, String baseName) {
        return response(format, baseName, bytes(format));
    }

    /** A file made before (see {@link #bytes}) as the response. */
    static ResponseEntity<byte[]> response(String format, String baseName, byte[] file) {
        boolean xlsx = "xlsx".equals(format);
        return ResponseEntity.ok()
                .contentType(xlsx ? XLSX : CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition(baseName, xlsx))
                .body(file);
    }

    /** The file: an XLSX keeps a small window of rows while it is made, a CSV is written row by row. */
    byte[] bytes(String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if ("xlsx".equals(format)) {
                xlsx(out);
            } else {
                csv(out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private void csv(OutputStream out) throws IOException {
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
        writer.write(UTF8_BOM);
        writer.write(CsvWriter.line(header));
        try {
            rows.each(fields -> {
                try {
                    writer.write(CsvWriter.line(fields));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } finally {
            writer.flush();
        }
    }

    private void xlsx(OutputStream out) throws IOException {
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
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }

    private static String disposition(String baseName, boolean xlsx) {
        return ContentDisposition.attachment().filename(baseName + (xlsx ? ".xlsx" : ".csv")).build().toString();
    }
}
