package id.puskesnet.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import id.puskesnet.support.DemoUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The forum journey of a puskesmas head: record a cross-sector forum with attendees, an agenda item and a
 * follow-up, open its printable minutes, mark the follow-up done from the next forum; the head of another
 * puskesmas is refused at the forum's address.
 */
class ForumJourneyTest extends BrowserTest {

    @Autowired
    Clock clock;

    @Test
    void aHeadRecordsAForumPrintsItsMinutesAndClosesItsFollowUpAtTheNextForum() {
        journey("forum");
        String marker = UUID.randomUUID().toString().substring(0, 6);
        String place = "Aula Kelurahan Baru Tengah " + marker;
        String followUp = "Cek kesehatan gratis di SMP " + marker;

        logIn("kapus.barutengah", DemoUsers.PASSWORD);
        open("/forums");
        visible(By.linkText("Catat forum")).click();
        wait.until(ExpectedConditions.urlContains("/forums/new"));
        new Select(visible(By.id("type"))).selectByVisibleText("Minilok lintas sektor triwulanan");
        driver.findElement(By.id("place")).sendKeys(place);
        driver.findElement(By.id("chair")).sendKeys("dr. Hasan (demo)");
        attendee(0, "Staf Puskesmas Baru Tengah", "Siti (demo)", "Notulis");
        attendee(1, "Kelurahan Baru Tengah", "Lurah (demo)", "Lurah");
        attendee(2, "Polsek Balikpapan Barat", "Bhabinkamtibmas (demo)", "Bhabinkamtibmas");
        int rows = rows("attendees").size();
        clickOn(driver.findElement(By.cssSelector("[data-add-row=attendees]")));
        assertThat(path()).isEqualTo("/forums/new");
        assertThat(rows("attendees")).hasSize(rows + 1);
        assertThat(driver.findElement(By.id("attendees" + rows + ".personName")).getAttribute("value")).isEmpty();
        driver.findElement(By.id("agendaItems0.topic")).sendKeys("Cakupan layanan kesehatan gratis di sekolah");
        driver.findElement(By.id("agendaItems0.discussion")).sendKeys("Skrining diisi mandiri oleh orang tua.");
        driver.findElement(By.id("followUps0.what")).sendKeys(followUp);
        new Select(driver.findElement(By.id("followUps0.responsible"))).selectByVisibleText("Seluruh sektor Sekolah");
        setDate(driver.findElement(By.id("followUps0.dueDate")), LocalDate.now(clock).plusDays(14));
        screenshot("new-forum-form");
        clickOn(driver.findElement(By.cssSelector("form.forum-form > button.btn-success")));

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".alert-success")));
        assertThat(textOf(By.tagName("h1"))).isEqualTo("Notulen Minilok lintas sektor triwulanan");
        assertThat(textOf(By.cssSelector(".attendance-summary"))).startsWith("3 orang; 2 mewakili institusi mitra dari 2 sektor");
        assertThat(textOf(By.cssSelector(".follow-up-table"))).contains(followUp).contains("Seluruh sektor Sekolah");
        String forumPath = path();
        assertThat(visible(By.cssSelector("[data-print]")).getText()).isEqualTo("Cetak notulen");
        screenshot("minutes");

        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertThat(shown("header nav")).isFalse();
            assertThat(shown("[data-print]")).isFalse();
            assertThat(shown(".breadcrumb")).isFalse();
            assertThat(shown("#history-heading")).isFalse();
            assertThat(shown(".follow-up-table")).isTrue();
            assertThat(shown(".minutes-signature")).isTrue();
            assertThat(script("return getComputedStyle(document.querySelector('.follow-up-table tbody tr'))"
                    + ".breakInside;")).isEqualTo("avoid");
            screenshot("minutes-print");
        } finally {
            driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }

        open("/forums/new");
        assertThat(textOf(By.cssSelector(".open-follow-ups"))).contains(followUp);
        new Select(visible(By.id("type"))).selectByVisibleText("Lokakarya mini bulanan");
        driver.findElement(By.id("chair")).sendKeys("dr. Hasan (demo)");
        driver.findElement(By.id("place")).sendKeys("Ruang rapat " + marker);
        clickOn(driver.findElement(By.cssSelector("form.forum-form > button.btn-success")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".alert-success")));
        WebElement row = reviewRow(followUp);
        new Select(row.findElement(By.cssSelector("select[name=status]"))).selectByVisibleText("Selesai");
        row.findElement(By.cssSelector("input[name=note]")).sendKeys("Terlaksana di SMP " + marker);
        screenshot("next-forum-review");
        clickOn(row.findElement(By.cssSelector("button[type=submit]")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".alert-success")));
        assertThat(textOf(By.cssSelector(".alert-success"))).contains("Tinjauan RTL telah dicatat.");
        assertThat(textOf(By.cssSelector(".review-table"))).contains(followUp).contains("Belum dimulai → Selesai");
        screenshot("follow-up-reviewed");

        visible(By.cssSelector(".review-table")).findElement(By.linkText(followUp)).click();
        wait.until(ExpectedConditions.urlContains("/follow-ups/"));
        assertThat(textOf(By.cssSelector(".badge.status-done"))).isEqualTo("Selesai");
        assertThat(textOf(By.cssSelector(".review-link"))).startsWith("Ditinjau dalam forum Lokakarya mini bulanan");
        screenshot("follow-up-done");

        driver.manage().deleteAllCookies();
        logIn("kapus.gunungbahagia", DemoUsers.PASSWORD);
        open(forumPath);
        assertThat(textOf(By.tagName("h1"))).isEqualTo("Akses ditolak");
        screenshot("other-head-refused");
    }

    private void attendee(int row, String party, String name, String jobTitle) {
        new Select(driver.findElement(By.id("attendees" + row + ".party"))).selectByVisibleText(party);
        driver.findElement(By.id("attendees" + row + ".personName")).sendKeys(name);
        driver.findElement(By.id("attendees" + row + ".jobTitle")).sendKeys(jobTitle);
    }

    private List<WebElement> rows(String section) {
        return driver.findElements(By.cssSelector("[data-rows=" + section + "] > [data-row]"));
    }

    private WebElement reviewRow(String followUp) {
        return visible(By.cssSelector(".open-review-table")).findElements(By.cssSelector("tbody tr")).stream()
                .filter(tr -> tr.getText().contains(followUp)).findFirst().orElseThrow();
    }

    private void setDate(WebElement input, LocalDate date) {
        script(input, "arguments[0].value = '" + date + "';");
    }

    /** Does the element take up space on the page (as printed, when print media is emulated)? */
    private boolean shown(String selector) {
        return (Boolean) script("return document.querySelector('" + selector + "').getClientRects().length > 0;");
    }
}
