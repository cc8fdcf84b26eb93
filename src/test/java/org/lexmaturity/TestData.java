package org.lexmaturity;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The real third-party test material ({@code shared/testdata}), found through the system property
 * {@code lexmaturity.testdata}. Tests that need it are skipped, with a message saying so, where it is absent.
 */
public final class TestData {

    public static Path path(String relative) {
        String root = System.getProperty("lexmaturity.testdata", "");
        Path p = root.isEmpty() ? Path.of("/nonexistent") : Path.of(root).resolve(relative);
        assumeTrue(Files.exists(p), () -> "Skipped: third-party test material not found at " + p
                + " (set -Dlexmaturity.testdata=…/shared/testdata)");
        return p;
    }

    /** A fixture written by the project, under src/test/resources/fixtures. */
    public static Path fixture(String name) {
        try {
            return Path.of(Objects.requireNonNull(TestData.class.getResource("/fixtures/" + name), name).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private TestData() {}
}
