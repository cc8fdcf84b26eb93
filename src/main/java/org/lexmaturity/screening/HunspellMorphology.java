package org.lexmaturity.screening;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.analysis.hunspell.Dictionary;
import org.apache.lucene.analysis.hunspell.Hunspell;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Swedish base forms through Lucene's Hunspell with a system dictionary (Debian {@code hunspell-sv}):
 * "handlingarna" → handling, "undertecknas" → underteckna. Swedish has no case to report.
 */
final class HunspellMorphology implements Morphology {
    private final Hunspell hunspell;
    private final String language;
    private final String description;

    private HunspellMorphology(Hunspell hunspell, String language, String description) {
        this.hunspell = hunspell;
        this.language = language;
        this.description = description;
    }

    /**
     * Reads {@code name}.aff and {@code name}.dic from {@code folder}.
     *
     * @throws IOException when they are missing or cannot be read
     */
    static HunspellMorphology open(Path folder, String name, String language) throws IOException {
        Path aff = folder.resolve(name + ".aff");
        Path dic = folder.resolve(name + ".dic");
        try (InputStream a = Files.newInputStream(aff); InputStream d = Files.newInputStream(dic)) {
            Dictionary dictionary = new Dictionary(new ByteBuffersDirectory(), "hunspell", a, d);
            return new HunspellMorphology(new Hunspell(dictionary), language, "Hunspell " + name + " (Swedish)");
        } catch (java.text.ParseException e) {
            throw new IOException(aff + ": not a Hunspell dictionary: " + e.getMessage(), e);
        }
    }

    @Override
    public String language() {
        return language;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public List<WordAnalysis> analyse(String word) {
        List<String> roots;
        synchronized (this) {
            roots = hunspell.getRoots(word);
        }
        List<WordAnalysis> out = new ArrayList<>(roots.size());
        for (String r : roots) {
            WordAnalysis a = new WordAnalysis(r.toLowerCase(Locale.ROOT), "");
            if (!out.contains(a)) {
                out.add(a);
            }
        }
        return out;
    }
}
