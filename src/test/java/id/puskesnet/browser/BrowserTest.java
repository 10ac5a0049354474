package id.puskesnet.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

import id.puskesnet.support.PostgresIntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of browser tests: the whole application on a random port (same PostgreSQL test database as the
 * other integration tests) driven by headless Chromium. One browser per test class; every test starts
 * signed out, in the default language, at desktop size. Skipped where Chromium or ChromeDriver is missing
 * (Debian: {@code apt-get install chromium chromium-driver}).
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
public abstract class BrowserTest extends PostgresIntegrationTest {

    // Explicit paths: otherwise Selenium Manager tries to download a browser and a driver.
    static final Path CHROMIUM = Path.of(System.getProperty("puskesnet.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Dimension DESKTOP = new Dimension(1280, 900);
    static final Duration TIMEOUT = Duration.ofSeconds(15);
    static final String MISSING_BROWSER = "Browser tests skipped: " + CHROMIUM + " or " + CHROMEDRIVER
            + " is missing (Debian: apt-get install chromium chromium-driver)";

    private static ChromeDriver sharedDriver;
    private static Path userDataDir;

    @LocalServerPort
    int port;

    protected ChromeDriver driver;
    protected WebDriverWait wait;

    private Path screenshotDir;
    private int screenshotNumber;

    @BeforeAll
    static void startBrowser() throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            System.out.println("[puskesnet tests] " + MISSING_BROWSER);
            return;
        }
        userDataDir = Files.createTempDirectory("puskesnet-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + userDataDir);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        sharedDriver = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowser() {
        if (sharedDriver != null) {
            sharedDriver.quit();
            sharedDriver = null;
        }
        if (userDataDir != null) {
            deleteRecursively(userDataDir);
            userDataDir = null;
        }
    }

    @BeforeEach
    void startSignedOut() {
        // Skipped per test rather than per class, so the build's test counts show the skipped journeys.
        Assumptions.assumeTrue(sharedDriver != null, MISSING_BROWSER);
        driver = sharedDriver;
        wait = new WebDriverWait(driver, TIMEOUT);
        driver.manage().window().setSize(DESKTOP);
        // Cookies can only be cleared for the page's own origin, so go there first.
        driver.get(url("/login"));
        driver.manage().deleteAllCookies();
        screenshotDir = null;
        screenshotNumber = 0;
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected void open(String path) {
        driver.get(url(path));
    }

    /** Signs in through the real login form and waits until the login page is left. */
    protected void logIn(String username, String password) {
        open("/login");
        WebElement usernameField = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        usernameField.clear();
        usernameField.sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.cssSelector("main form button[type=submit]")).click();
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
    }

    protected WebElement visible(By locator) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** Clicks an element after scrolling it to the middle of the window (long forms reach below the fold). */
    protected void clickOn(WebElement element) {
        script(element, "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});");
        wait.until(ExpectedConditions.elementToBeClickable(element)).click();
    }

    protected void submitForm() {
        clickOn(driver.findElement(By.cssSelector("main form button[type=submit]")));
    }

    protected String textOf(By locator) {
        return visible(locator).getText().strip();
    }

    protected String path() {
        String current = driver.getCurrentUrl();
        return current.substring(url("").length());
    }

    protected long viewportWidth() {
        return ((Number) script("return window.innerWidth")).longValue();
    }

    protected long documentScrollWidth() {
        return ((Number) script("return document.documentElement.scrollWidth")).longValue();
    }

    protected Object script(String javascript) {
        return ((JavascriptExecutor) driver).executeScript(javascript);
    }

    protected Object script(WebElement element, String javascript) {
        return ((JavascriptExecutor) driver).executeScript(javascript, element);
    }

    /** Starts a new journey: its screenshots go to {@code target/screenshots/<journey>/}, replacing older ones. */
    protected void journey(String name) {
        screenshotDir = Path.of("target", "screenshots", name);
        deleteRecursively(screenshotDir);
        screenshotNumber = 0;
    }

    /** Saves the current page as {@code NN-name.png} in the journey's folder. */
    protected void screenshot(String name) {
        if (screenshotDir == null) {
            throw new IllegalStateException("Call journey(...) before taking screenshots");
        }
        byte[] png = driver.getScreenshotAs(OutputType.BYTES);
        try {
            Files.createDirectories(screenshotDir);
            Files.write(screenshotDir.resolve("%02d-%s.png".formatted(++screenshotNumber, name)), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
