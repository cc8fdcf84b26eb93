package org.lexmaturity.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.lexmaturity.StoreTest;
import org.lexmaturity.ingest.StatuteImport;
import org.lexmaturity.ingest.TestSources;
import org.lexmaturity.vocab.LXM;

/** Screening the whole store never stops at a text in a language the rules have no patterns for: it skips and counts it. */
class UnscreenableLanguageTest extends StoreTest {
    @Test
    void aTextInALanguageWithoutRulesIsSkippedAndCountedAndTheRestIsScreened() throws Exception {
        StatuteImport.create(store, l -> { }).importSources(List.of(TestSources.corpusFile("fi", 2019, 171)));
        Node provision = store.read(dsg -> dsg.stream(Node.ANY, Node.ANY, LXM.text, Node.ANY).findFirst().orElseThrow().getSubject());
        Node graph = store.read(dsg -> dsg.stream(Node.ANY, provision, LXM.text, Node.ANY).findFirst().orElseThrow().getGraph());
        // a German translation of one provision, as a third-party source could bring
        store.write(dsg -> {
            dsg.add(graph, provision, LXM.text, NodeFactory.createLiteralLang("Der Antrag ist schriftlich zu stellen.", "de"));
            return null;
        });
        ScreeningRun.Result r = new ScreeningRun(store, IndicatorRules.shipped(), Clock.systemUTC()).run(Optional.empty());
        assertThat(r.skipped()).isEqualTo(Map.of("de", 1L));
        assertThat(r.texts()).isPositive();
        assertThat(r.findings()).isPositive();
    }
}
