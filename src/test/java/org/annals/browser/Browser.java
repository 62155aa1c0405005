package org.annals.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Debian's chromedriver: both paths are given, so Selenium Manager never
 * tries to download a browser or a driver. Waits are for conditions on the page, never for a fixed time.
 */
final class Browser implements AutoCloseable {

    private final ChromeDriver driver;
    private final String baseUrl;
    private final WebDriverWait wait;

    Browser(int port) throws Exception {
        this(port, true);
    }

    /** A reader whose browser runs no JavaScript (switched off, blocked, or a text browser). */
    static Browser withoutJavaScript(int port) throws Exception {
        return new Browser(port, false);
    }

    private Browser(int port, boolean javaScript) throws Exception {
        Path profile = Files.createTempDirectory("annals-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--disable-quic", "--window-size=1280,1000", "--lang=en-GB", "--user-data-dir=" + profile);
        // the console is read when the browser closes: a Content-Security-Policy violation fails the test using it
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        if (!javaScript) {
            options.setExperimentalOption("prefs", java.util.Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver")).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        this.baseUrl = "http://localhost:" + port;
        this.wait = new WebDriverWait(driver, Duration.ofSeconds(30));
        // Vaadin re-renders parts of the page after server round trips; a stale element just means "look again"
        this.wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.ElementClickInterceptedException.class);
    }

    void open(String path) {
        driver.get(baseUrl + path);
        // on a fresh checkout the first page waits for Vaadin's development bundle (npm + Vite, minutes on a busy
        // machine); the page reloads itself when it is ready
        new WebDriverWait(driver, Duration.ofMinutes(5)).ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> !d.findElement(By.tagName("body")).getText().contains("Building front-end development bundle"));
    }

    WebElement await(By by) {
        return until(d -> ExpectedConditions.visibilityOfElementLocated(by).apply(d));
    }

    /** Waits for the condition; on time-out leaves a screenshot and the page text in target/ for the person debugging. */
    <T> T until(Function<WebDriver, T> condition) {
        try {
            return wait.until(condition::apply);
        } catch (org.openqa.selenium.TimeoutException e) {
            try {
                Path dir = Path.of("target", "browser-failures");
                Files.createDirectories(dir);
                String name = "failure-" + System.currentTimeMillis();
                Files.write(dir.resolve(name + ".png"), driver.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
                Files.writeString(dir.resolve(name + ".txt"), driver.getCurrentUrl() + "\n" + driver.findElement(By.tagName("body")).getText());
            } catch (Exception ignored) {
                // the time-out is what matters
            }
            throw e;
        }
    }

    /** The page as a device of this size shows it (a phone below 600 px wide: a mobile viewport). */
    void viewport(int width, int height) {
        driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", java.util.Map.of("width", width, "height", height,
                "deviceScaleFactor", 1, "mobile", width < 600));
    }

    WebDriver driver() {
        return driver;
    }

    /** Types into a Vaadin field: its native input sits in the light DOM. */
    void type(String fieldId, String text) {
        By field = By.cssSelector("#" + fieldId + " input, #" + fieldId + " textarea");
        // found afresh on every try: a server round trip may have re-rendered the field since the last look
        until(d -> {
            WebElement input = d.findElement(field);
            // WebDriver calls a field scrolled out of the layout's scrolling area hidden: bring it into view first
            driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", input);
            if (!input.isDisplayed()) {
                return null;
            }
            input.clear();
            input.sendKeys(text);
            return true;
        });
    }

    /** Scrolls the element to the middle of the window first, away from anything pinned to an edge. */
    void click(By by) {
        // found afresh on every try: the server may re-render the element between finding and clicking it
        until(d -> {
            WebElement element = d.findElement(by);
            return clickIfReady(element) ? true : null;
        });
    }

    private boolean clickIfReady(WebElement element) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        if (!element.isDisplayed() || !element.isEnabled()) {
            return false;
        }
        element.click();
        return true;
    }

    void click(WebElement element) {
        until(d -> clickIfReady(element) ? true : null);
    }

    /**
     * The text of an element that is on the page, whether or not it is scrolled into view. Found and read in one step,
     * again if the element went away in between: a public page's first-HTML copy (its heading, say) is replaced when
     * the live view is drawn, which can fall between finding an element and reading it.
     */
    String textOf(By by) {
        return until(d -> {
            try {
                WebElement element = ExpectedConditions.presenceOfElementLocated(by).apply(d);
                return element == null ? null : element.getDomProperty("textContent").strip();
            } catch (org.openqa.selenium.StaleElementReferenceException replaced) {
                return null;
            }
        });
    }

    String valueOf(String fieldId) {
        By input = By.cssSelector("#" + fieldId + " input, #" + fieldId + " textarea");
        return until(d -> ExpectedConditions.presenceOfElementLocated(input).apply(d)).getDomProperty("value");
    }

    /** Answers an open TextPromptDialog and confirms it. */
    void answerPrompt(String text) {
        WebElement area = await(By.cssSelector("#prompt-text textarea"));
        area.sendKeys(text);
        click(By.id("prompt-confirm"));
        until(d -> d.findElements(By.cssSelector("#prompt-text")).isEmpty());
    }

    void signOut() {
        driver.manage().deleteAllCookies();
    }

    void signIn(String username, String password) {
        open("/login");
        WebElement user = await(By.cssSelector("vaadin-login-form input[name='username']"));
        user.sendKeys(username);
        driver.findElement(By.cssSelector("vaadin-login-form input[name='password']")).sendKeys(password);
        driver.findElement(By.cssSelector("vaadin-login-form vaadin-button[slot='submit']")).click();
        until(d -> !d.getCurrentUrl().contains("/login"));
    }

    @Override
    /**
     * Closes the browser; fails when the page was refused anything by its Content-Security-Policy, so every screen a
     * browser test opens also measures what the policy must allow (security.internal.ContentSecurityPolicy), and when
     * the visual timeline redrew in a loop (vis-timeline's "infinite loop in redraw?", once logged on every load).
     */
    public void close() {
        java.util.List<String> refused;
        try {
            refused = driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                    .map(org.openqa.selenium.logging.LogEntry::getMessage)
                    .filter(message -> message.contains("Content Security Policy") || message.contains("infinite loop in redraw"))
                    .toList();
        } finally {
            driver.quit();
        }
        if (!refused.isEmpty()) {
            throw new AssertionError("The page's console reported: " + refused);
        }
    }
}
