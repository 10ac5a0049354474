package id.puskesnet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.YearMonth;

import id.puskesnet.support.DemoUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * A month's report from the clinic to the DKK: the clinic fills in last month, trips over a bad value and
 * submits; Baru Tengah's staff return it with a reason; the clinic corrects and resubmits; the head verifies;
 * the DKK accepts and sees completeness count it; a clinic of another network is refused the report.
 */
class MonthlyReportJourneyTest extends BrowserTest {

    @Test
    void clinicSubmitsStaffReturnsClinicResubmitsHeadVerifiesDkkAccepts() {
        journey("monthly-report");
        String month = YearMonth.now(java.time.ZoneId.of("Asia/Makassar")).minusMonths(1).toString();

        switchUser("dkk");
        open("/reports/completeness?month=" + month);
        long receivedBefore = receivedInBaruTengah();
        screenshot("dkk-completeness-before");

        switchUser("klinik.barutengah");
        clickOn(visible(By.cssSelector(".attention-list a[href*='/reports/new']")));
        wait.until(ExpectedConditions.urlContains("/reports/new"));
        screenshot("clinic-choose-month");
        submitForm();
        wait.until(ExpectedConditions.urlContains("/edit"));
        fill("TB_TERDUGA", "9");
        fill("TB_TERDUGA_PERIKSA", "8");
        fill("TB_KASUS", "2");
        fill("TB_MULAI_OBAT", "2");
        fill("TB_SEMBUH", "1");
        fill("TB_LENGKAP", "0");
        fill("TB_KONTAK_INVESTIGASI", "6");
        fill("TB_KONTAK_TPT", "3");
        fill("HT_PELAYANAN", "7O");
        fill("DM_PELAYANAN", "28");
        fill("ORI_MR", "0");
        assertThat(textOf(By.id("v_HT_PELAYANAN-previous"))).startsWith("Bulan lalu:");
        clickOn(driver.findElement(By.cssSelector("button[value=submit]")));
        assertThat(textOf(By.id("v_HT_PELAYANAN-error"))).contains("Harus berupa bilangan bulat");
        assertThat(driver.findElement(By.id("v_DM_PELAYANAN")).getAttribute("value")).isEqualTo("28");
        screenshot("clinic-bad-value");
        fill("HT_PELAYANAN", "70");
        clickOn(driver.findElement(By.cssSelector("button[value=submit]")));
        assertThat(textOf(By.cssSelector(".alert-success"))).contains("Laporan berhasil dikirim.");
        String reportPath = path();
        screenshot("clinic-submitted");

        switchUser("staf.barutengah");
        open(reportPath);
        visible(By.linkText("Kembalikan")).click();
        visible(By.id("reason")).sendKeys("Angka hipertensi berbeda dengan register PTM, mohon dicek.");
        screenshot("staff-return-reason");
        submitForm();
        assertThat(textOf(By.cssSelector(".alert-success"))).contains("dikembalikan");

        switchUser("klinik.barutengah");
        assertThat(textOf(By.cssSelector(".attention-list"))).contains("dikembalikan");
        open(reportPath);
        assertThat(textOf(By.cssSelector(".alert-danger"))).contains("register PTM");
        visible(By.linkText("Perbaiki dan kirim ulang")).click();
        fill("HT_PELAYANAN", "68");
        clickOn(driver.findElement(By.cssSelector("button[value=submit]")));
        assertThat(textOf(By.cssSelector(".alert-success"))).contains("Laporan berhasil dikirim.");
        screenshot("clinic-resubmitted");

        switchUser("kapus.barutengah");
        open(reportPath);
        clickOn(visible(By.xpath("//button[normalize-space()='Verifikasi']")));
        assertThat(textOf(By.cssSelector(".report-status"))).isEqualTo("Diverifikasi puskesmas");
        screenshot("head-verified");

        switchUser("dkk");
        open(reportPath);
        clickOn(visible(By.xpath("//button[normalize-space()='Terima laporan']")));
        assertThat(textOf(By.cssSelector(".report-status"))).isEqualTo("Diterima DKK");
        assertThat(textOf(By.id("history-heading"))).isEqualTo("Riwayat perubahan");
        screenshot("dkk-accepted");
        open("/reports/completeness?month=" + month);
        assertThat(receivedInBaruTengah()).isEqualTo(receivedBefore + 1);
        screenshot("dkk-completeness-after");

        switchUser("klinik.gunungbahagia");
        open(reportPath);
        assertThat(textOf(By.tagName("h1"))).isEqualTo("Halaman tidak ditemukan");
        screenshot("other-clinic-refused");
    }

    private long receivedInBaruTengah() {
        WebElement row = visible(By.xpath("//table[contains(@class,'completeness-table')]//tr[th/a[normalize-space()='Puskesmas Baru Tengah']]"));
        return Long.parseLong(row.findElements(By.tagName("td")).get(1).getText().strip());
    }

    private void fill(String code, String value) {
        WebElement field = driver.findElement(By.id("v_" + code));
        field.clear();
        field.sendKeys(value);
    }

    private void switchUser(String username) {
        driver.manage().deleteAllCookies();
        logIn(username, DemoUsers.PASSWORD);
    }
}
