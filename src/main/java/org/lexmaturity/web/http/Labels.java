package org.lexmaturity.web.http;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Collectors;
import org.lexmaturity.statutes.ProvisionLabels;
import org.lexmaturity.kernel.Language;
import org.lexmaturity.web.register.RegisterForm;
import org.lexmaturity.web.register.RegisterLinks;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.lexmaturity.vocab.Vocabulary;

/** Concepts of the shipped vocabularies as the pages show them: labels in the page language, options for selects. */
public final class Labels {
    /** One option of a select: the code posted back and the label shown. */
    record Option(String code, String label) {}

    private final String lang;
    private final Vocabulary vocabulary = Vocabulary.shipped();

    public Labels(String lang) {
        this.lang = lang;
    }

    /** A register entry's title (or description) in the page language, else in another one. */
    public String title(Map<String, String> texts) {
        return Language.pick(texts, lang);
    }

    /** A provision's citation in the page language ("9001/2016 2 luku 3 §"). */
    public String provision(String iri) {
        return ProvisionLabels.of(iri, lang);
    }

    /** The act page a provision belongs to. */
    public String actLink(String iri) {
        return RegisterLinks.act(iri);
    }

    /** The languages of register texts, in the order the forms show them. */
    public List<String> languages() {
        return RegisterForm.LANGUAGES;
    }

    public String label(Node concept) {
        return concept == null ? "–" : vocabulary.label(concept, lang);
    }

    public String opt(Optional<Node> concept) {
        return concept.map(this::label).orElse("–");
    }

    /** The label of a code of a scheme, or the code itself when the scheme has no such concept. */
    public String code(String scheme, String code) {
        return vocabulary.find(scheme, code).map(this::label).orElse(code);
    }

    public List<String> all(List<Node> concepts) {
        return concepts.stream().map(this::label).toList();
    }

    /** The concepts of a scheme ("theme", "barrier-type", "ministry", …) in scheme order; ministries by label. */
    public List<Option> options(String scheme) {
        List<Option> out = vocabulary.concepts(scheme).stream().map(c -> new Option(Vocabulary.code(c), label(c))).toList();
        if (scheme.equals("ministry")) {
            out = out.stream().sorted(Comparator.comparing(Option::label)).toList();
        }
        return out;
    }

    /** What a register change touched, in the page's words ("status, status history"; "created"). */
    public static String changedFields(String fields, Map<String, String> words) {
        if (fields.equals("created")) {
            return words.getOrDefault("register.changes.created", fields);
        }
        return Arrays.stream(fields.split(",\\s*")).map(f -> words.getOrDefault("register.changed." + f, f))
                .collect(Collectors.joining(", "));
    }
}
