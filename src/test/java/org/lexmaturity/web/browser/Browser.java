package org.lexmaturity.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium (Debian's {@code chromium} and {@code chromedriver}, which {@code .ci/run} installs) driven
 * through Selenium, with axe-core injected into each page for the WCAG 2.1 AA check. Selenium Manager is never asked
 * to download anything: the driver is named explicitly.
 */
public final class Browser implements AutoCloseable {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final String AXE = "META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private final ChromeDriver driver;
    private final String base;
    private final Path profile;

    private Browser(ChromeDriver driver, String base, Path profile) {
        this.driver = driver;
        this.base = base;
        this.profile = profile;
    }

    /** Starts a browser for the site at {@code base} (e.g. {@code http://127.0.0.1:1234}); skips without Chromium. */
    public static Browser start(String base) {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "browser tests need Debian's chromium and chromium-driver (installed by .ci/run)");
        try {
            Path profile = Files.createTempDirectory("lexmaturity-chromium");
            ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                    .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                            "--disable-background-networking", "--disable-component-update", "--disable-sync",
                            "--disable-quic", "--no-first-run", "--window-size=1280,1000", "--lang=en-GB",
                            "--user-data-dir=" + profile);
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
            ChromeDriver driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60)).scriptTimeout(Duration.ofSeconds(60));
            return new Browser(driver, base, profile);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    public String base() {
        return base;
    }

    /** Loads a page of the site and waits until the document is complete. */
    public Browser open(String path) {
        driver.get(base + path);
        waitForPage();
        return this;
    }

    /**
     * Clicks what leads to a new page (a link, a form's button) and waits until that page has loaded: until the old
     * page is gone, then until the new one is complete. Waiting on readyState alone can see the old page, still
     * complete, when the browser has not begun to navigate yet on a busy machine. A click that turns out not to
     * navigate goes on after a few seconds.
     */
    public void clickAndLoad(WebElement target) {
        WebElement oldPage = driver.findElement(By.tagName("html"));
        target.click();
        try {
            new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> isGone(oldPage));
        } catch (org.openqa.selenium.TimeoutException e) {
            // no navigation: the click changed this page in place
        }
        waitForPage();
    }

    /**
     * True once an element's page has been replaced. Chromium reports that as a stale element, or, while the new
     * document is being built, as "node does not belong to the document"; both mean the old page is gone.
     */
    private static boolean isGone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (org.openqa.selenium.WebDriverException e) {
            return true;
        }
    }

    public void waitForPage() {
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d ->
                "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    public WebElement find(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.findElement(by));
    }

    /** The path (and query) of the page shown now. */
    public String currentPath() {
        URI uri = URI.create(driver.getCurrentUrl());
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    public String text() {
        return driver.findElement(By.tagName("body")).getText();
    }

    /** The axe-core violations of WCAG 2.0/2.1 A and AA rules on the page shown now, one line each. */
    @SuppressWarnings("unchecked")
    public List<String> accessibilityViolations() {
        driver.executeScript(axeSource());
        Object result = driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
                        + ".then(r => done(r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' — '"
                        + " + v.nodes.slice(0, 5).map(n => n.target.join(' ')).join(' | '))))"
                        + ".catch(e => done(['axe failed: ' + e]));");
        return new ArrayList<>((List<String>) result);
    }

    /** Fails, naming every violation and the page, unless axe-core finds none. */
    public void assertAccessible() {
        List<String> violations;
        try {
            violations = accessibilityViolations();
        } catch (org.openqa.selenium.JavascriptException | org.openqa.selenium.ScriptTimeoutException e) {
            // the page replaced itself while axe ran (a page that follows a job reloads when it is done): check the
            // page it became
            waitForPage();
            violations = accessibilityViolations();
        }
        assertThat(violations).as("axe-core WCAG 2.1 AA violations on %s", currentPath()).isEmpty();
    }

    public byte[] screenshot() {
        return driver.getScreenshotAs(OutputType.BYTES);
    }

    /**
     * Fetches a link as the browser's user would download it: same session cookies, no redirects followed.
     * Chromium headless does not hand downloaded files to the test, so the bytes come over HTTP here.
     */
    public HttpResponse<byte[]> download(String href) {
        String cookies = driver.manage().getCookies().stream().map(c -> c.getName() + "=" + c.getValue())
                .collect(Collectors.joining("; "));
        URI uri = URI.create(driver.getCurrentUrl()).resolve(href);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(120));
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookies);
        }
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Map<String, String> cookies() {
        return driver.manage().getCookies().stream().collect(Collectors.toMap(Cookie::getName, Cookie::getValue));
    }

    private static String axeSource() {
        try (InputStream in = Browser.class.getClassLoader().getResourceAsStream(AXE)) {
            if (in == null) {
                throw new IllegalStateException("axe-core WebJar missing from the test class path: " + AXE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            try (var files = Files.walk(profile)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException ignored) {
                // a leftover temp profile is harmless
            }
        }
    }
}
