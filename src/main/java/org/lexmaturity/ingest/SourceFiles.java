package org.lexmaturity.ingest;

import java.util.Locale;
import org.lexmaturity.kernel.ByteSize;
import org.lexmaturity.imports.ImportReport;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

/**
 * Expands the paths given to an import into single files: folders (recursively, in name order), {@code .tar.gz},
 * {@code .tgz} and {@code .zip} archives (entry by entry, never unpacked to disk), and plain files.
 */
public final class SourceFiles {
    /** No single statute file comes near this; a larger one is refused rather than read into memory. */
    public static final long MAX_FILE_BYTES = 64L * 1024 * 1024;

    private SourceFiles() {}

    /** Calls {@code sink} for each file below {@code paths}, or for each problem as a refusal. */
    public static void forEach(List<Path> paths, Consumer<StatuteSource> sink, Consumer<ImportReport.Refusal> refused) {
        for (Path path : paths) {
            if (!Files.exists(path)) {
                refused.accept(ImportReport.Refusal.of(path.toString(), "no such file or folder"));
            } else if (Files.isDirectory(path)) {
                List<Path> files;
                try (Stream<Path> walk = Files.walk(path)) {
                    files = walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list " + path, e);
                }
                files.forEach(f -> file(f, sink, refused));
            } else {
                file(path, sink, refused);
            }
        }
    }

    /**
     * Calls {@code sink} for each statute file in an upload: a gzipped tar or a zip archive (told from its first
     * bytes, since an upload's name says nothing reliable), or else one file. {@code name} is only for messages.
     */
    public static void forEachInUpload(String name, Path upload, Consumer<StatuteSource> sink, Consumer<ImportReport.Refusal> refused) {
        try {
            byte[] head;
            try (InputStream in = Files.newInputStream(upload)) {
                head = in.readNBytes(4);
            }
            if (head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
                try (InputStream in = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(upload)))) {
                    tar(name, in, sink, refused);
                }
            } else if (head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
                zip(name, upload, sink, refused);
            } else if (Files.size(upload) > MAX_FILE_BYTES) {
                refused.accept(ImportReport.Refusal.of(name, "larger than " + ByteSize.of(MAX_FILE_BYTES)));
            } else {
                sink.accept(new StatuteSource(name, Files.readAllBytes(upload)));
            }
        } catch (IOException e) {
            refused.accept(ImportReport.Refusal.of(name, "cannot read: " + e.getMessage()));
        }
    }

    /**
     * How many files {@link #forEach} will hand on, counted without reading them (archives are listed, which for a
     * gzipped tar means decompressing it once): the total of a progress bar. Unreadable paths count nothing.
     */
    public static int count(List<Path> paths) {
        int n = 0;
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    for (Path f : walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith(".")).toList()) {
                        n += countFile(f);
                    }
                } catch (IOException e) {
                    // counted as nothing: the import itself reports the problem
                }
            } else if (Files.isRegularFile(path)) {
                n += countFile(path);
            }
        }
        return n;
    }

    private static int countFile(Path path) {
        String lower = path.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (lower.endsWith(".tar.gz") || lower.endsWith(".tgz") || lower.endsWith(".tar")) {
                InputStream raw = new BufferedInputStream(Files.newInputStream(path));
                try (TarArchiveInputStream tar = new TarArchiveInputStream(lower.endsWith(".tar") ? raw : new GZIPInputStream(raw))) {
                    int n = 0;
                    TarArchiveEntry entry;
                    while ((entry = tar.getNextEntry()) != null) {
                        n += entry.isFile() ? 1 : 0;
                    }
                    return n;
                }
            }
            if (lower.endsWith(".zip")) {
                try (ZipInputStream zip = new ZipInputStream(new BufferedInputStream(Files.newInputStream(path)))) {
                    int n = 0;
                    ZipEntry entry;
                    while ((entry = zip.getNextEntry()) != null) {
                        n += entry.isDirectory() ? 0 : 1;
                    }
                    return n;
                }
            }
            return 1;
        } catch (IOException e) {
            return 1;
        }
    }

    private static void file(Path path, Consumer<StatuteSource> sink, Consumer<ImportReport.Refusal> refused) {
        String name = path.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        try {
            if (lower.endsWith(".tar.gz") || lower.endsWith(".tgz")) {
                try (InputStream in = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(path)))) {
                    tar(name, in, sink, refused);
                }
            } else if (lower.endsWith(".tar")) {
                try (InputStream in = new BufferedInputStream(Files.newInputStream(path))) {
                    tar(name, in, sink, refused);
                }
            } else if (lower.endsWith(".zip")) {
                zip(name, path, sink, refused);
            } else if (Files.size(path) > MAX_FILE_BYTES) {
                refused.accept(ImportReport.Refusal.of(name, "larger than " + ByteSize.of(MAX_FILE_BYTES)));
            } else {
                sink.accept(new StatuteSource(name, Files.readAllBytes(path)));
            }
        } catch (IOException e) {
            refused.accept(ImportReport.Refusal.of(name, "cannot read: " + e.getMessage()));
        }
    }

    private static void tar(String archive, InputStream in, Consumer<StatuteSource> sink, Consumer<ImportReport.Refusal> refused) throws IOException {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(in)) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                if (!entry.isFile()) {
                    continue;
                }
                String name = archive + "!" + entry.getName();
                if (entry.getSize() > MAX_FILE_BYTES) {
                    refused.accept(ImportReport.Refusal.of(name, "larger than " + ByteSize.of(MAX_FILE_BYTES)));
                    continue;
                }
                sink.accept(new StatuteSource(name, tar.readNBytes((int) entry.getSize())));
            }
        }
    }

    private static void zip(String archive, Path path, Consumer<StatuteSource> sink, Consumer<ImportReport.Refusal> refused) throws IOException {
        try (ZipInputStream zip = new ZipInputStream(new BufferedInputStream(Files.newInputStream(path)))) {
            ZipEntry entry;
            boolean any = false;
            while ((entry = zip.getNextEntry()) != null) {
                any = true;
                if (entry.isDirectory()) {
                    continue;
                }
                String name = archive + "!" + entry.getName();
                // the declared size of a zip entry can lie: read one byte past the limit to know
                byte[] bytes = zip.readNBytes((int) MAX_FILE_BYTES + 1);
                if (bytes.length > MAX_FILE_BYTES) {
                    refused.accept(ImportReport.Refusal.of(name, "larger than " + ByteSize.of(MAX_FILE_BYTES)));
                } else {
                    sink.accept(new StatuteSource(name, bytes));
                }
            }
            if (!any) {
                // ZipInputStream reads a file that is no zip at all as an empty archive: say so rather than import nothing
                refused.accept(ImportReport.Refusal.of(archive, "not a zip archive, or one without any entry"));
            }
        }
    }
}
