package org.lexmaturity.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.lexmaturity.kernel.ByteSize;
import org.lexmaturity.kernel.ImportException;

/**
 * What is given to an import: files and folders named on the command line, or one uploaded body spooled to a file
 * under a name the user gave (only for messages; the content decides what it is).
 *
 * @param name  the name shown in messages
 * @param paths the files and folders; one file for an uploaded body
 * @param body  true for an uploaded body, whose kind (archive or single file) is told from its first bytes
 */
public record Upload(String name, List<Path> paths, boolean body) {
    private static final int HEAD_BYTES = 4096;

    public Upload {
        paths = List.copyOf(paths);
        if (paths.isEmpty()) {
            throw new IllegalArgumentException("an upload names at least one file");
        }
    }

    public static Upload ofFiles(List<Path> paths) {
        return new Upload(paths.size() == 1 ? String.valueOf(paths.get(0).getFileName()) : paths.size() + " paths", paths, false);
    }

    public static Upload ofFile(Path file) {
        return ofFiles(List.of(file));
    }

    /** An uploaded body in {@code file}, named {@code name} by its sender. */
    public static Upload ofBody(String name, Path file) {
        return new Upload(name, List.of(file), true);
    }

    /** The one file of an upload that must be a single file (a survey export, a register). */
    public Path singleFile() {
        if (paths.size() != 1 || Files.isDirectory(paths.get(0))) {
            throw new ImportException(name, "", "give one file, not " + (paths.size() == 1 ? "a folder" : paths.size() + " paths"));
        }
        return paths.get(0);
    }

    /** The first bytes of the single file, for telling its format; empty for folders and several paths. */
    public byte[] head() {
        if (paths.size() != 1 || !Files.isRegularFile(paths.get(0))) {
            return new byte[0];
        }
        try (InputStream in = Files.newInputStream(paths.get(0))) {
            return in.readNBytes(HEAD_BYTES);
        } catch (IOException e) {
            return new byte[0];
        }
    }

    /** The whole single file, refused with a clear message above {@code limit} bytes or when it cannot be read. */
    public byte[] bytes(long limit) {
        Path file = singleFile();
        try {
            if (!Files.isRegularFile(file)) {
                throw new ImportException(name, "", "no such file");
            }
            if (Files.size(file) > limit) {
                throw new ImportException(name, "", "larger than " + ByteSize.of(limit) + ", the limit for this kind of file");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ImportException(name, "", "cannot be read: " + e.getMessage(), e);
        }
    }
}
