package org.lexmaturity.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.lexmaturity.StoreTest;
import org.lexmaturity.ingest.StatuteImport;
import org.lexmaturity.ingest.TestSources;
import org.lexmaturity.vocab.LXM;

/**
 * A section that requires something "in the manner referred to in § N" inherits § N's form requirements, in the same
 * chapter, in the chapter named ("6 luvun 1 §", "6 kap. 1 §"), never in another act ("oikeudenkäymiskaaren 2 luvun
 * 11 §"): real law of 2019.
 */
class CrossReferenceTest extends StoreTest {
    static final String ELI = "http://data.finlex.fi/eli/sd/2019/";

    @Test
    void aReferenceToAnotherSectionsMannerInheritsItsRequirementInBothLanguages() throws Exception {
        screen(1101);
        // 9 §: "… 10 §:ssä tarkoitetulla tavalla" / "på det sätt som avses i 10 §"; 10 § requires paper
        assertThat(inherited("1101/pykala/9"))
                .contains("paper-form from " + ELI + "1101/pykala/10 on 10 §:ssä tarkoitetulla tavalla",
                        "paper-form from " + ELI + "1101/pykala/10 on på det sätt som avses i 10 §");
    }

    @Test
    void aChapterQualifiedReferenceResolvesInThatChapter() throws Exception {
        screen(213);
        // 26 luku 3 §: "6 luvun 1 §:n mukaisesti" / "i enlighet med 6 kap. 1 §", not chapter 26's own § 1
        assertThat(inherited("213/luku/26/pykala/3"))
                .contains("written-form from " + ELI + "213/luku/6/pykala/1 on 6 luvun 1 §:n mukaisesti",
                        "written-form from " + ELI + "213/luku/6/pykala/1 on i enlighet med 6 kap. 1 §");
        assertThat(inherited("213/luku/12/pykala/1"))
                .contains("signature from " + ELI + "213/luku/9/pykala/5 on 9 luvun 5 §:n 1 momentin mukaisesti");
    }

    @Test
    void aReferenceToASectionOfAnotherActIsNotResolvedInThisOne() throws Exception {
        screen(121);
        // 3 luku 15 §: "oikeudenkäymiskaaren 2 luvun 11 §:ssä tarkoitetulla tavalla" is the Code of Judicial
        // Procedure's section, not this act's 3 luku 11 § (a complaint in writing)
        assertThat(inherited("121/luku/3/pykala/15")).isEmpty();
        assertThat(inherited("121/")).as("nothing in the act refers to its own form requirements").isEmpty();
    }

    private void screen(int number) throws Exception {
        StatuteImport.create(store, l -> { }).importSources(List.of(TestSources.corpusFile("fi", 2019, number),
                TestSources.corpusFile("sv", 2019, number)));
        new ScreeningRun(store, IndicatorRules.shipped(), Clock.systemUTC()).run(Optional.empty());
    }

    /** "indicator from section on matched text" of the inherited findings on provisions whose IRI begins so. */
    private List<String> inherited(String provisionPrefix) {
        return store.read(dsg -> dsg.stream(store.graphs().screening(), Node.ANY, LXM.inheritedFrom, Node.ANY)
                .map(Quad::getSubject)
                .filter(f -> dsg.stream(store.graphs().screening(), f, LXM.concernsProvision, Node.ANY)
                        .anyMatch(q -> q.getObject().getURI().startsWith(ELI + provisionPrefix)))
                .map(f -> one(dsg, f, LXM.indicator).getURI().replaceAll(".*/", "")
                        + " from " + one(dsg, f, LXM.inheritedFrom).getURI()
                        + " on " + one(dsg, f, LXM.matchedText).getLiteralLexicalForm())
                .toList());
    }

    private Node one(org.apache.jena.sparql.core.DatasetGraph dsg, Node s, Node p) {
        return dsg.stream(store.graphs().screening(), s, p, Node.ANY).findFirst().orElseThrow().getObject();
    }
}
