package org.lexmaturity.ingest;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.lexmaturity.statutes.ActExpression;
import org.lexmaturity.statutes.ActRdf;
import org.lexmaturity.statutes.Ministries;
import org.lexmaturity.statutes.StatuteWriter;
import org.lexmaturity.store.Store;

/**
 * Imports statute files into the store: each file is read and validated first, then the valid ones are written
 * in batches, one transaction per batch. A refused file writes nothing; the summary lists it with the reason.
 */
public final class StatuteImport {
    public static final int DEFAULT_BATCH = 500;

    private final Store store;
    private final ActRdf actRdf;
    private final StatuteWriter writer;
    private final ShapeValidator validator;
    private final int batchSize;
    private final Consumer<String> progress;

    /** A version of an act, read, turned into RDF and validated, waiting for its batch to be written. */
    private record Prepared(ActExpression expression, Node act, Node graph, Graph rdf) {}

    public StatuteImport(Store store, Ministries ministries, ShapeValidator validator, int batchSize, Consumer<String> progress) {
        this.store = store;
        this.actRdf = new ActRdf(store.config().baseIri(), ministries);
        this.writer = new StatuteWriter(store.graphs());
        this.validator = validator;
        this.batchSize = batchSize;
        this.progress = progress;
    }

    public static StatuteImport create(Store store, Consumer<String> progress) {
        return new StatuteImport(store, Ministries.load(), ShapeValidator.load(), DEFAULT_BATCH, progress);
    }

    public ImportSummary importPaths(List<Path> paths) {
        Run run = new Run();
        SourceFiles.forEach(paths, run::add, run.refused::add);
        return run.finish();
    }

    public ImportSummary importSources(List<StatuteSource> sources) {
        Run run = new Run();
        sources.forEach(run::add);
        return run.finish();
    }

    /** The state of one import command: the batch being filled and the running counts. */
    private final class Run {
        final List<ImportSummary.Refusal> refused = new ArrayList<>();
        final List<Prepared> batch = new ArrayList<>();
        final Set<Node> written = new HashSet<>();
        final Set<Node> replaced = new HashSet<>();
        int files;

        void add(StatuteSource source) {
            files++;
            try {
                for (ActExpression e : StatuteFormats.read(source)) {
                    Node act = actRdf.actIri(e);
                    Graph rdf = actRdf.toGraph(e);
                    validator.check(rdf, source.name());
                    batch.add(new Prepared(e, act, writer.graphFor(e, act), rdf));
                }
            } catch (ImportException ex) {
                refused.add(new ImportSummary.Refusal(source.name(), ex.getMessage()));
            }
            if (batch.size() >= batchSize) {
                flush();
            }
        }

        void flush() {
            if (batch.isEmpty()) {
                return;
            }
            List<Prepared> toWrite = List.copyOf(batch);
            batch.clear();
            store.writeAll(dsg -> {
                for (Prepared p : toWrite) {
                    boolean existed = writer.write(dsg, p.act(), p.expression().language(), p.graph(), p.rdf());
                    if (written.add(p.act()) && existed) {
                        replaced.add(p.act());
                    }
                }
            });
            progress.accept("Imported " + files + " files: " + written.size() + " acts so far, " + refused.size() + " refused");
        }

        ImportSummary finish() {
            flush();
            return new ImportSummary(files, written.size(), replaced.size(), refused);
        }
    }
}
