package org.lexmaturity.register;

import java.util.LinkedHashMap;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.RDF;
import org.lexmaturity.kernel.Problems;
import org.lexmaturity.statutes.ActNumber;
import org.lexmaturity.statutes.ProvisionLookup;
import org.lexmaturity.statutes.ProvisionRef;
import org.lexmaturity.store.Graphs;
import org.lexmaturity.survey.SurveyKey;
import org.lexmaturity.survey.SurveyRdf;
import org.lexmaturity.vocab.LXM;
import org.lexmaturity.vocab.Vocabulary;

/**
 * Checks raw register entries against the vocabularies and the store, inside the transaction that will write
 * them: provisions must exist, survey answers must exist, codes must be known. Every problem is added with the
 * entry's place and the field's name.
 */
final class EntryChecker {
    static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,39}");
    private static final Pattern HISTORY_STEP = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})\\s*[:\\s]\\s*(.+)$");

    private final DatasetGraph dsg;
    private final Graphs graphs;
    private final SurveyRdf surveys;
    private final Vocabulary vocabulary = Vocabulary.shipped();
    private final LocalDate today;

    EntryChecker(DatasetGraph dsg, Graphs graphs, String baseIri, LocalDate today) {
        this.dsg = dsg;
        this.graphs = graphs;
        // no key yet means no survey yet: every answer reference then fails as it should
        this.surveys = new SurveyRdf(baseIri, SurveyRdf.DEFAULT_THRESHOLD, SurveyKey.find(dsg, graphs).orElse(new byte[32]));
        this.today = today;
    }

    Optional<Barrier> barrier(RawEntry e, Problems problems) {
        int before = problems.total();
        String at = e.place();
        checkId(e, problems);
        if (e.title().values().stream().allMatch(String::isBlank)) {
            problems.add(at, "field title: a barrier needs a title in at least one language");
        }
        Optional<Node> type = concept("barrier-type", e.field("barrier_type"), "barrier_type", at, problems);
        Optional<Node> theme = concept("theme", e.field("theme"), "theme", at, problems);
        if (theme.isEmpty() && type.isPresent()) {
            theme = vocabulary.property(type.get(), LXM.theme); // a barrier type belongs to one theme
        }
        List<Node> provisions = new ArrayList<>();
        for (String p : e.list("provisions")) {
            provision(p, at, problems).ifPresent(provisions::add);
        }
        Optional<Integer> severity = Optional.empty();
        if (!e.field("severity").isEmpty()) {
            try {
                int s = (int) Double.parseDouble(e.field("severity").replace(',', '.'));
                if (s < 1 || s > 5 || s != Double.parseDouble(e.field("severity").replace(',', '.'))) {
                    problems.add(at, "field severity: '" + e.field("severity") + "' is outside 1–5");
                } else {
                    severity = Optional.of(s);
                }
            } catch (NumberFormatException x) {
                problems.add(at, "field severity: '" + e.field("severity") + "' is not a number 1–5");
            }
        }
        List<Node> lifeEvents = new ArrayList<>();
        for (String l : e.list("life_events")) {
            concept("life-event", l, "life_events", at, problems).ifPresent(lifeEvents::add);
        }
        Optional<Node> ministry = concept("ministry", e.field("ministry"), "ministry", at, problems);
        Optional<Node> action = concept("action", e.field("action"), "action", at, problems);
        List<StatusEntry> history = history("barrier-status", e, "identified", problems);
        List<Node> supportedBy = new ArrayList<>();
        for (String s : e.list("supported_by")) {
            answer(s, at, problems).ifPresent(supportedBy::add);
        }
        if (problems.total() > before || history.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Barrier(e.id(), texts(e.title()), texts(e.description()), theme, type, provisions, severity,
                lifeEvents, ministry, action, history.get(history.size() - 1).status(), history, supportedBy));
    }

    /** {@code knownBarriers}: ids of barriers in the store or in the same import, which a measure may address. */
    Optional<Measure> measure(RawEntry e, Set<String> knownBarriers, Problems problems) {
        int before = problems.total();
        String at = e.place();
        checkId(e, problems);
        if (e.title().values().stream().allMatch(String::isBlank)) {
            problems.add(at, "field title: a measure needs a title in at least one language");
        }
        for (String b : e.list("addresses")) {
            if (!knownBarriers.contains(b)) {
                problems.add(at, "field addresses: no barrier '" + b + "' in the register or in this file");
            }
        }
        Optional<Node> owner = concept("ministry", e.field("owner"), "owner", at, problems);
        Optional<LocalDate> target = Optional.empty();
        if (!e.field("target_date").isEmpty()) {
            try {
                target = Optional.of(LocalDate.parse(e.field("target_date")));
            } catch (DateTimeParseException x) {
                problems.add(at, "field target_date: '" + e.field("target_date") + "' is not a date like 2026-06-30");
            }
        }
        Optional<ActNumber> amending = Optional.empty();
        if (!e.field("amending_act").isEmpty()) {
            try {
                amending = Optional.of(ActNumber.parseLocal(e.field("amending_act")));
            } catch (IllegalArgumentException x) {
                problems.add(at, "field amending_act: " + x.getMessage());
            }
        }
        List<StatusEntry> history = history("measure-status", e, "planned", problems);
        if (problems.total() > before || history.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Measure(e.id(), texts(e.title()), e.list("addresses"), owner, target,
                history.get(history.size() - 1).status(), history, amending));
    }

    private void checkId(RawEntry e, Problems problems) {
        if (e.id() == null || !ID.matcher(e.id()).matches()) {
            problems.add(e.place(), "field id: '" + (e.id() == null ? "" : e.id()) + "' is not an identifier (letters, digits, '.', '_', '-', e.g. B-001)");
        }
    }

    private static Map<String, String> texts(Map<String, String> texts) {
        Map<String, String> out = new LinkedHashMap<>();
        texts.forEach((lang, t) -> {
            if (t != null && !t.isBlank()) {
                out.put(lang, t.strip());
            }
        });
        return out;
    }

    private Optional<Node> concept(String scheme, String value, String field, String at, Problems problems) {
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Optional<Node> c = vocabulary.find(scheme, value);
        if (c.isEmpty()) {
            problems.add(at, "field " + field + ": unknown " + scheme.replace('-', ' ') + " '" + value + "'; one of " + vocabulary.codes(scheme));
        }
        return c;
    }

    /**
     * "identified" alone, or a dated history "2025-03-20 identified; 2025-05-02 assessed". The last step must be
     * the status field when both are given; dates must not go backwards.
     */
    private List<StatusEntry> history(String scheme, RawEntry e, String initial, Problems problems) {
        String at = e.place();
        List<StatusEntry> steps = new ArrayList<>();
        String text = e.field("status_history");
        if (!text.isEmpty()) {
            LocalDate last = LocalDate.MIN;
            for (String part : text.split("\\s*[;\\n]\\s*")) {
                if (part.isBlank()) {
                    continue;
                }
                Matcher m = HISTORY_STEP.matcher(part.strip());
                if (!m.matches()) {
                    problems.add(at, "field status_history: '" + part + "' is not 'DATE STATUS', e.g. '2025-03-20 identified'");
                    return List.of();
                }
                LocalDate date;
                try {
                    date = LocalDate.parse(m.group(1));
                } catch (DateTimeParseException x) {
                    problems.add(at, "field status_history: '" + m.group(1) + "' is not a date");
                    return List.of();
                }
                if (date.isBefore(last)) {
                    problems.add(at, "field status_history: " + date + " comes before the step above it");
                }
                if (date.isAfter(today)) {
                    problems.add(at, "field status_history: " + date + " is in the future");
                }
                last = date;
                Optional<Node> s = concept(scheme, m.group(2).strip(), "status_history", at, problems);
                if (s.isEmpty()) {
                    return List.of();
                }
                steps.add(new StatusEntry(date, s.get()));
            }
        }
        String status = e.field("status");
        if (!status.isEmpty()) {
            Optional<Node> s = concept(scheme, status, "status", at, problems);
            if (s.isEmpty()) {
                return List.of();
            }
            if (steps.isEmpty()) {
                steps.add(new StatusEntry(today, s.get()));
            } else if (!steps.get(steps.size() - 1).status().equals(s.get())) {
                problems.add(at, "field status: '" + status + "' differs from the last step of status_history");
                return List.of();
            }
        }
        if (steps.isEmpty()) {
            steps.add(new StatusEntry(today, LXM.concept(scheme, initial)));
        }
        return steps;
    }

    private Optional<Node> provision(String text, String at, Problems problems) {
        if (text.startsWith("http://") || text.startsWith("https://")) {
            Node n = NodeFactory.createURI(text);
            boolean known = graphs.statuteGraphs().stream().anyMatch(g -> dsg.getGraph(g).contains(n, Node.ANY, Node.ANY));
            if (!known) {
                problems.add(at, "field provisions: " + text + " is not an act or provision in the store");
                return Optional.empty();
            }
            return Optional.of(n);
        }
        Optional<ProvisionRef> ref;
        try {
            ref = ProvisionRef.parse(text);
        } catch (IllegalArgumentException x) {
            ref = Optional.empty();
        }
        if (ref.isEmpty()) {
            problems.add(at, "field provisions: '" + text + "' is not a provision like '434/2003 16 §' or '434/2003 8 b luku 53 e § 2 mom.'");
            return Optional.empty();
        }
        ProvisionLookup.Outcome found = ProvisionLookup.find(dsg, ref.get());
        if (found.problem().isPresent()) {
            problems.add(at, "field provisions: '" + text + "': " + found.problem().get());
            return Optional.empty();
        }
        return found.resource();
    }

    /** "vm-esteet-2025/R017/k22" (survey / respondent id / question) or an answer IRI. */
    private Optional<Node> answer(String text, String at, Problems problems) {
        Node n;
        if (text.startsWith("http://") || text.startsWith("https://")) {
            n = NodeFactory.createURI(text);
        } else {
            String[] parts = text.split("/");
            if (parts.length != 3) {
                problems.add(at, "field supported_by: '" + text + "' is not SURVEY/RESPONDENT/QUESTION, e.g. vm-esteet-2025/R017/k22");
                return Optional.empty();
            }
            n = surveys.answer(parts[0].strip(), parts[1].strip(), parts[2].strip());
        }
        if (!dsg.getGraph(graphs.surveysPrivate()).contains(n, RDF.type.asNode(), LXM.Answer)) {
            problems.add(at, "field supported_by: no survey answer '" + text + "' (import the survey first; a blank cell is no answer)");
            return Optional.empty();
        }
        return Optional.of(n);
    }
}
