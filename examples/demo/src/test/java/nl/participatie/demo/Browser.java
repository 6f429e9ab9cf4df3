package nl.participatie.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven by Selenium, with what every story needs: open a page (screenshot and axe-core
 * check on each), switch persona, fire a command's form. Without Chromium the browser tests are skipped, unless
 * {@code PARTICIPATIE_TEST_BROWSER=required}: then a missing browser fails them.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    private final ChromeDriver driver;
    private final String base;
    private final String axe;
    private final Path profile;
    private int shots;

    private Browser(String base) throws IOException {
        this.base = base;
        this.profile = Files.createTempDirectory("demo-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1280,1600",
                "--user-data-dir=" + profile, "--lang=nl");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        try (InputStream in = Browser.class.getResourceAsStream("/axe/axe.min.js")) {
            this.axe = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Files.createDirectories(SCREENSHOTS);
        // Only this run's pages: the numbers start again at 01.
        try (var old = Files.list(SCREENSHOTS)) {
            for (Path png : old.filter(p -> p.toString().endsWith(".png")).toList()) {
                Files.delete(png);
            }
        }
    }

    /** A browser on the app at {@code base}; skips the test (or fails it, when required) without Chromium. */
    static Browser on(String base) throws IOException {
        boolean there = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!there && "required".equals(System.getenv("PARTICIPATIE_TEST_BROWSER"))) {
            fail("PARTICIPATIE_TEST_BROWSER=required, but " + CHROMIUM + " or " + CHROMEDRIVER
                    + " is missing: apt-get install chromium chromium-driver");
        }
        Assumptions.assumeTrue(there, "No headless Chromium (" + CHROMIUM + ", " + CHROMEDRIVER
                + "): the browser tests are skipped. Install chromium and chromium-driver to run them.");
        return new Browser(base);
    }

    /** Opens a path of the app, then checks the page. */
    void open(String path, String name) {
        driver.get(base + path);
        checkPage(name);
    }

    /**
     * Waits for the page's Mermaid diagrams to be drawn (each must be: a diagram that fails to render fails the page), then
     * a screenshot to target/screenshots, then axe-core (WCAG 2.1 A and AA): no violation.
     */
    void checkPage(String name) {
        if (!driver.findElements(By.cssSelector("pre.mermaid")).isEmpty()) {
            new WebDriverWait(driver, Duration.ofSeconds(30))
                    .until(d -> driver.executeScript("return document.body.dataset.diagrams || null") != null);
            assertThat(driver.executeScript("return document.body.dataset.diagrams")).as("diagrams on %s", name).isEqualTo("drawn");
            assertThat(driver.findElements(By.cssSelector("pre.mermaid:not(:has(svg))"))).as("undrawn diagrams on %s", name).isEmpty();
        }
        shots++;
        try {
            Files.write(SCREENSHOTS.resolve(String.format("%02d-%s.png", shots, name)), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        JavascriptExecutor js = driver;
        js.executeScript(axe);
        Object result = js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                   .then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' — '
                       + v.nodes.map(n => n.target.join(' ') + ' ' + n.failureSummary).join(' | '))))
                   .catch(e => done(['axe failed: ' + e]));
                """);
        assertThat((List<?>) result).as("axe-core violations on %s (%s)", name, driver.getCurrentUrl()).isEmpty();
    }

    /** Plays another persona, with the header's switch, and checks the page it returns to. */
    void playAs(String persona) {
        new Select(driver.findElement(By.id("persona-select"))).selectByValue(persona);
        WebElement button = driver.findElement(By.id("persona-switch"));
        button.click();
        waitForNewPage(button);
        assertThat(driver.findElement(By.id("persona-select")).getDomProperty("value")).isEqualTo(persona);
    }

    /** Fills in and submits the form of a command on this page; checks the page after. */
    void fire(String formId, Map<String, String> values, String name) {
        WebElement form = driver.findElement(By.id(formId));
        values.forEach((field, value) -> {
            WebElement input = form.findElement(By.name(field));
            if ("select".equals(input.getTagName())) {
                new Select(input).selectByValue(value);
            } else if ("checkbox".equals(input.getDomAttribute("type"))) {
                if (input.isSelected() != Boolean.parseBoolean(value)) {
                    input.click();
                }
            } else if ("date".equals(input.getDomAttribute("type"))) {
                driver.executeScript("arguments[0].value = arguments[1]", input, value);
            } else {
                input.clear();
                input.sendKeys(value);
            }
        });
        form.findElement(By.cssSelector("button[type=submit]")).click();
        waitForNewPage(form);
        checkPage(name);
    }

    /** Runs a script that submits a form the page did not offer (a forged request), and waits for the answer. */
    void submitForged(String script) {
        WebElement old = driver.findElement(By.tagName("h1"));
        driver.executeScript(script);
        waitForNewPage(old);
    }

    /** Waits until the page an element was on has been left for the next one. */
    void waitForNewPage(WebElement onOldPage) {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> {
            try {
                return ExpectedConditions.stalenessOf(onOldPage).apply(d);
            } catch (org.openqa.selenium.WebDriverException e) {
                // Chromium may answer for a node of the page just left with "does not belong to the document"
                // instead of a stale reference: the page was left all the same.
                if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return true;
                }
                throw e;
            }
        });
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> "complete".equals(driver.executeScript("return document.readyState")));
    }

    /** The refusal shown on the page, if any. */
    String refusal() {
        List<WebElement> shown = driver.findElements(By.cssSelector(".violation"));
        return shown.isEmpty() ? "" : shown.get(0).getText();
    }

    String text(String id) {
        return driver.findElement(By.id(id)).getText();
    }

    ChromeDriver driver() {
        return driver;
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
