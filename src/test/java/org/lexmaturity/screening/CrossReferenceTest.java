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

/** A section that requires something "in the manner referred to in § N" inherits § N's form requirements: real law. */
class CrossReferenceTest extends StoreTest {
    static final String ACT = "http://data.finlex.fi/eli/sd/2019/121";

    @Test
    void aReferenceToAnotherSectionsMannerInheritsItsWrittenForm() throws Exception {
        StatuteImport.create(store, l -> { }).importSources(List.of(TestSources.corpusFile("fi", 2019, 121)));
        new ScreeningRun(store, IndicatorRules.shipped(), Clock.systemUTC()).run(Optional.empty());
        List<Node> inherited = store.read(dsg -> dsg.stream(store.graphs().screening(), Node.ANY, LXM.inheritedFrom, Node.ANY)
                .map(Quad::getSubject).toList());
        assertThat(inherited).isNotEmpty();
        List<String> onSection15 = store.read(dsg -> inherited.stream()
                .filter(f -> dsg.stream(store.graphs().screening(), f, LXM.concernsProvision, Node.ANY)
                        .anyMatch(q -> q.getObject().getURI().startsWith(ACT + "/luku/3/pykala/15")))
                .map(f -> dsg.stream(store.graphs().screening(), f, LXM.indicator, Node.ANY).findFirst().orElseThrow().getObject().getURI()
                        + " from " + dsg.stream(store.graphs().screening(), f, LXM.inheritedFrom, Node.ANY).findFirst().orElseThrow().getObject().getURI()
                        + " on " + dsg.stream(store.graphs().screening(), f, LXM.matchedText, Node.ANY).findFirst().orElseThrow().getObject().getLiteralLexicalForm())
                .toList());
        assertThat(onSection15).anySatisfy(s -> assertThat(s).contains("/indicator/written-form from " + ACT + "/luku/3/pykala/11 on 11 §:ssä tarkoitetulla tavalla"));
        assertThat(onSection15).as("only form requirements are inherited, not discretion").noneMatch(s -> s.contains("vague-criterion"));
    }
}
