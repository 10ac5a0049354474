package id.puskesnet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import id.puskesnet.support.DemoUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The registry as its users meet it: the administrator adds a clinic to Baru Tengah's network, the head of
 * Baru Tengah finds and edits it, the head of Gunung Bahagia is refused at its address; then the administrator
 * exports the list, re-imports a changed copy with one bad row, sees the preview name that row, and imports the
 * corrected file.
 */
class PartnerRegistryJourneyTest extends BrowserTest {

    @Test
    void adminAddsAKlinikTheNetworkHeadEditsItAnotherHeadIsRefusedThenTheListIsExportedAndReimported()
            throws Exception {
        journey("partner-registry");
        String code = "KP-" + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String name = "Klinik Pratama Jalur Uji " + code;

        logIn("admin", DemoUsers.PASSWORD);
        open("/facilities");
        visible(By.linkText("Tambah klinik/TPMD")).click();
        wait.until(ExpectedConditions.urlContains("/facilities/partners/new"));
        visible(By.id("code")).sendKeys(code);
        driver.findElement(By.id("name")).sendKeys(name);
        new Select(driver.findElement(By.id("networkPuskesmasId"))).selectByVisibleText("Puskesmas Baru Tengah");
        new Select(driver.findElement(By.id("kelurahanId"))).selectByVisibleText("Baru Tengah (Balikpapan Barat)");
        driver.findElement(By.id("licenceNumber")).sendKeys("503/UJI/2026");
        screenshot("admin-new-partner-form");
        submitForm();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), name));
        assertThat(textOf(By.cssSelector(".alert-success"))).contains("Fasilitas berhasil ditambahkan.");
        String partnerPath = path();
        screenshot("admin-partner-created");

        switchUser("kapus.barutengah");
        open("/facilities/" + partnerPath.substring(partnerPath.lastIndexOf('/') + 1));
        assertThat(textOf(By.tagName("h1"))).isEqualTo(name);
        visible(By.linkText("Ubah")).click();
        wait.until(ExpectedConditions.urlContains("/edit"));
        WebElement phone = visible(By.id("phone"));
        phone.clear();
        phone.sendKeys("0542-765432");
        submitForm();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".alert-success")));
        assertThat(driver.getPageSource()).contains("0542-765432");
        assertThat(textOf(By.id("history-heading"))).isEqualTo("Riwayat perubahan");
        screenshot("head-edited-partner");

        switchUser("kapus.gunungbahagia");
        open(partnerPath);
        assertThat(textOf(By.tagName("h1"))).isEqualTo("Akses ditolak");
        screenshot("other-head-refused");

        switchUser("admin");
        open("/facilities?q=" + code);
        String exported = download(visible(By.linkText("Ekspor CSV")).getAttribute("href"));
        List<String> lines = List.of(exported.split("\r\n"));
        assertThat(lines).hasSize(2);
        String row = lines.get(1);
        assertThat(row).startsWith(code + ",").contains(",0542-765432,");
        // Kode, Nama, Jenis, Kecamatan, Kode kelurahan, ..., Telepon (tenth): none of them holds a comma here.
        String newCode = code + "-B";
        String changedRow = withCells(row, 9, "0542-111000");
        String newRow = withCells(withCells(row, 0, newCode), 1, name + " Cabang");
        String badRow = withCells(withCells(row, 0, code + "-C"), 4, "0000000");

        visible(By.linkText("Impor klinik/TPMD")).click();
        wait.until(ExpectedConditions.urlContains("/facilities/import"));
        screenshot("import-upload-page");
        upload(String.join("\r\n", lines.get(0), changedRow, newRow, badRow) + "\r\n");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".import-bad-rows")));
        assertThat(textOf(By.cssSelector(".import-summary")))
                .isEqualTo("3 baris data: 1 tambah, 1 ubah, 0 tidak berubah, 0 dilewati, 1 bermasalah.");
        assertThat(textOf(By.cssSelector(".import-bad-rows tbody tr")))
                .startsWith("4 " + code + "-C")
                .contains("Kode kelurahan: Kode kelurahan \"0000000\" tidak dikenal.");
        assertThat(driver.findElements(By.xpath("//button[text()='Impor sekarang']"))).isEmpty();
        screenshot("import-preview-names-the-bad-row");

        visible(By.linkText("Unggah file lain")).click();
        upload(String.join("\r\n", lines.get(0), changedRow, newRow) + "\r\n");
        assertThat(textOf(By.cssSelector(".alert-success")))
                .isEqualTo("File ini siap diimpor: 1 klinik/TPMD ditambah dan 1 diubah, semuanya dalam satu kali simpan.");
        assertThat(textOf(By.cssSelector(".import-good-rows"))).contains("0542-765432 → 0542-111000");
        screenshot("import-preview-ready");
        clickOn(visible(By.xpath("//button[text()='Impor sekarang']")));
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".import-done")));
        assertThat(textOf(By.cssSelector(".import-done"))).isEqualTo("Impor selesai: 1 klinik/TPMD ditambah, 1 diubah.");
        screenshot("import-done");

        open(partnerPath);
        assertThat(driver.getPageSource()).contains("0542-111000");
        open("/facilities?q=" + newCode);
        assertThat(textOf(By.cssSelector("table tbody"))).contains(name + " Cabang");
    }

    private static String withCells(String row, int index, String value) {
        String[] cells = row.split(",", -1);
        cells[index] = value;
        return String.join(",", cells);
    }

    /** Puts the text in a file and sends it through the upload form of the import page. */
    private void upload(String csv) throws IOException {
        Path file = Files.createTempFile("puskesnet-import-", ".csv");
        try {
            Files.writeString(file, "\uFEFF" + csv, StandardCharsets.UTF_8);
            visible(By.id("file")).sendKeys(file.toAbsolutePath().toString());
            submitForm();
            wait.until(ExpectedConditions.urlMatches(".*/facilities/import/[0-9a-f-]+$"));
        } finally {
            Files.delete(file);
        }
    }

    /** What the browser would save from a download link, fetched with its session (headless Chromium keeps no files). */
    private String download(String href) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                        .header("Cookie", "JSESSIONID=" + driver.manage().getCookieNamed("JSESSIONID").getValue())
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                disposition -> assertThat(disposition).startsWith("attachment"));
        return new String(response.body(), StandardCharsets.UTF_8).substring(1);
    }

    private void switchUser(String username) {
        driver.manage().deleteAllCookies();
        logIn(username, DemoUsers.PASSWORD);
    }
}
