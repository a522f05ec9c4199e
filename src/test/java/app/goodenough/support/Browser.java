package app.goodenough.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Headless Chromium from the system's packages, with a fresh profile, driven against the app under test. */
public final class Browser implements AutoCloseable {

    /** The language a browser asks pages for unless a test says otherwise, a British reader's; pages write dates its way. */
    public static final Locale LOCALE = Locale.UK;

    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private static final String VAADIN_IDLE = """
            const flow = window.Vaadin && window.Vaadin.Flow;
            return !!(flow && flow.clients && Object.keys(flow.clients).length > 0
                && Object.values(flow.clients).every(client => !client.isActive()));
            """;

    private final ChromeDriver driver;
    private final String baseUrl;
    private final Path profile;

    public Browser(int port) {
        this(port, "Europe/Berlin", LOCALE);
    }

    /**
     * A browser whose clock runs in {@code timeZone} and which asks for pages in {@code language},
     * as a reader's in that zone and of that language would.
     */
    public Browser(int port, String timeZone, Locale language) {
        this.baseUrl = "http://localhost:" + port;
        try {
            this.profile = Files.createTempDirectory(Path.of("target"), "chromium-profile-");
        } catch (IOException e) {
            throw new IllegalStateException("Cannot create a browser profile folder", e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getenv().getOrDefault("CHROMIUM_BINARY", "/usr/bin/chromium"));
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language.toLanguageTag()));
        options.addArguments(List.of("--lang=" + language.toLanguageTag(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--user-data-dir=" + profile.toAbsolutePath()));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver")).toFile())
                .withEnvironment(Map.of("TZ", timeZone))
                .build();
        this.driver = new ChromeDriver(service, options);
    }

    /** Fails with axe-core's findings when the page, as it is now, has an accessibility violation of impact serious or critical. */
    public Browser assertAccessible(String state) {
        List<String> violations = Accessibility.seriousViolations(driver);
        if (!violations.isEmpty()) {
            throw new AssertionError("Accessibility of " + state + " (" + currentPath() + "):\n  " + String.join("\n  ", violations));
        }
        return this;
    }

    /** The window of a phone held upright (390 by 844 CSS pixels), as a reader on a phone sees the pages. */
    public Browser phoneSized() {
        driver.manage().window().setSize(new Dimension(390, 844));
        return this;
    }

    /** The size the element takes on the screen, as [width, height] in CSS pixels. */
    public double[] sizeOf(WebElement element) {
        @SuppressWarnings("unchecked")
        List<Number> size = (List<Number>) driver.executeScript(
                "const box = arguments[0].getBoundingClientRect(); return [box.width, box.height];", element);
        return new double[] {size.get(0).doubleValue(), size.get(1).doubleValue()};
    }

    public Browser open(String path) {
        driver.get(baseUrl + path);
        waitUntilIdle();
        return this;
    }

    /** Opens a page that is not part of the Vaadin application, such as the article. */
    public Browser visit(String path) {
        driver.get(baseUrl + path);
        return this;
    }

    /** Clicks the first element matching {@code css} whose text is {@code text}, then waits for Vaadin. */
    public void clickText(String css, String text) {
        WebElement element = new WebDriverWait(driver, TIMEOUT).withMessage(() -> css + " with text '" + text + "'")
                .until(d -> d.findElements(By.cssSelector(css)).stream()
                        .filter(e -> text.equals(String.valueOf(e.getDomProperty("textContent")).strip())).findFirst().orElse(null));
        click(element);
    }

    /** Clicks the first element matching {@code css} whose text starts with {@code start}, once there is one, then waits for Vaadin. */
    public void clickTextStartingWith(String css, String start) {
        WebElement element = new WebDriverWait(driver, TIMEOUT).withMessage(() -> css + " with text starting '" + start + "'")
                .until(d -> d.findElements(By.cssSelector(css)).stream()
                        .filter(e -> String.valueOf(e.getDomProperty("textContent")).strip().startsWith(start)).findFirst().orElse(null));
        click(element);
    }

    /** Clicks the first visible element matching {@code css}, scrolled into view first, then waits for Vaadin. */
    public void click(String css) {
        click(find(css));
    }

    private void click(WebElement element) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
        waitUntilIdle();
    }

    public void waitUntilIdle() {
        new WebDriverWait(driver, TIMEOUT).until(d -> (Boolean) ((JavascriptExecutor) d).executeScript(VAADIN_IDLE));
    }

    public WebElement find(String css) {
        return new WebDriverWait(driver, TIMEOUT).withMessage(() -> "an element " + css)
                .until(d -> d.findElements(By.cssSelector(css)).stream().filter(WebElement::isDisplayed).findFirst().orElse(null));
    }

    public boolean exists(String css) {
        return !driver.findElements(By.cssSelector(css)).isEmpty();
    }

    public void waitForText(String text) {
        new WebDriverWait(driver, TIMEOUT)
                .withMessage(() -> "page text containing '" + text + "'")
                .until(d -> pageText().contains(text));
    }

    /** Waits until the input inside the element matching {@code css} shows {@code value}. */
    public void waitForInputValue(String css, String value) {
        new WebDriverWait(driver, TIMEOUT).withMessage(() -> css + " showing '" + value + "'")
                .until(d -> value.equals(driver.executeScript("return document.querySelector(arguments[0] + ' input').value", css)));
    }

    /** All text a person can read, including text inside components' shadow roots. */
    public String pageText() {
        return (String) driver.executeScript("""
                const walk = node => {
                  let text = '';
                  for (const child of node.childNodes) {
                    if (child.nodeType === Node.TEXT_NODE) text += child.textContent + ' ';
                    else if (child.nodeType === Node.ELEMENT_NODE && !['SCRIPT', 'STYLE'].includes(child.tagName)) {
                      if (child.shadowRoot) text += walk(child.shadowRoot);
                      text += walk(child);
                    }
                  }
                  return text;
                };
                return walk(document.body).replace(/\\s+/g, ' ');
                """);
    }

    /** Fetches a link with this browser's cookies, as clicking it would, and returns the response. */
    public HttpResponse<byte[]> download(String url) {
        String cookies = driver.manage().getCookies().stream()
                .map(cookie -> cookie.getName() + "=" + cookie.getValue())
                .collect(Collectors.joining("; "));
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).header("Cookie", cookies).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot download " + url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while downloading " + url, e);
        }
    }

    public Object script(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    public String currentPath() {
        return driver.getCurrentUrl().substring(baseUrl.length());
    }

    public WebDriver driver() {
        return driver;
    }

    public void screenshot(String name) {
        try {
            Path folder = Files.createDirectories(Path.of("target", "e2e-screenshots"));
            Files.write(folder.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException | RuntimeException e) {
            System.err.println("No screenshot for " + name + ": " + e.getMessage());
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
