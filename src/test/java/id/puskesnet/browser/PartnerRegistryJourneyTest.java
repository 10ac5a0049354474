package id.puskesnet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import id.puskesnet.support.DemoUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/**
 * The registry as its users meet it: the administrator adds a clinic to Baru Tengah's network, the head of
 * Baru Tengah finds and edits it, the head of Gunung Bahagia is refused at its address.
 */
class PartnerRegistryJourneyTest extends BrowserTest {

    @Test
    void adminAddsAKlinikTheNetworkHeadEditsItAnotherHeadIsRefused() {
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
    }

    private void switchUser(String username) {
        driver.manage().deleteAllCookies();
        logIn(username, DemoUsers.PASSWORD);
    }
}
