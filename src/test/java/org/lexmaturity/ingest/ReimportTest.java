package org.lexmaturity.ingest;

import org.lexmaturity.StoreTest;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.Test;
import org.lexmaturity.TestData;
import org.lexmaturity.imports.ImportReport;
import org.lexmaturity.screening.IndicatorRules;
import org.lexmaturity.screening.ScreeningRun;
import org.lexmaturity.vocab.LXM;

/** Re-importing an act whose text changed leaves no finding on a provision or a text that is no longer there. */
class ReimportTest extends StoreTest {

    @Test
    void findingsOfRemovedProvisionsGoWhenTheActIsImportedAgain() throws Exception {
        Path original = TestData.path("legislation/finlex-xml/asd-fi-2019-0906.xml");
        StatuteImport.create(store, l -> { }).importPaths(List.of(original));
        new ScreeningRun(store, IndicatorRules.shipped(), Clock.systemUTC()).run(Optional.empty());
        long before = findings();
        assertThat(before).isPositive();

        // the same act with its sections from 5 § on taken out: an amended act with fewer sections
        String xml = Files.readString(original, StandardCharsets.UTF_8);
        int cut = -1;
        for (int n = 0; n < 5; n++) {
            cut = xml.indexOf("<saa:Pykala ", cut + 1);
        }
        int end = xml.lastIndexOf("</saa:Pykala>") + "</saa:Pykala>".length();
        Path shorter = dir.resolve("asd-fi-2019-0906.xml");
        Files.writeString(shorter, xml.substring(0, cut) + xml.substring(end), StandardCharsets.UTF_8);
        ImportReport again = StatuteImport.create(store, l -> { }).importPaths(List.of(shorter));

        assertThat(again.replaced()).isEqualTo(1);
        assertThat(again.count(StatuteImporter.STALE_FINDINGS)).isPositive();
        assertThat(findings()).isLessThan(before);
        assertThat(danglingFindings()).as("findings on provisions no longer in the store").isZero();
    }

    private long findings() {
        return store.read(dsg -> dsg.stream(store.graphs().screening(), Node.ANY, LXM.concernsProvision, Node.ANY).count());
    }

    private long danglingFindings() {
        return store.read(dsg -> dsg.stream(store.graphs().screening(), Node.ANY, LXM.concernsProvision, Node.ANY)
                .map(Quad::getObject).filter(p -> store.graphs().statuteGraphs().stream().noneMatch(g -> dsg.contains(g, p, Node.ANY, Node.ANY)))
                .count());
    }
}
