package id.puskesnet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import id.puskesnet.support.DemoUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** On a 360 px wide phone the login page and the facility list work without sideways scrolling. */
class SmallScreenJourneyTest extends BrowserTest {

    private static final Dimension PHONE = new Dimension(360, 780);

    @Test
    void loginAndFacilityListFitA360PixelScreen() {
        journey("small-screen");
        driver.manage().window().setSize(PHONE);
        open("/login");
        visible(By.id("username"));
        assertThat(viewportWidth()).isLessThanOrEqualTo(PHONE.getWidth());
        assertFitsTheScreenWithCollapsedMenu();
        screenshot("login");

        logIn("dkk", DemoUsers.PASSWORD);
        wait.until(ExpectedConditions.urlToBe(url("/")));
        assertFitsTheScreenWithCollapsedMenu();
        screenshot("home");
        open("/facilities");
        assertThat(textOf(By.tagName("h1"))).isEqualTo("Fasilitas kesehatan");
        assertThat(visible(By.id("q")).getSize().getWidth()).isGreaterThan(200);
        assertFitsTheScreenWithCollapsedMenu();
        screenshot("facility-list");

        driver.findElement(By.cssSelector(".navbar-toggler")).click();
        // Bootstrap sets "show" once the opening animation has finished.
        wait.until(ExpectedConditions.attributeContains(By.id("mainNav"), "class", "show"));
        visible(By.cssSelector("#mainNav a.nav-link[href='/facilities']"));
        assertThat(documentScrollWidth()).isLessThanOrEqualTo(viewportWidth());
        screenshot("menu-open");

        visible(By.id("userMenu")).click();
        visible(By.cssSelector(".dropdown-menu form[action$='/logout'] button")).click();
        wait.until(ExpectedConditions.urlToBe(url("/login?logout")));
        assertFitsTheScreenWithCollapsedMenu();
    }

    private void assertFitsTheScreenWithCollapsedMenu() {
        assertThat(visible(By.cssSelector(".navbar-toggler")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.id("mainNav")).isDisplayed()).isFalse();
        assertThat(documentScrollWidth()).as("page width vs. screen width")
                .isLessThanOrEqualTo(viewportWidth());
    }
}
