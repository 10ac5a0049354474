package id.puskesnet.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class CsvWriterTest {

    @Test
    void writesRowsWithCrlfAndQuotesOnlyWhereNeeded() {
        String csv = new CsvWriter()
                .row("Nama", "Alamat", "Catatan")
                .row("PKK, Baru Tengah", "Jl. \"Mawar\" 5", "baris 1\nbaris 2")
                .row("Polsek", null, "")
                .text();

        assertThat(csv).isEqualTo("Nama,Alamat,Catatan\r\n"
                + "\"PKK, Baru Tengah\",\"Jl. \"\"Mawar\"\" 5\",\"baris 1\nbaris 2\"\r\n"
                + "Polsek,,\r\n");
    }

    @Test
    void cellsThatASpreadsheetWouldRunAsFormulasAreKeptAsText() {
        String csv = new CsvWriter().row("=HYPERLINK(\"http://x\")", "+62 812", "-1", "@SUM(A1)", "a=b").text();

        assertThat(csv).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\",'+62 812,'-1,'@SUM(A1),a=b\r\n");
    }

    @Test
    void aGuardedCellReadsBackAsTyped() {
        for (String typed : new String[] {"=SUM(A1)", "+62 812", "-1", "@x", "'quoted'", "'", "plain"}) {
            assertThat(CsvWriter.withoutFormulaGuard(CsvWriter.field(typed))).isEqualTo(typed);
        }
        assertThat(CsvWriter.withoutFormulaGuard("'+62 812")).isEqualTo("+62 812");
        assertThat(CsvWriter.withoutFormulaGuard("'Jalan")).isEqualTo("'Jalan");
    }

    @Test
    void utf8BytesStartWithTheByteOrderMarkExcelLooksFor() {
        byte[] bytes = new CsvWriter().row("Sektor", "Pengelola").toUtf8WithBom();

        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8)).isEqualTo("Sektor,Pengelola\r\n");
    }
}
