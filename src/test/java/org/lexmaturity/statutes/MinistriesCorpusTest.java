package org.lexmaturity.statutes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lexmaturity.TestData;
import org.lexmaturity.ingest.StatuteFormats;
import org.lexmaturity.ingest.StatuteSource;

/**
 * The minister titles of {@code ontology/ministries.ttl} against the real statute book: every act of 2019 (Finnish and
 * Swedish) that a minister signed gets its ministry from the titles of its signatories as the importer reads them,
 * the two languages never disagree, and the referendaries' titles stay unknown.
 */
class MinistriesCorpusTest {
    private static final String ORG = "https://w3id.org/lexmaturity/ns/org/fi/";
    private static final int YEAR = 2019;
    private static final Ministries MINISTRIES = Ministries.load();
    /** file name (asd20190906.xml) → the titles of its signatories, per language */
    private static Map<String, List<String>> fi;
    private static Map<String, List<String>> sv;

    @BeforeAll
    static void read() throws IOException {
        fi = signers("fi", YEAR, null);
        sv = signers("sv", YEAR, null);
    }

    /** The signatories' titles of the acts of one archive of the corpus, or of the one file {@code only}. */
    private static Map<String, List<String>> signers(String lang, int year, String only) throws IOException {
        Path archive = TestData.path("legislation/finlex-corpus/asd-" + lang + "-" + year + ".tar.gz");
        Map<String, List<String>> acts = new TreeMap<>();
        try (InputStream in = new GZIPInputStream(new BufferedInputStream(Files.newInputStream(archive)));
             TarArchiveInputStream tar = new TarArchiveInputStream(in)) {
            TarArchiveEntry e;
            while ((e = tar.getNextEntry()) != null) {
                String name = e.getName().substring(e.getName().lastIndexOf('/') + 1);
                if (!e.isFile() || !name.endsWith(".xml") || only != null && !only.equals(name)) {
                    continue;
                }
                List<ActExpression> read = StatuteFormats.read(new StatuteSource(archive.getFileName() + "!" + e.getName(), tar.readAllBytes()));
                acts.put(name, read.get(0).signerRoles());
            }
        }
        return acts;
    }

    /** A minister's title, portfolio named: not a ministry's name ("ministeriön", "ministeriets"), not a bare "Ministeri". */
    private static boolean minister(String lang, String title) {
        String t = title.toLowerCase(Locale.ROOT).strip();
        return t.contains(lang.equals("fi") ? "ministeri" : "minister") && !t.contains("ministeriö") && !t.contains("ministeriet")
                && !t.equals("ministeri") && !t.equals("minister");
    }

    private static Optional<String> ministry(List<String> titles) {
        return MINISTRIES.responsibleFor(titles).map(Node::getURI).map(uri -> uri.substring(ORG.length()));
    }

    @Test
    void everyActAMinisterSignedHasItsMinistry() {
        for (Map.Entry<String, Map<String, List<String>>> lang : Map.of("fi", fi, "sv", sv).entrySet()) {
            Map<String, List<String>> signed = new TreeMap<>(lang.getValue());
            signed.values().removeIf(titles -> titles.stream().noneMatch(t -> minister(lang.getKey(), t)));
            assertThat(signed).as("acts of %d signed by a minister (%s)", YEAR, lang.getKey()).hasSizeGreaterThan(1400);
            Map<String, List<String>> without = new TreeMap<>(signed);
            without.values().removeIf(titles -> ministry(titles).isPresent());
            assertThat(without).as("acts of %d (%s) whose minister's title ministries.ttl does not know", YEAR, lang.getKey()).isEmpty();
        }
    }

    @Test
    void theFinnishAndTheSwedishSignaturesNeverGiveDifferentMinistries() {
        assertThat(sv.keySet()).isEqualTo(fi.keySet());
        Map<String, String> differ = new TreeMap<>();
        fi.forEach((name, titles) -> {
            // where one file lacks the minister's title (asd20191001.xml: the Swedish one is empty), the other decides
            Optional<String> a = ministry(titles);
            Optional<String> b = ministry(sv.get(name));
            if (a.isPresent() && b.isPresent() && !a.equals(b)) {
                differ.put(name, titles + " → " + ministry(titles) + ", " + sv.get(name) + " → " + ministry(sv.get(name)));
            }
        });
        assertThat(differ).isEmpty();
    }

    @Test
    void onlyMinistersTitlesAreKnown() {
        // Ministries.responsibleFor takes the first known title: a referendary's, or the President's, must stay unknown
        for (Map.Entry<String, Map<String, List<String>>> lang : Map.of("fi", fi, "sv", sv).entrySet()) {
            lang.getValue().values().stream().flatMap(List::stream).distinct()
                    .filter(t -> !t.toLowerCase(Locale.ROOT).contains("minister"))
                    .forEach(t -> assertThat(ministry(List.of(t))).as(t).isEmpty());
        }
        for (String t : List.of("Tasavallan Presidentti", "Republikens President", "Hallitusneuvos", "Esittelijäneuvos",
                "Lainsäädäntöneuvos", "Ylitarkastaja", "Hallitussihteeri", "Lagstiftningsråd", "Regeringsråd",
                "Ministeri", "Minister", "Valtiovarainministeriö")) {
            assertThat(ministry(List.of(t))).as(t).isEmpty();
        }
    }

    @Test
    void knownActsOf2019() {
        // Laki julkisen hallinnon tiedonhallinnasta
        assertThat(ministry(fi.get("asd20190906.xml"))).contains("vm");
        assertThat(ministry(sv.get("asd20190906.xml"))).contains("vm");
        // Laki Syyttäjälaitoksesta
        assertThat(ministry(fi.get("asd20190032.xml"))).contains("om");
        // Laki kuntien kulttuuritoiminnasta: Eurooppa-, kulttuuri- ja urheiluministeri
        assertThat(ministry(fi.get("asd20190166.xml"))).contains("okm");
        // Ympäristöministeriön asetus ympäristöministeriön maksullisista suoritteista: Asunto-, energia- ja ympäristöministeri
        assertThat(ministry(fi.get("asd20190044.xml"))).contains("ym");
        // Tullin hallinnosta: Kunta- ja omistajaohjausministeri
        assertThat(ministry(fi.get("asd20190745.xml"))).contains("vm");
        // Pohjoismaisen yhteistyön ja tasa-arvon ministeri
        assertThat(ministry(fi.get("asd20191494.xml"))).contains("stm");
        assertThat(ministry(sv.get("asd20191494.xml"))).contains("stm");
        // valtioneuvoston kansliasta, signed for the prime minister: "Pääministerin sijainen, elinkeinoministeri"
        assertThat(fi.get("asd20191013.xml")).contains("Pääministerin sijainen, elinkeinoministeri");
        assertThat(ministry(fi.get("asd20191013.xml"))).contains("vnk");
        assertThat(ministry(sv.get("asd20191013.xml"))).contains("vnk");
        // a misprint the statute book has: "Jord och skogsbruksminister"
        assertThat(ministry(sv.get("asd20191111.xml"))).contains("mmm");
        // Verohallinnon päätös, signed by the agency: no minister, no ministry
        assertThat(fi.get("asd20191050.xml")).containsExactly("Pääjohtaja", "Johtava asiantuntija");
        assertThat(ministry(fi.get("asd20191050.xml"))).isEmpty();
    }

    @Test
    void aPortfolioOfTwoMinistriesGoesToItsFirstField() throws IOException {
        // Kuntalaki 410/2015, the Ministry of Finance's act, was signed by the "Liikenne- ja kuntaministeri":
        // transport comes first, so the title gives the Ministry of Transport and Communications (ministries.ttl)
        List<String> kuntalaki = signers("fi", 2015, "asd20150410.xml").get("asd20150410.xml");
        assertThat(kuntalaki).containsExactly("Tasavallan Presidentti", "Liikenne- ja kuntaministeri");
        assertThat(ministry(kuntalaki)).contains("lvm");
        assertThat(ministry(signers("sv", 2015, "asd20150410.xml").get("asd20150410.xml"))).contains("lvm");
    }
}
