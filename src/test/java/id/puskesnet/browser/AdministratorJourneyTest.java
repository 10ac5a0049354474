package id.puskesnet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import id.puskesnet.support.DemoUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

/** The administrator's main task: create an account for a new staff member through the Administrasi menu. */
class AdministratorJourneyTest extends BrowserTest {

    @Test
    void administratorCreatesAnAccountTheNewUserSignsInAndOut() {
        journey("administrator");
        String username = "staf.baru." + UUID.randomUUID().toString().substring(0, 6);

        logIn("admin", DemoUsers.PASSWORD);
        visible(By.id("adminMenu")).click();
        visible(By.cssSelector(".dropdown-menu a[href$='/admin/users']")).click();
        visible(By.linkText("Tambah akun")).click();
        wait.until(ExpectedConditions.urlContains("/admin/users/new"));
        visible(By.id("username")).sendKeys(username);
        driver.findElement(By.id("fullName")).sendKeys("Staf Baru Gunung Bahagia");
        new Select(driver.findElement(By.id("role"))).selectByValue("PUSKESMAS_STAFF");
        new Select(driver.findElement(By.id("facilityId"))).selectByVisibleText("Puskesmas Gunung Bahagia");
        driver.findElement(By.id("password")).sendKeys("kata-sandi-baru-2026");
        driver.findElement(By.id("confirmPassword")).sendKeys("kata-sandi-baru-2026");
        screenshot("new-account-form");
        submitForm();
        assertThat(textOf(By.cssSelector(".alert-success"))).contains("Akun berhasil dibuat.");
        screenshot("account-created");
        logOut();

        logIn(username, "kata-sandi-baru-2026");
        assertThat(textOf(By.tagName("h1"))).isEqualTo("Selamat datang, Staf Baru Gunung Bahagia");
        assertThat(textOf(By.cssSelector(".current-user"))).contains("Puskesmas Gunung Bahagia");
        screenshot("new-user-home");
        logOut();
    }

    private void logOut() {
        visible(By.id("userMenu")).click();
        visible(By.cssSelector(".dropdown-menu form[action$='/logout'] button")).click();
        wait.until(ExpectedConditions.urlToBe(url("/login?logout")));
    }
}
