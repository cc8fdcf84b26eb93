package org.lexmaturity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lexmaturity.TestData;

class CommandLineTest {
    @TempDir
    Path data;

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(Cli.run(data).exitCode()).isEqualTo(2);
        assertThat(Cli.run(data, "no-such-command").exitCode()).isEqualTo(2);
        assertThat(Cli.run(data, "import", "statutes").exitCode()).isEqualTo(2);
        Cli.Result badAct = Cli.run(data, "import", "finlex", "13/2003");
        assertThat(badAct.exitCode()).isEqualTo(2);
        assertThat(badAct.err()).contains("YEAR/NUMBER");
        assertThat(Cli.run(data, "export", "--out", data.resolve("x.json").toString()).exitCode()).isEqualTo(2);
    }

    @Test
    void statsPrintsCountsAsJson() {
        Cli.Result r = Cli.run(data, "stats");
        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("\"acts\" : 0", "\"provisions\" : 0", "\"surveys\" : 0", "\"responses\" : 0",
                "\"barriers\" : 0", "\"measures\" : 0", "\"findings\" : 0", "\"triples\"", "\"languages\"", "graph/ontology");
    }

    @Test
    void exportWritesEveryGraphAsGzippedNQuadsAndTrig() throws Exception {
        assertThat(Cli.run(data, "import", "statutes", TestData.fixture("eli").toString()).exitCode()).isZero();
        Path nq = data.resolve("out/dump.nq.gz");
        Cli.Result r = Cli.run(data, "export", "--out", nq.toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        Dataset ds = DatasetFactory.create();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(nq))) {
            RDFDataMgr.read(ds, in, Lang.NQUADS);
        }
        assertThat(ds.containsNamedModel("http://localhost:8080/graph/statutes/other")).isTrue();
        assertThat(ds.containsNamedModel("http://localhost:8080/graph/ontology")).isTrue();

        Path trig = data.resolve("out/dump.trig");
        assertThat(Cli.run(data, "export", "--out", trig.toString()).exitCode()).isZero();
        Dataset fromTrig = RDFDataMgr.loadDataset(trig.toString());
        assertThat(fromTrig.getNamedModel("http://localhost:8080/graph/statutes/other").size())
                .isEqualTo(ds.getNamedModel("http://localhost:8080/graph/statutes/other").size());
        try (var files = Files.list(data.resolve("out"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("dump.nq.gz", "dump.trig");
        }
    }
}
