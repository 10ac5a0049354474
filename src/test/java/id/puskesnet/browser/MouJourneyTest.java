package id.puskesnet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;

import id.puskesnet.support.DemoUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The head of Baru Tengah sees the MoU that is about to lapse on the home page, records a new MoU with a school
 * for quit-smoking counselling, uploads its signed PDF (a too large one is refused kindly), logs what it produced;
 * the head of Gunung Bahagia is refused the MoU and its document at their addresses.
 */
class MouJourneyTest extends BrowserTest {

    @Autowired
    Clock clock;

    private Path signedPdf;
    private Path tooLarge;

    @AfterEach
    void deleteFiles() throws IOException {
        for (Path file : new Path[] {signedPdf, tooLarge}) {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        }
    }

    @Test
    void headRecordsAnMouUploadsItsPdfLogsItsOutputAnotherHeadIsRefused() throws IOException {
        journey("mou-partnership");
        LocalDate today = LocalDate.now(clock);
        String number = "PKS/" + UUID.randomUUID().toString().substring(0, 6).toUpperCase() + "/PKM-BT/uji";
        String title = "Konseling berhenti merokok bagi pelajar SMP";
        signedPdf = Files.createTempFile("mou-ditandatangani-", ".pdf");
        Files.write(signedPdf, "%PDF-1.4\n% MoU uji\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
        tooLarge = Files.createTempFile("mou-terlalu-besar-", ".pdf");
        Files.write(tooLarge, Arrays.copyOf("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), 6 * 1024 * 1024));

        logIn("kapus.barutengah", DemoUsers.PASSWORD);
        assertThat(textOf(By.cssSelector(".attention-list"))).contains("MoU dan kemitraan").contains("berakhir pada")
                .contains("Layanan konseling adiksi narkoba di puskesmas");
        screenshot("head-home-expiring-mou");

        visible(By.linkText("MoU")).click();
        wait.until(ExpectedConditions.urlToBe(url("/mous")));
        screenshot("mou-list");
        visible(By.linkText("Catat MoU")).click();
        wait.until(ExpectedConditions.urlContains("/mous/new"));
        visible(By.id("number")).sendKeys(number);
        driver.findElement(By.id("title")).sendKeys(title);
        clickOn(driver.findElement(By.xpath("//label[span[text()='SMP Negeri Baru Tengah (demo)']]")));
        clickOn(driver.findElement(By.xpath("//label[span[starts-with(text(), 'KLASIK')]]")));
        driver.findElement(By.id("scope")).sendKeys("Konseling berhenti merokok oleh petugas puskesmas di sekolah; "
                + "guru UKS mendata peserta dan memantau kepatuhan.");
        setDate("signedOn", today.minusDays(7));
        setDate("startsOn", today);
        setDate("endsOn", today.plusYears(2));
        screenshot("new-mou-form");
        submitForm();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), title));
        assertThat(textOf(By.cssSelector(".alert-success"))).contains("MoU telah dicatat.");
        assertThat(textOf(By.cssSelector(".mou-status"))).isEqualTo("Berlaku");
        assertThat(textOf(By.cssSelector(".mou-parties"))).contains("SMP Negeri Baru Tengah (demo)");
        String mouPath = path();

        driver.findElement(By.id("file")).sendKeys(tooLarge.toAbsolutePath().toString());
        clickOn(driver.findElement(By.cssSelector("form.mou-upload button[type=submit]")));
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Berkas terlalu besar"));
        assertThat(textOf(By.cssSelector("main"))).contains("melebihi batas 5 MB");
        screenshot("upload-too-large");

        open(mouPath);
        visible(By.id("file")).sendKeys(signedPdf.toAbsolutePath().toString());
        clickOn(driver.findElement(By.cssSelector("form.mou-upload button[type=submit]")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".alert-success")));
        assertThat(textOf(By.cssSelector(".alert-success"))).contains("Dokumen telah diunggah.");
        assertThat(textOf(By.cssSelector(".mou-document"))).contains(signedPdf.getFileName().toString());
        screenshot("document-uploaded");

        clickOn(visible(By.linkText("Tambah catatan")));
        wait.until(ExpectedConditions.urlContains("/log/new"));
        visible(By.id("description")).sendKeys("Konseling berhenti merokok kelas 8");
        driver.findElement(By.id("quantity")).sendKeys("12");
        driver.findElement(By.id("unit")).sendKeys("pelajar");
        screenshot("log-entry-form");
        submitForm();
        WebElement log = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("table.mou-log")));
        assertThat(log.getText()).contains("Konseling berhenti merokok kelas 8").contains("12 pelajar");
        assertThat(textOf(By.cssSelector(".mou-output"))).contains("12 pelajar");
        assertThat(textOf(By.id("history-heading"))).isEqualTo("Riwayat perubahan");
        screenshot("log-entry-added");

        driver.manage().deleteAllCookies();
        logIn("kapus.gunungbahagia", DemoUsers.PASSWORD);
        open(mouPath);
        assertThat(textOf(By.tagName("h1"))).isEqualTo("Akses ditolak");
        assertThat(driver.getPageSource()).doesNotContain(title);
        screenshot("other-head-refused");
        open(mouPath + "/document");
        assertThat(textOf(By.tagName("h1"))).isEqualTo("Akses ditolak");
    }

    private void setDate(String id, LocalDate date) {
        script(driver.findElement(By.id(id)), "arguments[0].value = '" + date + "';");
    }
}
