package id.puskesnet.indicator.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.zip.GZIPOutputStream;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;

/**
 * A download kept for many requests: the file and, for text, its gzip-compressed form made once with it. A
 * browser that accepts gzip (all of them) gets the small one: the CSV ranking of 10,000 puskesmas is 4.3 MB, about
 * a tenth of that compressed, which matters on a puskesmas's connection as much as on the server.
 */
record KeptFile(byte[] bytes, byte[] gzipped) {

    static KeptFile of(byte[] bytes, boolean compress) {
        return new KeptFile(bytes, compress ? gzip(bytes) : null);
    }

    ResponseEntity<byte[]> response(String format, String baseName, String acceptEncoding) {
        ResponseEntity<byte[]> plain = ExportTable.response(format, baseName, bytes);
        if (gzipped == null) {
            return plain;
        }
        String accepted = acceptEncoding == null ? "" : acceptEncoding.toLowerCase(Locale.ROOT).replace(" ", "");
        boolean gzip = accepted.contains("gzip") && !accepted.contains("gzip;q=0,") && !accepted.endsWith("gzip;q=0");
        ResponseEntity.BodyBuilder builder = ResponseEntity.ok().headers(plain.getHeaders())
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        return gzip ? builder.header(HttpHeaders.CONTENT_ENCODING, "gzip").body(gzipped) : builder.body(bytes);
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 6 + 64);
        try (GZIPOutputStream zip = new GZIPOutputStream(out, 64 * 1024)) {
            zip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
