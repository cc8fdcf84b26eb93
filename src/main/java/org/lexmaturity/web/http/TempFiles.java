package org.lexmaturity.web.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Uploads kept on disk for a background job: the request's own copy is deleted when the request ends. */
public final class TempFiles {
    private static final Logger LOG = LoggerFactory.getLogger(TempFiles.class);

    private TempFiles() {}

    /** {@code bytes} in a new temporary file. */
    public static Path write(String prefix, byte[] bytes) {
        try {
            return Files.write(Files.createTempFile(prefix, ".upload"), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the upload for its import", e);
        }
    }

    /** {@code file} moved into {@code folder} under a new name, out of reach of the request's clean-up. */
    public static Path keep(Path file, Path folder) {
        try {
            return Files.move(file, Files.createTempFile(folder, "import-", ".upload"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot keep the upload for its import", e);
        }
    }

    /** Deletes a job's file once the job is over; a file that cannot be deleted is only logged. */
    public static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("cannot delete the upload {}", file, e);
        }
    }
}
