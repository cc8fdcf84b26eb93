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
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
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

    /** How long a wait for what a test expects to see may take before the test fails, naming the page shown. */
    static final Duration WAIT = Duration.ofSeconds(30);

    /**
     * Loads a page of the site. {@code driver.get} itself returns only once the page has loaded (Chromium's normal
     * page-load strategy), redirects followed, so there is nothing more to wait for.
     */
    public Browser open(String path) {
        driver.get(base + path);
        return this;
    }

    /**
     * What a test waits for on the page shown: a description for the failure message and the check, which holds once
     * it returns something other than null or false.
     */
    public record Condition<T>(String description, Function<WebDriver, T> check) {
        @Override
        public String toString() {
            return description;
        }
    }

    /** A condition of one's own. */
    public static <T> Condition<T> when(String description, Function<WebDriver, T> check) {
        return new Condition<>(description, check);
    }

    /** The page shown has this path and query, exactly (as {@link #currentPath()} gives it). */
    public static Condition<String> path(String pathAndQuery) {
        return when("the path " + pathAndQuery, d -> pathOf(d).equals(pathAndQuery) ? pathAndQuery : null);
    }

    /** The page shown has a path (and query) that starts with {@code prefix}. */
    public static Condition<String> pathStartingWith(String prefix) {
        return when("a path starting with " + prefix, d -> pathOf(d).startsWith(prefix) ? pathOf(d) : null);
    }

    /** The page shown has a path and query that contain {@code part} (e.g. a query parameter as the URL carries it). */
    public static Condition<String> pathContaining(String part) {
        return when("a path containing " + part, d -> pathOf(d).contains(part) ? pathOf(d) : null);
    }

    /** An element matching {@code by} is on the page shown; the wait gives the first one. */
    public static Condition<WebElement> element(By by) {
        return when("an element " + by, d -> d.findElements(by).stream().findFirst().orElse(null));
    }

    /** The text of the first element matching {@code by} satisfies {@code test}; the wait gives that element. */
    public static Condition<WebElement> text(By by, String description, Predicate<String> test) {
        return when("an element " + by + " whose text " + description, d -> d.findElements(by).stream().findFirst()
                .filter(e -> test.test(e.getText())).orElse(null));
    }

    /** The text of the first element matching {@code by} is exactly {@code expected}. */
    public static Condition<WebElement> textIs(By by, String expected) {
        return text(by, "is '" + expected + "'", expected::equals);
    }

    /** An attribute of the first element matching {@code by} is exactly {@code expected}. */
    public static Condition<WebElement> attribute(By by, String name, String expected) {
        return when("an element " + by + " with " + name + "='" + expected + "'", d -> d.findElements(by).stream()
                .findFirst().filter(e -> expected.equals(e.getAttribute(name))).orElse(null));
    }

    /** Both conditions hold on the page shown; the wait gives what the second gives. */
    public static <T> Condition<T> both(Condition<?> first, Condition<T> second) {
        return when(first.description() + " and " + second.description(), d -> {
            Object a = first.check().apply(d);
            return a == null || Boolean.FALSE.equals(a) ? null : second.check().apply(d);
        });
    }

    /**
     * Clicks what leads to a new page (a link, a form's button) and waits until that page is there: until the old page
     * is gone and {@code newPage} holds on the page that replaced it. Fails, naming the page shown, when either does
     * not come within {@link #WAIT}; a click that does not navigate is such a failure.
     */
    public <T> T clickAndWaitFor(WebElement target, Condition<T> newPage) {
        return andWaitFor("clicking " + describe(target), target::click, newPage);
    }

    /**
     * Does what leads to a new page ({@code what}: e.g. pressing Enter in a form) and waits, as
     * {@link #clickAndWaitFor}, until the old page is gone and {@code newPage} holds on the new one.
     */
    public <T> T andWaitFor(String what, Runnable action, Condition<T> newPage) {
        WebElement oldPage = driver.findElement(By.tagName("html"));
        action.run();
        return waitFor("after " + what, when("the page to change, then " + newPage.description(),
                d -> isGone(oldPage) ? newPage.check().apply(d) : null));
    }

    /**
     * Waits until {@code condition} holds on the page shown (which need not change: e.g. a script's answer), failing
     * with the page shown; a stale element met on the way (the script redrew the page) means "not yet".
     */
    public <T> T waitFor(Condition<T> condition) {
        return waitFor(WAIT, "", condition);
    }

    /** As {@link #waitFor(Condition)}, for something known to take longer than {@link #WAIT}. */
    public <T> T waitFor(Duration timeout, Condition<T> condition) {
        return waitFor(timeout, "", condition);
    }

    private <T> T waitFor(String after, Condition<T> condition) {
        return waitFor(WAIT, after, condition);
    }

    private <T> T waitFor(Duration timeout, String after, Condition<T> condition) {
        try {
            return new WebDriverWait(driver, timeout).ignoring(StaleElementReferenceException.class)
                    .until(d -> condition.check().apply(d));
        } catch (TimeoutException e) {
            throw new AssertionError("waited " + timeout.toSeconds() + " s" + (after.isEmpty() ? "" : " " + after) + " for "
                    + condition.description() + "; the page shown is " + shown(), e);
        }
    }

    /** The page shown, for a failure message: its path and the start of its text. */
    private String shown() {
        try {
            String text = text().strip().replaceAll("\\s+", " ");
            return currentPath() + ": \"" + (text.length() > 400 ? text.substring(0, 400) + "…" : text) + "\"";
        } catch (RuntimeException e) {
            return "unknown (" + String.valueOf(e.getMessage()).lines().findFirst().orElse("") + ")";
        }
    }

    private static String describe(WebElement target) {
        try {
            String label = target.getText().strip();
            return "<" + target.getTagName() + ">" + (label.isEmpty() ? "" : " '" + label + "'");
        } catch (RuntimeException e) {
            return "an element";
        }
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

    /** Until the document shown is complete; only for a page that has already replaced itself (see assertAccessible). */
    private void waitUntilComplete() {
        waitFor(when("the document to be complete", d ->
                "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState"))));
    }

    public WebElement find(By by) {
        return new WebDriverWait(driver, WAIT).until(d -> d.findElement(by));
    }

    /** The path (and query) of the page shown now. */
    public String currentPath() {
        return pathOf(driver);
    }

    private static String pathOf(WebDriver d) {
        URI uri = URI.create(d.getCurrentUrl());
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
            waitUntilComplete();
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
