package org.lexmaturity.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.lexmaturity.imports.ImportReport;
import org.lexmaturity.statutes.Division;
import org.lexmaturity.statutes.StatuteCatalog;
import org.lexmaturity.statutes.StatuteCatalog.ActDetail;
import org.lexmaturity.statutes.StatuteCatalog.Provision;

/**
 * The Finnish and the Swedish file of real acts from the statute book, imported in either order: every text of both
 * languages is kept, on the IRIs Semantic Finlex gives the same provisions.
 */
class BothLanguagesTest extends StatuteStoreTest {
    private static final Pattern SF_SECTION = Pattern.compile("\"isMemberOf\"\\s*:\\s*\"sfsd:(\\d+/\\d+(?:/osa/\\w+)?(?:/luku/\\w+)?/pykala/\\w+)\"");

    static StatuteSource corpusFile(String lang, int year, int number) throws IOException {
        return TestSources.corpusFile(lang, year, number);
    }

    private ImportReport importInOrder(List<StatuteSource> sources) {
        return StatuteImport.create(store, l -> { }).importSources(sources);
    }

    private static long texts(ActDetail act, String lang) {
        return all(act.parts()).stream().filter(p -> !p.text(lang).isEmpty()).count();
    }

    /** How many texts the reader finds in the file: what the store must hold for that language. */
    private static long textsRead(StatuteSource source) {
        return StatuteFormats.read(source).stream().flatMap(e -> e.divisions().stream()).mapToLong(BothLanguagesTest::texts).sum();
    }

    private static long texts(Division d) {
        return (d.text().isEmpty() ? 0 : 1) + d.children().stream().mapToLong(BothLanguagesTest::texts).sum();
    }

    @Test
    void anActWithPartsKeepsBothLanguagesInEitherOrderOnNumberedIris() throws Exception {
        StatuteSource fi = corpusFile("fi", 2006, 624);
        StatuteSource sv = corpusFile("sv", 2006, 624);
        importInOrder(List.of(fi, sv));
        ActDetail first = act("2006/624");
        assertThat(texts(first, "fi")).isEqualTo(textsRead(fi)).isGreaterThan(300);
        assertThat(texts(first, "sv")).isEqualTo(textsRead(sv)).isGreaterThan(300);
        // parts by their numbers, never by the words around them ("II AVDELNINGEN" is part 2, not "ielningen")
        assertThat(first.parts()).extracting(Provision::iri).startsWith("http://data.finlex.fi/eli/sd/2006/624/osa/1",
                "http://data.finlex.fi/eli/sd/2006/624/osa/2");
        Set<String> iris = new HashSet<>(all(first.parts()).stream().map(Provision::iri).toList());
        // both language versions realize the one original version of the act
        assertThat(first.versions()).extracting(StatuteCatalog.Version::version).containsExactly("alkup", "alkup");

        importInOrder(List.of(sv, fi));
        ActDetail second = act("2006/624");
        assertThat(texts(second, "fi")).isEqualTo(textsRead(fi));
        assertThat(texts(second, "sv")).isEqualTo(textsRead(sv));
        assertThat(new HashSet<>(all(second.parts()).stream().map(Provision::iri).toList())).isEqualTo(iris);
    }

    @Test
    void sectionsLandOnTheIrisSemanticFinlexGivesThem() throws Exception {
        // 624/2006 numbers its chapters through the act, so Semantic Finlex leaves the parts out of a section's IRI;
        // 320/2017 starts its chapters again in each part, so they are kept
        for (int[] act : new int[][] {{2006, 624}, {2017, 320}}) {
            importInOrder(List.of(corpusFile("fi", act[0], act[1]), corpusFile("sv", act[0], act[1])));
            Set<String> publisher = semanticFinlexSections(act[0] + "-" + act[1] + ".jsonld");
            List<String> ours = all(act(act[0] + "/" + act[1]).parts()).stream().filter(p -> p.kind().equals("ART"))
                    .map(Provision::iri).toList();
            // Semantic Finlex holds the newest consolidated version: sections since repealed or renumbered are not in it
            long same = ours.stream().filter(publisher::contains).count();
            assertThat(ours).as("sections of %d/%d", act[1], act[0]).isNotEmpty();
            assertThat((double) same / ours.size()).as("share of the sections of %d/%d on Semantic Finlex IRIs", act[1], act[0])
                    .isGreaterThan(0.8);
        }
    }

    @Test
    void whereTheLanguagesDifferInStructureEveryTextOfBothIsKeptAndTheDivergenceIsMarked() throws Exception {
        // 171/2019 § 18 has three subsections in Finnish and two in Swedish
        StatuteSource fi = corpusFile("fi", 2019, 171);
        StatuteSource sv = corpusFile("sv", 2019, 171);
        for (List<StatuteSource> order : List.of(List.of(fi, sv), List.of(sv, fi))) {
            ImportReport report = importInOrder(order);
            ActDetail act = act("2019/171");
            assertThat(texts(act, "fi")).isEqualTo(textsRead(fi));
            assertThat(texts(act, "sv")).isEqualTo(textsRead(sv));
            Provision section = all(act.parts()).stream().filter(p -> p.kind().equals("ART") && p.number().equals("18")).findFirst().orElseThrow();
            assertThat(section.children()).hasSize(3);
            assertThat(section.children().get(2).text("fi")).isNotEmpty();
            assertThat(section.children().get(2).text("sv")).isEmpty();
            assertThat(report.notices()).anySatisfy(n -> assertThat(n).startsWith("171/2019 ").contains("18 §").contains("no text in sv"));
        }
    }

    @Test
    void anActWithoutAMinistryIsOneRowOfTheListAndNamesNoMinistry() throws Exception {
        // 1050/2019 is a decision of the Tax Administration: no minister signed it
        importInOrder(List.of(corpusFile("fi", 2019, 1050), corpusFile("sv", 2019, 1050), corpusFile("fi", 2019, 171)));
        List<StatuteCatalog.ActSummary> acts = new StatuteCatalog(store).page("", "", 1, 50).acts();
        assertThat(acts).extracting(a -> a.number().local()).containsExactlyInAnyOrder("1050/2019", "171/2019");
        assertThat(acts).filteredOn(a -> a.number().local().equals("1050/2019")).singleElement()
                .satisfies(a -> assertThat(a.ministry()).isEmpty());
        assertThat(act("2019/1050").ministry()).isEmpty();
    }

    @Test
    void theActsListSeesAnImportAtOnceAndFiltersByTitleNumberAndMinistry() throws Exception {
        StatuteCatalog catalog = new StatuteCatalog(store);
        importInOrder(List.of(corpusFile("fi", 2019, 171)));
        assertThat(catalog.page("", "", 1, 50).total()).isEqualTo(1);
        // the same catalogue, after another commit: its index of the acts is read again
        importInOrder(List.of(corpusFile("fi", 2019, 1050), corpusFile("fi", 2019, 906)));
        StatuteCatalog.ActPage all = catalog.page("", "", 1, 50);
        assertThat(all.acts()).extracting(a -> a.number().local()).containsExactly("1050/2019", "906/2019", "171/2019");
        assertThat(catalog.page("", "", 2, 2).acts()).extracting(a -> a.number().local()).containsExactly("171/2019");
        assertThat(catalog.page("906/2019", "", 1, 50).acts()).extracting(a -> a.number().local()).containsExactly("906/2019");
        String ministry = all.acts().stream().filter(a -> a.number().local().equals("171/2019")).findFirst().orElseThrow().ministryIri();
        assertThat(ministry).isNotEmpty();
        assertThat(catalog.ministries()).containsKey(ministry);
        assertThat(catalog.page("", ministry, 1, 50).acts()).extracting(a -> a.number().local()).contains("171/2019").doesNotContain("1050/2019");
    }

    @Test
    void fullTextSearchStopsAtItsLimitInEitherLanguage() throws Exception {
        importInOrder(List.of(corpusFile("fi", 2019, 171), corpusFile("sv", 2019, 171)));
        StatuteCatalog catalog = new StatuteCatalog(store);
        // the index is asked for the limit, not every hit then cut: jena-text reads it only before the language
        assertThat(catalog.search("yhtiö", "fi", 100)).hasSizeGreaterThan(3);
        assertThat(catalog.search("yhtiö", "fi", 3)).hasSize(3);
        assertThat(catalog.search("bolaget", "sv", 100)).hasSizeGreaterThan(3);
        assertThat(catalog.search("bolaget", "sv", 3)).hasSize(3);
    }

    @Test
    void aStrayCharacterAfterTheYearIsNoReasonToRefuseAnAct() throws Exception {
        // the Swedish file of 1412/2006 gives its year as "2006>": the one refusal of the whole 2000–2024 corpus before
        ImportReport report = importInOrder(List.of(corpusFile("fi", 2006, 1412), corpusFile("sv", 2006, 1412)));
        assertThat(report.refused()).isEmpty();
        assertThat(act("2006/1412").versions()).extracting(StatuteCatalog.Version::language).containsExactly("fi", "sv");
    }

    private static Set<String> semanticFinlexSections(String file) throws IOException {
        Set<String> out = new HashSet<>();
        Matcher m = SF_SECTION.matcher(new String(TestSources.semanticFinlex(file).content(), StandardCharsets.UTF_8));
        while (m.find()) {
            out.add("http://data.finlex.fi/eli/sd/" + m.group(1));
        }
        return out;
    }
}
