package org.lexmaturity.web.http;

import java.util.regex.Pattern;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Uploaded files waiting for the user to confirm an import after its preview. Each is kept in a private temporary
 * folder under a random token for a bounded time, then deleted; the file name on disk is the token, never a name
 * the user chose, and a token is checked against its own alphabet before it comes near a path. Thread-safe.
 */
public final class StagedUploads {
    public static final Duration KEEP = Duration.ofMinutes(30);
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{32}");

    /** What was uploaded: the file's original name (shown, never used as a path), the optional mapping, who and when. */
    public record Staged(String token, String fileName, Optional<String> mappingYaml, String mappingName, int threshold,
                  String uploadedBy, Instant at) {}

    private final Path folder;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Staged> staged = new ConcurrentHashMap<>();

    public StagedUploads(Clock clock) {
        try {
            this.folder = Files.createTempDirectory("lexmaturity-staged");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the folder for staged uploads", e);
        }
        this.clock = clock;
    }

    /** Keeps the bytes and returns the entry with its new token. */
    public Staged put(String fileName, byte[] bytes, Optional<String> mappingYaml, String mappingName, int threshold, String uploadedBy) {
        purgeExpired();
        byte[] raw = new byte[24];
        random.nextBytes(raw);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(raw);
        try {
            Files.write(path(token), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the upload", e);
        }
        Staged s = new Staged(token, fileName, mappingYaml, mappingName, threshold, uploadedBy, clock.instant());
        staged.put(token, s);
        return s;
    }

    /**
     * Takes a staged upload out (it can be confirmed once): its entry and bytes, if the token is known, not expired,
     * and was uploaded by the same user.
     */
    public Optional<Map.Entry<Staged, byte[]>> take(String token, String user) {
        purgeExpired();
        if (token == null || !TOKEN.matcher(token).matches()) {
            return Optional.empty();
        }
        Staged s = staged.get(token);
        if (s == null || !Objects.equals(s.uploadedBy(), user) || !staged.remove(token, s)) {
            return Optional.empty();
        }
        try {
            byte[] bytes = Files.readAllBytes(path(token));
            return Optional.of(Map.entry(s, bytes));
        } catch (IOException e) {
            return Optional.empty();
        } finally {
            delete(token);
        }
    }

    /** Deletes every upload older than {@link #KEEP}. */
    void purgeExpired() {
        Instant limit = clock.instant().minus(KEEP);
        staged.values().removeIf(s -> {
            if (s.at().isBefore(limit)) {
                delete(s.token());
                return true;
            }
            return false;
        });
    }

    private Path path(String token) {
        return folder.resolve(token + ".upload");
    }

    private void delete(String token) {
        try {
            Files.deleteIfExists(path(token));
        } catch (IOException ignored) {
            // the temporary folder is cleaned by the system in the end
        }
    }
}
