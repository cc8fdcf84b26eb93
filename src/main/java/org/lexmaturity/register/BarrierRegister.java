package org.lexmaturity.register;

import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Objects;
import org.lexmaturity.store.Sparql;
import org.lexmaturity.store.Agents;
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
import org.lexmaturity.kernel.Problems;
import org.lexmaturity.store.Store;
import org.lexmaturity.vocab.LXM;
import org.lexmaturity.vocab.Vocabulary;

/**
 * The barrier and measure register as the API uses it: list, read, create and update, each in one
 * transaction. An update that changes the status appends a dated step to the history; every create and update
 * records who made it, when, and which fields it touched. What a change writes must pass
 * {@code ontology/register-shapes.ttl} ({@link StagedWrite}), or nothing is written.
 */
public final class BarrierRegister {
    /** What the API shows of a barrier: the barrier, the measures addressing it and its change record. */
    public record BarrierView(Barrier barrier, Node iri, List<String> measures, List<Change> changes) {}

    public record MeasureView(Measure measure, Node iri, List<Change> changes) {}

    /**
     * A status change as an analyst enters it: the new status (a code or a label of the status scheme), the date
     * it took effect (blank: today) and a note. It appends one step to the history; blank status means no change.
     */
    public record StatusStep(String status, String date, String note) {
        public static final StatusStep NONE = new StatusStep("", "", "");

        public boolean isEmpty() {
            return status == null || status.isBlank();
        }
    }

    /** One recorded change of the register, newest first in {@link #recentChanges}: what (kind and id) and the change. */
    public record RecentChange(String kind, String id, Map<String, String> title, Change change) {}

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
        return store.read(dsg -> work.apply(new RegisterReader(dsg.getGraph(store.graphs().register()), rdf,
                agent -> Agents.name(dsg, store.graphs(), agent))));
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
        return createBarrier(entry, StatusStep.NONE, agent);
    }

    /** Creates a barrier whose history starts with {@code first} (when given) instead of the status field. */
    public BarrierView createBarrier(RawEntry entry, StatusStep first, String agent) {
        String id = store.write(dsg -> {
            Graph g = dsg.getGraph(store.graphs().register());
            RawEntry e = entry.id() == null || entry.id().isBlank() ? withId(entry, nextId(g, LXM.Barrier, "B-")) : entry;
            if (g.contains(rdf.barrier(e.id()), RDF.type.asNode(), LXM.Barrier)) {
                throw new Conflict(409, "barrier " + e.id() + " already exists; use PUT /api/barriers/" + e.id() + " to change it");
            }
            Problems problems = new Problems("barrier " + e.id());
            if (!first.isEmpty()) {
                e = appendStep(e, List.of(), null, first, problems);
            }
            Barrier checked = checkBarrier(dsg, e, problems);
            Barrier b = withHistory(checked, notes(checked.history(), List.of(), first));
            StagedWrite out = new StagedWrite(g);
            rdf.write(b, out.graph());
            rdf.recordChange(out.graph(), rdf.barrier(b.id()), Agents.record(dsg, store.graphs(), agent), "created", clock.instant());
            out.commit(problems);
            return b.id();
        });
        return barrier(id).orElseThrow();
    }

    public BarrierView updateBarrier(String id, RawEntry entry, String agent) {
        return updateBarrier(id, entry, StatusStep.NONE, agent);
    }

    /**
     * Changes a barrier; a non-empty {@code step} appends a dated status step with its note (the status field of
     * the entry is then ignored). Checked like every other change: on any problem nothing is written.
     */
    public BarrierView updateBarrier(String id, RawEntry entry, StatusStep step, String agent) {
        store.write(dsg -> {
            Graph g = dsg.getGraph(store.graphs().register());
            RegisterReader reader = new RegisterReader(g, rdf, who -> Agents.name(dsg, store.graphs(), who));
            Barrier old = reader.barrier(id).orElseThrow(() -> new Conflict(404, "no barrier " + id));
            Problems problems = new Problems("barrier " + id);
            RawEntry e = step.isEmpty() ? continueHistory(withId(entry, id), old.history(), old.status())
                    : appendStep(withId(entry, id), old.history(), old.status(), step, problems);
            Barrier checked = checkBarrier(dsg, e, problems);
            Barrier b = withHistory(checked, notes(checked.history(), old.history(), step));
            String changed = changedFields(old, b);
            if (!changed.isEmpty()) {
                RegisterRdf.remove(g, rdf.barrier(id));
                StagedWrite out = new StagedWrite(g);
                rdf.write(b, out.graph());
                rdf.recordChange(out.graph(), rdf.barrier(id), Agents.record(dsg, store.graphs(), agent), changed, clock.instant());
                out.commit(problems);
            }
            return null;
        });
        return barrier(id).orElseThrow();
    }

    public MeasureView createMeasure(RawEntry entry, String agent) {
        return createMeasure(entry, StatusStep.NONE, agent);
    }

    public MeasureView createMeasure(RawEntry entry, StatusStep first, String agent) {
        String id = store.write(dsg -> {
            Graph g = dsg.getGraph(store.graphs().register());
            RawEntry e = entry.id() == null || entry.id().isBlank() ? withId(entry, nextId(g, LXM.Measure, "M-")) : entry;
            if (g.contains(rdf.measure(e.id()), RDF.type.asNode(), LXM.Measure)) {
                throw new Conflict(409, "measure " + e.id() + " already exists; use PUT /api/measures/" + e.id() + " to change it");
            }
            Problems problems = new Problems("measure " + e.id());
            if (!first.isEmpty()) {
                e = appendStep(e, List.of(), null, first, problems);
            }
            Measure checked = checkMeasure(dsg, e, problems);
            Measure m = withHistory(checked, notes(checked.history(), List.of(), first));
            StagedWrite out = new StagedWrite(g);
            rdf.write(m, out.graph(), out.view());
            rdf.recordChange(out.graph(), rdf.measure(m.id()), Agents.record(dsg, store.graphs(), agent), "created", clock.instant());
            out.commit(problems);
            return m.id();
        });
        return measure(id).orElseThrow();
    }

    public MeasureView updateMeasure(String id, RawEntry entry, String agent) {
        return updateMeasure(id, entry, StatusStep.NONE, agent);
    }

    /** As {@link #updateBarrier(String, RawEntry, StatusStep, String)}, for a measure. */
    public MeasureView updateMeasure(String id, RawEntry entry, StatusStep step, String agent) {
        store.write(dsg -> {
            Graph g = dsg.getGraph(store.graphs().register());
            Measure old = new RegisterReader(g, rdf).measure(id).orElseThrow(() -> new Conflict(404, "no measure " + id));
            Problems problems = new Problems("measure " + id);
            RawEntry e = step.isEmpty() ? continueHistory(withId(entry, id), old.history(), old.status())
                    : appendStep(withId(entry, id), old.history(), old.status(), step, problems);
            Measure checked = checkMeasure(dsg, e, problems);
            Measure m = withHistory(checked, notes(checked.history(), old.history(), step));
            String changed = changedFields(old, m);
            if (!changed.isEmpty()) {
                RegisterRdf.remove(g, rdf.measure(id));
                StagedWrite out = new StagedWrite(g);
                rdf.write(m, out.graph(), out.view());
                rdf.recordChange(out.graph(), rdf.measure(id), Agents.record(dsg, store.graphs(), agent), changed, clock.instant());
                out.commit(problems);
            }
            return null;
        });
        return measure(id).orElseThrow();
    }

    private Barrier checkBarrier(DatasetGraph dsg, RawEntry e, Problems problems) {
        Optional<Barrier> b = new EntryChecker(dsg, store.graphs(), store.config().baseIri(), LocalDate.now(clock)).barrier(e, problems);
        problems.throwIfAny();
        return b.orElseThrow();
    }

    private Measure checkMeasure(DatasetGraph dsg, RawEntry e, Problems problems) {
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
        Map<String, String> fields = new LinkedHashMap<>(e.fields());
        fields.put("status_history", h.toString());
        if (status.isEmpty()) {
            fields.put("status", Vocabulary.code(oldStatus));
        }
        return new RawEntry(e.id(), e.place(), e.title(), e.description(), fields, e.lists());
    }

    /**
     * The entry with its history written out: the recorded steps and then {@code step}, so that the checker sees
     * the whole history (dates in order, none in the future, known statuses). A date that is no date is a problem
     * of its own field; today stands in for it so that the other fields are still checked.
     */
    private RawEntry appendStep(RawEntry e, List<StatusEntry> history, Node current, StatusStep step, Problems problems) {
        String date = step.date() == null ? "" : step.date().strip();
        if (date.isEmpty()) {
            date = LocalDate.now(clock).toString();
        } else {
            try {
                LocalDate.parse(date);
            } catch (DateTimeParseException x) {
                problems.add(e.place(), "field status_date: '" + date + "' is not a date like 2026-06-30");
                date = LocalDate.now(clock).toString();
            }
        }
        if (current != null) {
            String scheme = current.getURI().contains("/measure-status/") ? "measure-status" : "barrier-status";
            if (Vocabulary.shipped().find(scheme, step.status()).filter(current::equals).isPresent()) {
                problems.add(e.place(), "field status: the status is already '" + Vocabulary.code(current) + "'; choose another or leave it unchanged");
            }
        }
        StringBuilder h = new StringBuilder();
        for (StatusEntry s : history) {
            h.append(s.date()).append(' ').append(Vocabulary.code(s.status())).append("; ");
        }
        h.append(date).append(' ').append(step.status().strip());
        Map<String, String> fields = new LinkedHashMap<>(e.fields());
        fields.remove("status");
        fields.put("status_history", h.toString());
        return new RawEntry(e.id(), e.place(), e.title(), e.description(), fields, e.lists());
    }

    /** The checked history with the notes put back: the recorded steps keep theirs, a new last step gets the step's. */
    private static List<StatusEntry> notes(List<StatusEntry> checked, List<StatusEntry> recorded, StatusStep step) {
        List<StatusEntry> out = new ArrayList<>();
        for (int i = 0; i < checked.size(); i++) {
            StatusEntry s = checked.get(i);
            if (i < recorded.size() && s.sameStep(recorded.get(i))) {
                s = s.withNote(recorded.get(i).note());
            } else if (!step.isEmpty() && i == checked.size() - 1 && i >= recorded.size()) {
                s = s.withNote(Optional.ofNullable(step.note()));
            }
            out.add(s);
        }
        return out;
    }

    private static Barrier withHistory(Barrier b, List<StatusEntry> h) {
        return new Barrier(b.id(), b.title(), b.description(), b.theme(), b.type(), b.provisions(), b.severity(), b.lifeEvents(),
                b.ministry(), b.action(), b.status(), h, b.supportedBy());
    }

    private static Measure withHistory(Measure m, List<StatusEntry> h) {
        return new Measure(m.id(), m.title(), m.addresses(), m.owner(), m.targetDate(), m.status(), h, m.amendingAct());
    }

    /** The barriers that concern an act or one of its provisions, by id. */
    public List<BarrierView> concerning(Node act) {
        return store.read(dsg -> {
            RegisterReader r = new RegisterReader(dsg.getGraph(store.graphs().register()), rdf,
                    agent -> Agents.name(dsg, store.graphs(), agent));
            return Sparql.select(dsg, "act-barriers", Map.of("act", act)).stream()
                    .map(row -> row.string("id")).distinct().sorted().map(id -> view(r, id)).flatMap(Optional::stream).toList();
        });
    }

    /** The newest {@code limit} changes of barriers and measures. */
    public List<RecentChange> recentChanges(int limit) {
        return read(r -> r.recentChanges(limit));
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
                if (!Objects.equals(a, b)) {
                    changed.add(c.getName());
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
        return String.join(", ", changed);
    }
}
