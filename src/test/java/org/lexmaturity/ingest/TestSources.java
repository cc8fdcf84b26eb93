package org.lexmaturity.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.lexmaturity.TestData;

/** Single files out of the real archives of the test material, as an import reads them. */
public final class TestSources {
    private TestSources() {}

    /** One file of the statute book corpus: {@code asd-LANG-YEAR.tar.gz!asdYEARNNNN.xml}. */
    public static StatuteSource corpusFile(String lang, int year, int number) throws IOException {
        return entry(TestData.path("legislation/finlex-corpus/asd-" + lang + "-" + year + ".tar.gz"), String.format("asd%d%04d.xml", year, number));
    }

    /** One act of Semantic Finlex's JSON-LD: {@code sd-jsonld-fi.tar.gz!YEAR-NUMBER.jsonld}. */
    public static StatuteSource semanticFinlex(String file) throws IOException {
        return entry(TestData.path("legislation/semantic-finlex/sd-jsonld-fi.tar.gz"), file);
    }

    public static StatuteSource entry(Path archive, String name) throws IOException {
        try (InputStream in = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(archive)));
             TarArchiveInputStream tar = new TarArchiveInputStream(in)) {
            TarArchiveEntry e;
            while ((e = tar.getNextEntry()) != null) {
                if (e.getName().equals(name) || e.getName().endsWith("/" + name)) {
                    return new StatuteSource(archive.getFileName() + "!" + e.getName(), tar.readAllBytes());
                }
            }
        }
        throw new IllegalStateException(name + " not in " + archive);
    }
}
