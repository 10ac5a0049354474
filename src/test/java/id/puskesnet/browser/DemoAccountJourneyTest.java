package id.puskesnet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import id.puskesnet.access.Role;
import id.puskesnet.facility.FacilityOption;
import id.puskesnet.facility.FacilityService;
import id.puskesnet.support.DemoUsers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/** Each demo account signs in through the login form, finds its home page, switches to English and signs out. */
class DemoAccountJourneyTest extends BrowserTest {

    private static final Locale INDONESIAN = Locale.forLanguageTag("id");

    @Autowired
    FacilityService facilities;

    @Autowired
    MessageSource messages;

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "admin, Administrator DKK (demo), DKK_ADMIN, ",
            "dkk, Rina Pengelola Program (demo), DKK_OFFICER, ",
            "kapus.barutengah, dr. Hasan Kepala Baru Tengah (demo), PUSKESMAS_HEAD, PKM-BARU-TENGAH",
            "kapus.gunungbahagia, dr. Dewi Kepala Gunung Bahagia (demo), PUSKESMAS_HEAD, PKM-GUNUNG-BAHAGIA",
            "staf.barutengah, Siti Staf Program Baru Tengah (demo), PUSKESMAS_STAFF, PKM-BARU-TENGAH",
            "klinik.barutengah, Yusuf Klinik Sehat Bersama (demo), PARTNER, KP-SEHAT-BERSAMA",
            "klinik.gunungbahagia, Ani Klinik Bahagia Husada (demo), PARTNER, KP-BAHAGIA-HUSADA"})
    void signInSeeHomeSwitchToEnglishAndSignOut(String username, String fullName, Role role, String facilityCode) {
        journey("login-" + username);
        open("/login");
        assertThat(textOf(By.tagName("h1"))).isEqualTo("Masuk");
        assertThat(textOf(By.cssSelector(".demo-badge"))).isEqualTo("Data demo");
        screenshot("login");

        logIn(username, DemoUsers.PASSWORD);

        FacilityOption ownFacility = facilityCode == null ? null
                : facilities.findByCode(facilityCode).orElseThrow();
        wait.until(ExpectedConditions.urlToBe(url("/")));
        assertThat(textOf(By.tagName("h1"))).isEqualTo("Selamat datang, " + fullName);
        assertThat(textOf(By.id("attention-heading"))).isEqualTo("Perlu perhatian");
        if (ownFacility != null) {
            assertThat(textOf(By.cssSelector("main"))).contains(ownFacility.name());
        }
        assertThat(textOf(By.cssSelector(".demo-badge"))).isEqualTo("Data demo");
        assertThat(textOf(By.cssSelector(".current-user"))).contains(fullName)
                .contains(messages.getMessage("Role." + role, null, INDONESIAN));
        assertThat(textOf(By.id("userMenu"))).isEqualTo(fullName);
        screenshot("home");

        String home = path();
        visible(By.cssSelector("a.lang-link[lang=en]")).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "en"));
        assertThat(path()).startsWith(home);
        assertThat(textOf(By.cssSelector(".demo-badge"))).isEqualTo("Demo data");
        assertThat(textOf(By.cssSelector(".current-user")))
                .contains(messages.getMessage("Role." + role, null, Locale.ENGLISH));
        assertThat(textOf(By.tagName("h1"))).isEqualTo("Welcome, " + fullName);
        assertThat(textOf(By.id("attention-heading"))).isEqualTo("Needs attention");
        screenshot("home-english");

        visible(By.id("userMenu")).click();
        visible(By.cssSelector(".dropdown-menu form[action$='/logout'] button")).click();
        wait.until(ExpectedConditions.urlToBe(url("/login?logout")));
        assertThat(textOf(By.cssSelector("main [role=status]"))).isEqualTo("You have signed out.");
        assertThat(driver.findElements(By.id("userMenu"))).isEmpty();
        screenshot("logged-out");

        open(home);
        wait.until(ExpectedConditions.urlToBe(url("/login")));
    }
}
