package org.lexmaturity.evaluation;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.lexmaturity.ingest.StatuteFormats;
import org.lexmaturity.ingest.StatuteSource;
import org.lexmaturity.statutes.ActExpression;

/**
 * The statute book corpus as Finlex publishes it: one archive per language and year ({@code asd-fi-2019.tar.gz}) of
 * Finlex XML files ({@code asd20190171.xml}). Read one archive at a time, in one pass.
 */
public final class StatuteBook {
    private final Path dir;

    public StatuteBook(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("no statute book corpus folder at " + dir.getFileName()
                    + ": give the folder of the asd-LANG-YEAR.tar.gz archives");
        }
        this.dir = dir;
    }

    public Path archive(String lang, int year) {
        return dir.resolve("asd-" + lang + "-" + year + ".tar.gz");
    }

    /** The entry name of an act's file: {@code asd20190171.xml}. */
    public static String entryName(int year, String number) {
        String digits = number.replaceAll("\\D", "");
        return "asd" + year + "0".repeat(Math.max(0, 4 - digits.length())) + number + ".xml";
    }

    /**
     * Reads every act of one year in one language whose entry is in {@code entries} (all when null), in archive
     * order. A file the readers refuse is skipped: it is not a statute (the import lists such files).
     */
    public void forEach(String lang, int year, Set<String> entries, Consumer<ActExpression> sink) {
        Path archive = archive(lang, year);
        if (!Files.exists(archive)) {
            return;
        }
        try (InputStream in = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(archive)));
             TarArchiveInputStream tar = new TarArchiveInputStream(in)) {
            TarArchiveEntry e;
            while ((e = tar.getNextEntry()) != null) {
                String name = e.getName().substring(e.getName().lastIndexOf('/') + 1);
                if (e.isDirectory() || !name.endsWith(".xml") || entries != null && !entries.contains(name)) {
                    continue;
                }
                List<ActExpression> acts;
                try {
                    acts = StatuteFormats.read(new StatuteSource(archive.getFileName() + "!" + name, tar.readAllBytes()));
                } catch (RuntimeException refused) {
                    continue;
                }
                acts.forEach(sink);
            }
        } catch (IOException ex) {
            throw new UncheckedIOException(archive.getFileName() + ": " + ex.getMessage(), ex);
        }
    }

    /** The sections of the given acts' files in one language and year. */
    public List<SectionText> sections(String lang, int year, Set<String> entries) {
        List<SectionText> out = new ArrayList<>();
        forEach(lang, year, entries, e -> out.addAll(Sections.of(e)));
        return out;
    }
}
