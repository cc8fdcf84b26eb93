package org.lexmaturity.web.register;

import org.lexmaturity.statutes.ProvisionRef;
import org.lexmaturity.kernel.Language;
import org.lexmaturity.web.http.FieldProblems;
import io.vertx.core.MultiMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.lexmaturity.kernel.Problems;
import org.lexmaturity.register.Barrier;
import org.lexmaturity.register.BarrierRegister.StatusStep;
import org.lexmaturity.register.Measure;
import org.lexmaturity.register.RawEntry;
import org.lexmaturity.statutes.ProvisionLabels;
import org.lexmaturity.vocab.Vocabulary;

/**
 * A barrier or measure form as the analyst filled it in: every value kept as typed, so that a refused change shows
 * the form again unchanged beside its problems. Turns into the same {@link RawEntry} the JSON API builds, plus the
 * status step (new status, date, note) that the register appends to the history.
 *
 * <p>Fields: {@code id}, {@code title_fi|sv|en}, {@code description_fi|sv|en}, {@code theme}, {@code barrier_type},
 * {@code provisions} (one per line), {@code severity}, {@code life_events} (repeated), {@code ministry},
 * {@code action}, {@code supported_by} (repeated, carried over unseen), {@code owner}, {@code target_date},
 * {@code amending_act}, {@code addresses} (barrier ids), {@code status}, {@code status_date}, {@code status_note}.
 */
public final class RegisterForm {
    public static final List<String> LANGUAGES = Language.ALL;

    private final Map<String, List<String>> values;
    private FieldProblems problems = FieldProblems.none();

    private RegisterForm(Map<String, List<String>> values) {
        this.values = values;
    }

    static RegisterForm of(MultiMap form) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        form.names().forEach(n -> values.put(n, new ArrayList<>(form.getAll(n))));
        return new RegisterForm(values);
    }

    /** A new entry: today's date for the first status step. */
    static RegisterForm blank() {
        RegisterForm f = new RegisterForm(new LinkedHashMap<>());
        f.set("status_date", LocalDate.now().toString());
        return f;
    }

    static RegisterForm of(Barrier b, String lang) {
        RegisterForm f = new RegisterForm(new LinkedHashMap<>());
        f.set("id", b.id());
        b.title().forEach((l, t) -> f.set("title_" + l, t));
        b.description().forEach((l, t) -> f.set("description_" + l, t));
        b.theme().ifPresent(t -> f.set("theme", Vocabulary.code(t)));
        b.type().ifPresent(t -> f.set("barrier_type", Vocabulary.code(t)));
        f.set("provisions", String.join("\n", b.provisions().stream().map(p -> citation(p.getURI())).toList()));
        b.severity().ifPresent(s -> f.set("severity", String.valueOf(s)));
        f.values.put("life_events", new ArrayList<>(b.lifeEvents().stream().map(Vocabulary::code).toList()));
        b.ministry().ifPresent(m -> f.set("ministry", Vocabulary.code(m)));
        b.action().ifPresent(a -> f.set("action", Vocabulary.code(a)));
        f.values.put("supported_by", new ArrayList<>(b.supportedBy().stream().map(Node::getURI).toList()));
        f.set("status_date", LocalDate.now().toString());
        return f;
    }

    static RegisterForm of(Measure m) {
        RegisterForm f = new RegisterForm(new LinkedHashMap<>());
        f.set("id", m.id());
        m.title().forEach((l, t) -> f.set("title_" + l, t));
        f.set("addresses", String.join(", ", m.addresses()));
        m.owner().ifPresent(o -> f.set("owner", Vocabulary.code(o)));
        m.targetDate().ifPresent(d -> f.set("target_date", d.toString()));
        m.amendingAct().ifPresent(a -> f.set("amending_act", a.local()));
        f.set("status_date", LocalDate.now().toString());
        return f;
    }

    /** A provision as an analyst writes it ("9001/2016 2 luku 3 §") where that form reads back; else its IRI. */
    private static String citation(String iri) {
        String label = ProvisionLabels.of(iri);
        return ProvisionRef.parse(label).isPresent() ? label : iri;
    }

    private void set(String name, String value) {
        values.put(name, new ArrayList<>(List.of(value)));
    }

    /** The barrier as the register's checker takes it; {@code id} from the path when editing. */
    RawEntry barrier(String id) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String f : List.of("theme", "barrier_type", "severity", "ministry", "action")) {
            fields.put(f, value(f));
        }
        Map<String, List<String>> lists = new LinkedHashMap<>();
        lists.put("provisions", lines(value("provisions")));
        lists.put("life_events", values("life_events"));
        lists.put("supported_by", values("supported_by"));
        return new RawEntry(id != null ? id : value("id"), "form", texts("title_"), texts("description_"), fields, lists);
    }

    RawEntry measure(String id) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String f : List.of("owner", "target_date", "amending_act")) {
            fields.put(f, value(f));
        }
        Map<String, List<String>> lists = new LinkedHashMap<>();
        lists.put("addresses", List.of(value("addresses").split("[\\s,;]+")).stream().filter(s -> !s.isBlank()).toList());
        return new RawEntry(id != null ? id : value("id"), "form", texts("title_"), Map.of(), fields, lists);
    }

    /** The status change asked for; no status chosen means none. */
    StatusStep step() {
        return new StatusStep(value("status"), value("status_date"), value("status_note"));
    }

    /** Places each problem of a refused change at its field; what has no field of this form goes above it. */
    void refused(List<Problems.Problem> list) {
        problems = FieldProblems.of(list, (place, field) -> fieldOf(field));
    }

    /** A conflict (the id exists) belongs to the id field. */
    void refused(String field, String detail) {
        FieldProblems p = FieldProblems.none();
        p.add(field, detail);
        problems = p;
    }

    private static String fieldOf(String checkerField) {
        return switch (checkerField) {
            case "title" -> "title_fi";
            case "status", "status_history", "status_date" -> "status";
            case "id", "theme", "barrier_type", "provisions", "severity", "life_events", "ministry", "action", "supported_by",
                 "owner", "target_date", "amending_act", "addresses" -> checkerField;
            default -> "";
        };
    }

    private Map<String, String> texts(String prefix) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String l : LANGUAGES) {
            if (!value(prefix + l).isEmpty()) {
                out.put(l, value(prefix + l));
            }
        }
        return out;
    }

    private static List<String> lines(String text) {
        return List.of(text.split("\\R")).stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    public String value(String name) {
        List<String> v = values.get(name);
        return v == null || v.isEmpty() || v.get(0) == null ? "" : v.get(0).strip();
    }

    public List<String> values(String name) {
        return values.getOrDefault(name, List.of()).stream().filter(s -> s != null && !s.isBlank()).map(String::strip).toList();
    }

    public boolean is(String name, String value) {
        return value(name).equals(value);
    }

    public boolean has(String name, String value) {
        return values(name).contains(value);
    }

    public FieldProblems problems() {
        return problems;
    }
}
