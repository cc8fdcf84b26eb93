package org.lexmaturity.ingest;

import org.lexmaturity.imports.ImportReport;
import org.lexmaturity.imports.ImportRun;
import org.lexmaturity.imports.ProgressLines;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexmaturity.TestStores;
import org.lexmaturity.TestData;
import org.lexmaturity.statutes.ActNumber;
import org.lexmaturity.statutes.StatuteCatalog;
import org.lexmaturity.statutes.StatuteCatalog.ActDetail;
import org.lexmaturity.statutes.StatuteCatalog.Provision;
import org.lexmaturity.store.Ontology;
import org.lexmaturity.store.Store;
import org.lexmaturity.store.StoreConfig;
import org.lexmaturity.store.StoreStats;

/** Statute import into a real TDB2 store in a temporary folder. */
class StatuteImportTest {
    @TempDir
    Path dir;
    Store store;
    List<String> progress = new ArrayList<>();

    @BeforeEach
    void open() {
        store = TestStores.open(dir, StoreConfig.DEFAULT_BASE_IRI);
        Ontology.install(store);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private ImportReport importPaths(Path... paths) {
        return StatuteImport.create(store, progress::add).importPaths(List.of(paths));
    }

    private ActDetail act(String yearSlashNumber) {
        Optional<ActDetail> act = new StatuteCatalog(store).get(ActNumber.parseYearFirst(yearSlashNumber));
        assertThat(act).as(yearSlashNumber).isPresent();
        return act.get();
    }

    private static List<Provision> sections(List<Provision> parts) {
        List<Provision> out = new ArrayList<>();
        for (Provision p : parts) {
            if (p.kind().equals("ART")) {
                out.add(p);
            }
            out.addAll(sections(p.children()));
        }
        return out;
    }

    @Test
    void mergesTheFinnishAndSwedishFilesIntoOneActWithItsFinlexEli() {
        ImportReport summary = importPaths(TestData.path("legislation/finlex-xml/asd-fi-2003-0013.xml"),
                TestData.path("legislation/finlex-xml/asd-sv-2003-0013.xml"));
        assertThat(summary.refused()).isEmpty();
        assertThat(summary.written()).isEqualTo(1);

        ActDetail act = act("2003/13");
        assertThat(act.iri()).isEqualTo("http://data.finlex.fi/eli/sd/2003/13");
        assertThat(act.title("fi")).isEqualTo("Laki sähköisestä asioinnista viranomaistoiminnassa");
        assertThat(act.title("sv")).startsWith("Lag om elektronisk kommunikation");
        assertThat(act.ministry()).isEqualTo("Ministry of Justice");
        List<Provision> sections = sections(act.parts());
        assertThat(sections).hasSize(25);
        Provision s9 = sections.get(8);
        assertThat(s9.number()).isEqualTo("9");
        assertThat(s9.children()).allSatisfy(sub -> {
            assertThat(sub.text("fi")).isNotBlank();
            assertThat(sub.text("sv")).isNotBlank();
        });
        StoreStats stats = StoreStats.of(store);
        assertThat(stats.acts()).isEqualTo(1);
        assertThat(stats.provisions()).isEqualTo(25);
        assertThat(stats.languages()).containsEntry("fi", 1L).containsEntry("sv", 1L);
    }

    @Test
    void reimportingAnActReplacesItInsteadOfDoublingIt() {
        Path fi = TestData.path("legislation/finlex-xml/asd-fi-2019-0906.xml");
        Path sv = TestData.path("legislation/finlex-xml/asd-sv-2019-0906.xml");
        importPaths(fi, sv);
        StoreStats first = StoreStats.of(store);
        List<StatuteCatalog.Hit> hitsBefore = new StatuteCatalog(store).search("tietosuojavaltuutettu", "fi", 100);

        ImportReport again = importPaths(sv, fi);
        assertThat(again.replaced()).isEqualTo(1);
        StoreStats second = StoreStats.of(store);
        assertThat(second.triples()).isEqualTo(first.triples());
        assertThat(second.provisions()).isEqualTo(30);
        // the text index holds each provision once, not once per import
        assertThat(new StatuteCatalog(store).search("tietosuojavaltuutettu", "fi", 100)).hasSameSizeAs(hitsBefore);
        assertThat(sections(act("2019/906").parts())).hasSize(30)
                .allSatisfy(s -> assertThat(s.children()).isNotEmpty());
    }

    @Test
    void aProvisionGoneFromBothReimportedVersionsGoesWithItsTextsAndTheirIndexEntries() throws Exception {
        Path fi = TestData.path("legislation/finlex-xml/asd-fi-2019-0906.xml");
        Path sv = TestData.path("legislation/finlex-xml/asd-sv-2019-0906.xml");
        importPaths(fi, sv);
        StatuteCatalog catalog = new StatuteCatalog(store);
        assertThat(catalog.search("informationshanteringsmodell", "sv", 100))
                .anyMatch(h -> h.text().contains("Informationshanteringsenheterna ska inom 12 månader"));
        StoreStats before = StoreStats.of(store);

        // the Finnish version again, without its 30 §: the Swedish text of 30 § stays (nothing of a language is
        // dropped by the other's file), and the section is marked as one the Finnish version lacks
        ImportReport again = importPaths(without30(fi));
        assertThat(again.refused()).isEmpty();
        assertThat(again.replaced()).isEqualTo(1);
        Provision kept = sections(act("2019/906").parts()).stream().filter(s -> s.number().equals("30")).findFirst().orElseThrow();
        assertThat(kept.children()).allSatisfy(sub -> {
            assertThat(sub.text("fi")).isEmpty();
            assertThat(sub.text("sv")).isNotBlank();
        });
        assertThat(again.notices()).anySatisfy(n -> assertThat(n).contains("30 §").contains("no text in fi"));

        // then the Swedish version without it: the section is gone from both, with its index entries
        importPaths(without30(sv));
        assertThat(sections(act("2019/906").parts())).hasSize(29).noneMatch(s -> s.number().equals("30"));
        assertThat(StoreStats.of(store).provisions()).isEqualTo(before.provisions() - 1);
        assertThat(catalog.search("informationshanteringsmodell", "sv", 100))
                .noneMatch(h -> h.text().contains("Informationshanteringsenheterna ska inom 12 månader"));
        // the other sections keep both languages
        assertThat(sections(act("2019/906").parts()).get(0).children()).allSatisfy(sub -> {
            assertThat(sub.text("fi")).isNotBlank();
            assertThat(sub.text("sv")).isNotBlank();
        });
    }

    private Path without30(Path file) throws Exception {
        String text = Files.readString(file);
        String without = text.replaceFirst("(?s)<saa:Pykala[^>]*identifiointiTunnus=\"30 §\">.*?</saa:Pykala>", "");
        assertThat(without).isNotEqualTo(text);
        Path shorter = dir.resolve("without-30").resolve(file.getFileName());
        Files.createDirectories(shorter.getParent());
        Files.writeString(shorter, without);
        return shorter;
    }

    @Test
    void importsTheThreeFinlexAknSamplesWithTheirEliIris() {
        ImportReport summary = importPaths(TestData.path("legislation/finlex-akn"));
        assertThat(summary.refused()).isEmpty();
        assertThat(summary.written()).isEqualTo(3);
        for (int n = 1; n <= 3; n++) {
            assertThat(act("2026/" + n).iri()).isEqualTo("http://data.finlex.fi/eli/sd/2026/" + n);
        }
        assertThat(act("2026/1").type()).isEqualTo("decree");
        assertThat(act("2026/1").ministry()).isEqualTo("Ministry of the Interior");
        assertThat(act("2026/1").versions()).extracting(StatuteCatalog.Version::iri)
                .containsExactly("http://data.finlex.fi/eli/sd/2026/1/alkup/fin");
    }

    @Test
    void importsEveryActOfTheFinlex2019BulkDownloadInOneTransaction() {
        Path tarball = TestData.path("legislation/finlex-xml/asd-fi-2019.tar.gz");
        ImportReport summary = importPaths(tarball);
        assertThat(summary.units()).isEqualTo(1596);
        assertThat(summary.refused()).as("refused files").isEmpty();
        assertThat(summary.written()).isEqualTo(1596);
        // progress every 200 files from inside the open transaction, then the commit
        assertThat(progress).hasSize(1596 / ProgressLines.EVERY + 1);
        assertThat(progress.get(0)).contains("200 files read").contains("not yet committed");
        assertThat(progress).last().asString().startsWith("Statute import: committed 1596 acts from 1596 files");
        assertThat(sections(act("2019/906").parts())).hasSize(30);
        assertThat(StoreStats.of(store).acts()).isEqualTo(1596);
    }

    @Test
    void aRefusedFileWritesNothingOfTheWholeImportAndListsEveryProblem(@TempDir Path folder) throws Exception {
        importPaths(TestData.path("legislation/finlex-xml/asd-fi-2003-0013.xml"));
        StoreStats before = StoreStats.of(store);
        List<String> hitsBefore = searchTexts("kirjallisesti");
        java.nio.file.Files.copy(TestData.path("legislation/finlex-xml/asd-fi-2019-0906.xml"), folder.resolve("a-good.xml"));
        java.nio.file.Files.copy(TestData.path("legislation/finlex-xml/asd-sv-2003-0013.xml"), folder.resolve("b-good.xml"));
        java.nio.file.Files.copy(TestData.fixture("bad/unknown-format.txt"), folder.resolve("c-bad.txt"));
        java.nio.file.Files.copy(TestData.fixture("bad/akn-without-title.xml"), folder.resolve("d-bad.xml"));

        ImportReport summary = importPaths(folder);
        assertThat(summary.units()).isEqualTo(4);
        assertThat(summary.written()).isZero();
        assertThat(summary.refused()).extracting(ImportReport.Refusal::source).containsExactly("c-bad.txt", "d-bad.xml");
        assertThat(summary.refused().get(1).message()).contains("fails the SHACL shapes");
        // the two good files were written inside the transaction before the refusal; the abort took them back
        StoreStats after = StoreStats.of(store);
        assertThat(after.triples()).isEqualTo(before.triples());
        assertThat(after.acts()).isEqualTo(1);
        assertThat(after.languages()).containsOnlyKeys("fi");
        // and the text index too: no Swedish text, the Finnish hits as before
        assertThat(new StatuteCatalog(store).search("handling", "sv", 50)).isEmpty();
        assertThat(searchTexts("kirjallisesti")).isEqualTo(hitsBefore);

        ImportReport rest = StatuteImport.create(store, ImportRun.WhenRefused.WRITE_THE_REST, progress::add).importPaths(List.of(folder));
        assertThat(rest.written()).isEqualTo(2);
        assertThat(rest.replaced()).isEqualTo(1);
        assertThat(rest.refused()).hasSize(2);
        assertThat(StoreStats.of(store).acts()).isEqualTo(2);
        assertThat(new StatuteCatalog(store).search("handling", "sv", 50)).isNotEmpty();
    }

    private List<String> searchTexts(String word) {
        return new StatuteCatalog(store).search(word, "fi", 100).stream().map(StatuteCatalog.Hit::text).sorted().toList();
    }

    @Test
    void importsEliRdfInTurtleAndJsonLd() {
        ImportReport summary = importPaths(TestData.fixture("eli"));
        assertThat(summary.refused()).isEmpty();
        assertThat(summary.written()).isEqualTo(2);
        ActDetail act = act("2020/9901");
        assertThat(act.iri()).isEqualTo("https://example.org/eli/fi/2020/9901");
        assertThat(act.title("sv")).isEqualTo("Lag om registret över testmaterial");
        assertThat(act.parts()).hasSize(1);
        assertThat(act.parts().get(0).children()).extracting(p -> p.text("fi"))
                .containsExactly("Hakemus on tehtävä kirjallisesti rekisteriviranomaiselle.",
                        "Rekisteriviranomainen saa luovuttaa tietoja salassapitosäännösten estämättä teknisen käyttöyhteyden avulla.");
        assertThat(sections(act("2021/9902").parts())).hasSize(1);
    }

    @Test
    void findsOtherInflectionsOfAFinnishWordInFullTextSearch() {
        importPaths(TestData.path("legislation/finlex-xml/asd-fi-2003-0013.xml"),
                TestData.path("legislation/finlex-xml/asd-sv-2003-0013.xml"));
        StatuteCatalog catalog = new StatuteCatalog(store);
        // 13/2003 never says "kirjallisesti", but its provisions say "kirjalliseen" (4 §) and "kirjallisesta" (9 §)
        List<String> texts = catalog.search("kirjallisesti", "fi", 50).stream().map(StatuteCatalog.Hit::text).toList();
        assertThat(texts).noneMatch(t -> t.contains("kirjallisesti"));
        assertThat(texts).anyMatch(t -> t.contains("kirjalliseen"));
        assertThat(texts).anyMatch(t -> t.contains("kirjallisesta"));
        // the Finnish search does not look into the Swedish texts
        assertThat(catalog.search("handlingar", "fi", 50)).isEmpty();
        // the Swedish analyser finds "handlingar" for "handling"
        assertThat(catalog.search("handling", "sv", 50)).extracting(StatuteCatalog.Hit::text).anyMatch(t -> t.contains("handlingar"));
    }
}
