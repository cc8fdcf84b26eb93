package org.lexmaturity.register;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.lexmaturity.ingest.Problems;
import org.lexmaturity.store.Store;
import org.lexmaturity.vocab.LXM;
import org.lexmaturity.vocab.Vocabulary;

/**
 * The barrier and measure register as the API uses it: list, read, create and update, each in one
 * transaction. An update that changes the status appends a dated step to the history; every create and update
 * records who made it, when, and which fields it touched.
 */
public final class BarrierRegister {
    /** What the API shows of a barrier: the barrier, the measures addressing it and its change record. */
    public record BarrierView(Barrier barrier, Node iri, List<String> measures, List<Change> changes) {}

    public record MeasureView(Measure measure, Node iri, List<Change> changes) {}

    /** Thrown when a create names an id that exists, or an update one that does not. */
    public static final class Conflict extends RuntimeException {
        public final int status;

        Conflict(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    private final Store store;
    private final Clock clock;
    private final RegisterRdf rdf;

    public BarrierRegister(Store store, Clock clock) {
        this.store = store;
        this.clock = clock;
        this.rdf = new RegisterRdf(store.config().baseIri());
    }

    private <T> T read(Function<RegisterReader, T> work) {
        return store.read(dsg -> work.apply(new RegisterReader(dsg.getGraph(store.graphs().register()), rdf)));
    }

    public List<BarrierView> barriers() {
        return read(r -> r.ids(LXM.Barrier).stream().map(id -> view(r, id).orElseThrow()).toList());
    }

    public Optional<BarrierView> barrier(String id) {
        return read(r -> view(r, id));
    }

    private Optional<BarrierView> view(RegisterReader r, String id) {
        return r.barrier(id).map(b -> new BarrierView(b, rdf.barrier(id), r.measuresOf(id), r.changes(rdf.barrier(id))));
    }

    public List<MeasureView> measures() {
        return read(r -> r.ids(LXM.Measure).stream().map(id -> measureView(r, id).orElseThrow()).toList());
    }

    public Optional<MeasureView> measure(String id) {
        return read(r -> measureView(r, id));
    }

    private Optional<MeasureView> measureView(RegisterReader r, String id) {
        return r.measure(id).map(m -> new MeasureView(m, rdf.measure(id), r.changes(rdf.measure(id))));
    }

    /** Creates a barrier; without an id the next free "B-NNN" is taken. */
    public BarrierView createBarrier(RawEntry entry, String agent) {
        String id = store.write(dsg -> {
            Graph g = dsg.getGraph(store.graphs().register());
            RawEntry e = entry.id() == null || entry.id().isBlank() ? withId(entry, nextId(g, LXM.Barrier, "B-")) : entry;
            if (g.contains(rdf.barrier(e.id()), RDF.type.asNode(), LXM.Barrier)) {
                throw new Conflict(409, "barrier " + e.id() + " already exists; use PUT /api/barriers/" + e.id() + " to change it");
            }
            Barrier b = checkBarrier(dsg, e);
            rdf.write(b, g);
            rdf.recordChange(g, rdf.barrier(b.id()), agent, "created", clock.instant());
            return b.id();
        });
        return barrier(id).orElseThrow();
    }

    public BarrierView updateBarrier(String id, RawEntry entry, String agent) {
        store.write(dsg -> {
            Graph g = dsg.getGraph(store.graphs().register());
            RegisterReader reader = new RegisterReader(g, rdf);
            Barrier old = reader.barrier(id).orElseThrow(() -> new Conflict(404, "no barrier " + id));
            RawEntry e = continueHistory(withId(entry, id), old.history(), old.status());
            Barrier b = checkBarrier(dsg, e);
            String changed = changedFields(old, b);
            if (!changed.isEmpty()) {
                RegisterRdf.remove(g, rdf.barrier(id));
                rdf.write(b, g);
                rdf.recordChange(g, rdf.barrier(id), agent, changed, clock.instant());
            }
            return null;
        });
        return barrier(id).orElseThrow();
    }

    public MeasureView createMeasure(RawEntry entry, String agent) {
        String id = store.write(dsg -> {
            Graph g = dsg.getGraph(store.graphs().register());
            RawEntry e = entry.id() == null || entry.id().isBlank() ? withId(entry, nextId(g, LXM.Measure, "M-")) : entry;
            if (g.contains(rdf.measure(e.id()), RDF.type.asNode(), LXM.Measure)) {
                throw new Conflict(409, "measure " + e.id() + " already exists; use PUT /api/measures/" + e.id() + " to change it");
            }
            Measure m = checkMeasure(dsg, e);
            rdf.write(m, g);
            rdf.recordChange(g, rdf.measure(m.id()), agent, "created", clock.instant());
            return m.id();
        });
        return measure(id).orElseThrow();
    }

    public MeasureView updateMeasure(String id, RawEntry entry, String agent) {
        store.write(dsg -> {
            Graph g = dsg.getGraph(store.graphs().register());
            Measure old = new RegisterReader(g, rdf).measure(id).orElseThrow(() -> new Conflict(404, "no measure " + id));
            Measure m = checkMeasure(dsg, continueHistory(withId(entry, id), old.history(), old.status()));
            String changed = changedFields(old, m);
            if (!changed.isEmpty()) {
                RegisterRdf.remove(g, rdf.measure(id));
                rdf.write(m, g);
                rdf.recordChange(g, rdf.measure(id), agent, changed, clock.instant());
            }
            return null;
        });
        return measure(id).orElseThrow();
    }

    private Barrier checkBarrier(DatasetGraph dsg, RawEntry e) {
        Problems problems = new Problems("barrier " + (e.id() == null ? "" : e.id()));
        Optional<Barrier> b = new EntryChecker(dsg, store.graphs(), store.config().baseIri(), LocalDate.now(clock)).barrier(e, problems);
        problems.throwIfAny();
        return b.orElseThrow();
    }

    private Measure checkMeasure(DatasetGraph dsg, RawEntry e) {
        Problems problems = new Problems("measure " + (e.id() == null ? "" : e.id()));
        Graph g = dsg.getGraph(store.graphs().register());
        Set<String> known = new HashSet<>(new RegisterReader(g, rdf).ids(LXM.Barrier));
        Optional<Measure> m = new EntryChecker(dsg, store.graphs(), store.config().baseIri(), LocalDate.now(clock)).measure(e, known, problems);
        problems.throwIfAny();
        return m.orElseThrow();
    }

    /**
     * An update without a history keeps the recorded one; a new status is appended as today's step, so the
     * history is never rewritten by accident.
     */
    private RawEntry continueHistory(RawEntry e, List<StatusEntry> history, Node oldStatus) {
        StringBuilder h = new StringBuilder();
        for (StatusEntry s : history) {
            h.append(s.date()).append(' ').append(Vocabulary.code(s.status())).append("; ");
        }
        // a client that sends back the history it read has not edited it
        if (!e.field("status_history").isEmpty() && !normalise(e.field("status_history")).equals(normalise(h.toString()))) {
            return e;
        }
        String status = e.field("status");
        if (!status.isEmpty()) {
            String scheme = oldStatus.getURI().contains("/measure-status/") ? "measure-status" : "barrier-status";
            Optional<Node> next = Vocabulary.shipped().find(scheme, status);
            if (next.isPresent() && !next.get().equals(oldStatus)) {
                h.append(LocalDate.now(clock)).append(' ').append(Vocabulary.code(next.get()));
            }
        }
        Map<String, String> fields = new java.util.LinkedHashMap<>(e.fields());
        fields.put("status_history", h.toString());
        if (status.isEmpty()) {
            fields.put("status", Vocabulary.code(oldStatus));
        }
        return new RawEntry(e.id(), e.place(), e.title(), e.description(), fields, e.lists());
    }

    private static String normalise(String history) {
        return history.replaceAll("[;\\s]+", " ").strip();
    }

    private static RawEntry withId(RawEntry e, String id) {
        return new RawEntry(id, e.place(), e.title(), e.description(), e.fields(), e.lists());
    }

    private String nextId(Graph g, Node type, String prefix) {
        int max = 0;
        for (String id : new RegisterReader(g, rdf).ids(type)) {
            if (id.startsWith(prefix) && id.substring(prefix.length()).matches("\\d{1,6}")) {
                max = Math.max(max, Integer.parseInt(id.substring(prefix.length())));
            }
        }
        return String.format("%s%03d", prefix, max + 1);
    }

    /** The names of the record components that differ, e.g. "status, severity". */
    static String changedFields(Record before, Record after) {
        List<String> changed = new ArrayList<>();
        for (var c : before.getClass().getRecordComponents()) {
            try {
                Object a = c.getAccessor().invoke(before);
                Object b = c.getAccessor().invoke(after);
                if (!java.util.Objects.equals(a, b)) {
                    changed.add(c.getName());
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return String.join(", ", changed);
    }
}
