package org.lexmaturity.web.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.lexmaturity.demo.DemoData;
import org.lexmaturity.store.Ontology;
import org.lexmaturity.store.Store;
import org.lexmaturity.store.StoreConfig;
import org.lexmaturity.auth.Role;
import org.lexmaturity.web.TestUsers;
import org.lexmaturity.web.WebServer;
import org.openqa.selenium.By;

/**
 * One server with the demo data, shared by every browser test class of a run (loading the demo takes seconds; each
 * browser test starts its own Chromium). Tests that change data use their own ids, so they do not disturb each other.
 * It has one account per role, named after the role ({@code reader}, {@code analyst}, {@code admin}) with the password
 * {@link TestUsers#PASSWORD}; {@link #signIn} signs a browser in through the real sign-in form.
 */
public final class DemoSite {
    private static Store store;
    private static WebServer server;

    private DemoSite() {}

    public static synchronized String base() {
        if (server == null) {
            try {
                Path data = Files.createTempDirectory("lexmaturity-ui");
                store = Store.open(new StoreConfig(data, StoreConfig.DEFAULT_BASE_IRI));
                Ontology.install(store);
                DemoData.loadIntoEmpty(store, s -> { });
                TestUsers.create(store);
                server = WebServer.start(store, "127.0.0.1", 0);
                Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                    server.close();
                    store.close();
                }));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return "http://127.0.0.1:" + server.port();
    }

    /** A new browser, signed in as the account of {@code role} through the {@code /login} form. */
    public static Browser browserAs(Role role) {
        Browser browser = Browser.start(base());
        try {
            signIn(browser, role);
            return browser;
        } catch (RuntimeException | AssertionError e) {
            browser.close();
            throw e;
        }
    }

    /** Fills in and sends the sign-in form, and waits until the page shows the user as signed in. */
    public static void signIn(Browser browser, Role role) {
        browser.open("/login");
        browser.find(By.id("username")).sendKeys(role.id());
        browser.find(By.id("password")).sendKeys(TestUsers.PASSWORD);
        browser.clickAndWaitFor(browser.find(By.cssSelector("main form button[type=submit]")),
                Browser.element(By.cssSelector("form.sign-out")));
    }

    public static synchronized Store store() {
        base();
        return store;
    }
}
