package org.lexmaturity.screening;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.lexmaturity.kernel.ImportException;
import org.lexmaturity.vocab.LXM;

/**
 * The screening rules of {@code ontology/indicators.ttl}, checked and with every pattern compiled once. Immutable and
 * safe to share between threads.
 */
public final class IndicatorRules {
    /** The concept scheme of the indicators; its {@code owl:versionInfo} is the rule version. */
    public static final String SCHEME = LXM.NS_SCHEMES + "indicator";
    static final String FILE = "ontology/indicators.ttl";
    /** Case-insensitive in every script, and \w, \b match ä, ö, å: Finnish and Swedish words are not ASCII. */
    static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS;
    private static final Node SCHEME_NODE = NodeFactory.createURI(SCHEME);
    private static volatile IndicatorRules shipped;

    /**
     * An indicator with its patterns for one language: all of them in one alternation (one pass over the text), and
     * each on its own (to find the longest that matches where the alternation matched); exclusions may be empty.
     */
    record Compiled(Indicator indicator, Pattern pattern, List<Pattern> alternatives, List<Pattern> exclusions, List<String> literals,
            List<LemmaPattern> lemmaPatterns) {
        Compiled(Indicator indicator, Pattern pattern, List<Pattern> alternatives, List<Pattern> exclusions, List<LemmaPattern> lemmaPatterns) {
            this(indicator, pattern, alternatives, exclusions, literals(alternatives), lemmaPatterns);
        }

        /**
         * Words one of which every match of the rule begins with, lower-cased: a text with none of them cannot match,
         * so the rule is not run on it. Empty when some pattern does not begin with a plain word (then it always runs).
         */
        static List<String> literals(List<Pattern> alternatives) {
            List<String> out = new ArrayList<>();
            for (Pattern p : alternatives) {
                for (String branch : topLevelBranches(p.pattern())) {
                    List<String> words = leadingWords(branch);
                    if (words.isEmpty()) {
                        return List.of();
                    }
                    words.forEach(w -> out.add(w.toLowerCase(java.util.Locale.ROOT)));
                }
            }
            return List.copyOf(out);
        }

        /**
         * The words one of which a branch's match begins with: "\bkirjalli…" gives kirjalli, "\b(?:voi|voivat\s+…)"
         * gives voi and voivat; empty when the branch does not begin with \b and letters (or a group of such
         * alternatives), or when the first letters are optional.
         */
        static List<String> leadingWords(String branch) {
            if (!branch.startsWith("\\b")) {
                return List.of();
            }
            String rest = branch.substring(2);
            if (rest.startsWith("(?:")) {
                int depth = 0;
                int close = -1;
                for (int i = 0; i < rest.length() && close < 0; i++) {
                    char c = rest.charAt(i);
                    if (c == '\\') {
                        i++;
                    } else if (c == '(' || c == '[') {
                        depth++;
                    } else if ((c == ')' || c == ']') && --depth == 0) {
                        close = i;
                    }
                }
                if (close < 0 || close + 1 < rest.length() && "?*{".indexOf(rest.charAt(close + 1)) >= 0) {
                    return List.of(); // an optional group: the match may begin after it
                }
                List<String> out = new ArrayList<>();
                for (String alt : topLevelBranches(rest.substring(3, close))) {
                    String w = letters(alt);
                    if (w.isEmpty()) {
                        return List.of();
                    }
                    out.add(w);
                }
                return out;
            }
            String w = letters(rest);
            return w.isEmpty() ? List.of() : List.of(w);
        }

        /** The letters a regular expression begins with that every match has: "kirjallis(?:…)" gives kirjallis. */
        private static String letters(String regex) {
            int i = 0;
            while (i < regex.length() && Character.isLetter(regex.charAt(i))) {
                i++;
            }
            if (i < regex.length() && "?*{".indexOf(regex.charAt(i)) >= 0) {
                i--; // the last letter is optional or repeated
            }
            return regex.substring(0, Math.max(i, 0));
        }

        /** The branches of a pattern's top-level alternation ("a|b(?:c|d)" gives "a", "b(?:c|d)"). */
        private static List<String> topLevelBranches(String regex) {
            List<String> out = new ArrayList<>();
            int depth = 0;
            int from = 0;
            for (int i = 0; i < regex.length(); i++) {
                char c = regex.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (c == '(' || c == '[') {
                    depth++;
                } else if (c == ')' || c == ']') {
                    depth--;
                } else if (c == '|' && depth == 0) {
                    out.add(regex.substring(from, i));
                    from = i + 1;
                }
            }
            out.add(regex.substring(from));
            return out;
        }
    }


    /**
     * A clause context for one language: where its pattern matches, matches of the polarities it cancels are not
     * indicators, within {@code window} characters of it (0: anywhere in the sentence).
     */
    record Context(String code, Pattern pattern, Set<Polarity> cancels, Set<Node> cancelsTypes, Set<Node> spares, int window) {
        /**
         * Whether the context cancels matches of {@code indicator}: by its polarity or its barrier type, unless the
         * context spares that type (a definition clause is where a local definition is found).
         */
        boolean cancels(Indicator indicator) {
            Optional<Node> type = indicator.barrierType();
            if (type.map(spares::contains).orElse(false)) {
                return false;
            }
            return cancels.contains(indicator.polarity()) || type.map(cancelsTypes::contains).orElse(false);
        }
    }

    private final String version;
    private final List<Indicator> indicators;
    private final Map<String, Indicator> byCode;
    /** language → compiled barrier and enabler rules, in indicator order. */
    private final Map<String, List<Compiled>> reported;
    /** language → compiled mitigators. */
    private final Map<String, List<Compiled>> mitigators;
    /** language → clause contexts. */
    private final Map<String, List<Context>> contexts;
    /** language → cross-reference patterns, each with a named group "section". */
    private final Map<String, List<Pattern>> references;

    private IndicatorRules(String version, List<Indicator> indicators, Map<String, List<Compiled>> reported,
            Map<String, List<Compiled>> mitigators, Map<String, List<Context>> contexts, Map<String, List<Pattern>> references) {
        this.version = version;
        this.indicators = List.copyOf(indicators);
        Map<String, Indicator> codes = new LinkedHashMap<>();
        indicators.forEach(i -> codes.put(i.code(), i));
        this.byCode = Map.copyOf(codes);
        this.reported = Map.copyOf(reported);
        this.mitigators = Map.copyOf(mitigators);
        this.contexts = Map.copyOf(contexts);
        this.references = Map.copyOf(references);
    }

    /** The rules shipped in the jar, parsed once. */
    public static IndicatorRules shipped() {
        IndicatorRules r = shipped;
        if (r == null) {
            synchronized (IndicatorRules.class) {
                r = shipped;
                if (r == null) {
                    Graph g = GraphFactory.createDefaultGraph();
                    try (InputStream in = IndicatorRules.class.getResourceAsStream("/" + FILE)) {
                        if (in == null) {
                            throw new IllegalStateException(FILE + " is missing from the class path");
                        }
                        RDFParser.source(in).lang(Lang.TURTLE).parse(g);
                    } catch (IOException e) {
                        throw new IllegalStateException("cannot read " + FILE, e);
                    } catch (RiotException e) {
                        throw new ImportException(FILE, "", "not valid Turtle: " + e.getMessage(), e);
                    }
                    r = load(g, FILE);
                    shipped = r;
                }
            }
        }
        return r;
    }

    /**
     * Reads and checks the indicators in {@code g}.
     *
     * @param source the file name used in messages
     * @throws ImportException naming the source, the indicator and the language of a bad pattern, or what is missing
     */
    public static IndicatorRules load(Graph g, String source) {
        String version = single(g, SCHEME_NODE, OWL.versionInfo.asNode())
                .filter(Node::isLiteral).map(Node::getLiteralLexicalForm)
                .orElseThrow(() -> new ImportException(source, "scheme <" + SCHEME + ">", "no owl:versionInfo (the rule version)"));
        List<Node> subjects = new ArrayList<>();
        g.find(Node.ANY, RDF.type.asNode(), LXM.Indicator).forEach(t -> subjects.add(t.getSubject()));
        if (subjects.isEmpty()) {
            throw new ImportException(source, "", "no lxm:Indicator found");
        }
        subjects.sort(Comparator.comparing(Node::getURI));
        List<Indicator> indicators = new ArrayList<>();
        Map<String, List<Compiled>> reported = new TreeMap<>();
        Map<String, List<Compiled>> mitigators = new TreeMap<>();
        for (Node s : subjects) {
            Indicator ind = indicator(g, s, source);
            indicators.add(ind);
            String place = "indicator " + ind.code();
            Map<String, Pattern> patterns = compileOne(g, s, LXM.pattern, source, place, "pattern");
            if (patterns.isEmpty()) {
                throw new ImportException(source, place, "no lxm:pattern");
            }
            Map<String, List<Pattern>> exclusions = compileAll(g, s, LXM.exclusion, source, place, "exclusion");
            Map<String, List<Pattern>> alternatives = compileAll(g, s, LXM.pattern, source, place, "pattern");
            Map<String, List<LemmaPattern>> lemmaPatterns = lemmaPatterns(g, s, source, place);
            for (String lang : lemmaPatterns.keySet()) {
                if (!patterns.containsKey(lang)) {
                    // the regular expressions are what screening falls back to without an analyser
                    throw new ImportException(source, place + ", lemma pattern @" + lang, "a lemma pattern needs an lxm:pattern in the same language");
                }
                if (ind.polarity() == Polarity.MITIGATOR) {
                    throw new ImportException(source, place + ", lemma pattern @" + lang, "mitigators take regular expressions only");
                }
            }
            patterns.forEach((lang, p) -> {
                Compiled c = new Compiled(ind, p, alternatives.get(lang), exclusions.getOrDefault(lang, List.of()),
                        lemmaPatterns.getOrDefault(lang, List.of()));
                (ind.polarity() == Polarity.MITIGATOR ? mitigators : reported).computeIfAbsent(lang, k -> new ArrayList<>()).add(c);
            });
        }
        // barriers first, then enablers, each in code order, so that results are stable from run to run
        Comparator<Indicator> order = Comparator.comparing(Indicator::polarity).thenComparing(Indicator::code);
        indicators.sort(order);
        reported.values().forEach(l -> l.sort(Comparator.comparing(Compiled::indicator, order)));
        Map<String, List<Compiled>> r = new HashMap<>();
        reported.forEach((k, v) -> r.put(k, List.copyOf(v)));
        Map<String, List<Compiled>> m = new HashMap<>();
        mitigators.forEach((k, v) -> m.put(k, List.copyOf(v)));
        return new IndicatorRules(version, indicators, r, m, contexts(g, source), references(g, source));
    }

    /** The cross-reference patterns, per language; each must have the named group "section". */
    private static Map<String, List<Pattern>> references(Graph g, String source) {
        Map<String, List<Pattern>> out = new HashMap<>();
        for (Triple t : g.find(Node.ANY, RDF.type.asNode(), LXM.CrossReference).toList()) {
            String place = "cross-reference " + t.getSubject().getURI().substring(t.getSubject().getURI().lastIndexOf('/') + 1);
            compileAll(g, t.getSubject(), LXM.pattern, source, place, "pattern").forEach((lang, list) -> {
                for (Pattern p : list) {
                    if (!p.pattern().contains("(?<section>")) {
                        throw new ImportException(source, place + ", pattern @" + lang, "no named group (?<section>…) for the section referred to");
                    }
                }
                out.computeIfAbsent(lang, k -> new ArrayList<>()).addAll(list);
            });
        }
        Map<String, List<Pattern>> copy = new HashMap<>();
        out.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return copy;
    }

    /** The cross-reference patterns of a language. */
    public List<Pattern> references(String language) {
        return references.getOrDefault(language, List.of());
    }

    /** The clause contexts of the rules, per language. */
    private static Map<String, List<Context>> contexts(Graph g, String source) {
        List<Node> subjects = new ArrayList<>();
        g.find(Node.ANY, RDF.type.asNode(), LXM.ClauseContext).forEach(t -> subjects.add(t.getSubject()));
        subjects.sort(Comparator.comparing(Node::toString));
        Map<String, List<Context>> out = new HashMap<>();
        for (Node s : subjects) {
            String code = s.isURI() ? s.getURI().substring(s.getURI().lastIndexOf('/') + 1) : s.toString();
            String place = "clause context " + code;
            Set<Polarity> cancels = new java.util.TreeSet<>();
            Set<Node> cancelsTypes = new java.util.HashSet<>();
            g.find(s, LXM.cancels, Node.ANY).forEach(t -> {
                if (t.getObject().isURI()) {
                    cancelsTypes.add(t.getObject()); // a barrier type: only its barriers
                } else {
                    cancels.add(Polarity.ofCode(t.getObject().getLiteralLexicalForm()).orElseThrow(() -> new ImportException(source, place,
                            "lxm:cancels must be barrier, enabler or a barrier type, not " + t.getObject())));
                }
            });
            if (cancels.isEmpty() && cancelsTypes.isEmpty()) {
                throw new ImportException(source, place, "no lxm:cancels (barrier, enabler, or a barrier type)");
            }
            Set<Node> spares = new java.util.HashSet<>();
            g.find(s, LXM.spares, Node.ANY).forEach(t -> spares.add(t.getObject()));
            int window = single(g, s, LXM.window).filter(Node::isLiteral).map(n -> Integer.parseInt(n.getLiteralLexicalForm().strip())).orElse(0);
            Map<String, Pattern> patterns = compileOne(g, s, LXM.pattern, source, place, "pattern");
            if (patterns.isEmpty()) {
                throw new ImportException(source, place, "no lxm:pattern");
            }
            patterns.forEach((lang, p) -> out.computeIfAbsent(lang, k -> new ArrayList<>()).add(new Context(code, p, Set.copyOf(cancels), Set.copyOf(cancelsTypes), Set.copyOf(spares), window)));
        }
        Map<String, List<Context>> copy = new HashMap<>();
        out.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return copy;
    }

    /** The rule version ({@code owl:versionInfo} of the scheme), stored with every finding as {@code lxm:ruleVersion}. */
    public String version() {
        return version;
    }

    /** Every indicator: barriers, then enablers, then mitigators, each in code order. */
    public List<Indicator> indicators() {
        return indicators;
    }

    public Optional<Indicator> byCode(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The languages some indicator has a pattern for. */
    public Set<String> languages() {
        return reported.keySet();
    }

    /** Whether {@code indicator} has a pattern in {@code language}. */
    public boolean hasPattern(Indicator indicator, String language) {
        return compiledFor(indicator, language).isPresent();
    }

    Optional<Compiled> compiledFor(Indicator indicator, String language) {
        List<Compiled> list = (indicator.polarity() == Polarity.MITIGATOR ? mitigators : reported).getOrDefault(language, List.of());
        return list.stream().filter(c -> c.indicator().equals(indicator)).findFirst();
    }

    List<Compiled> reported(String language) {
        return reported.getOrDefault(language, List.of());
    }

    List<Compiled> mitigators(String language) {
        return mitigators.getOrDefault(language, List.of());
    }

    List<Context> contexts(String language) {
        return contexts.getOrDefault(language, List.of());
    }

    private static Indicator indicator(Graph g, Node s, String source) {
        String iri = s.isURI() ? s.getURI() : s.toString();
        String code = iri.substring(iri.lastIndexOf('/') + 1);
        String place = "indicator " + code;
        if (!s.isURI() || !iri.startsWith(SCHEME + "/") || code.isEmpty()) {
            throw new ImportException(source, place, "the IRI must be " + SCHEME + "/{code}");
        }
        String pol = single(g, s, LXM.polarity).filter(Node::isLiteral).map(Node::getLiteralLexicalForm)
                .orElseThrow(() -> new ImportException(source, place, "no lxm:polarity (barrier, enabler or mitigator)"));
        Polarity polarity = Polarity.ofCode(pol)
                .orElseThrow(() -> new ImportException(source, place, "unknown lxm:polarity '" + pol + "': expected barrier, enabler or mitigator"));
        Node dimension = single(g, s, LXM.dimension).filter(Node::isURI)
                .orElseThrow(() -> new ImportException(source, place, "no lxm:dimension"));
        Optional<Node> barrierType = single(g, s, LXM.barrierType).filter(Node::isURI);
        List<Node> counters = new ArrayList<>();
        g.find(s, LXM.counters, Node.ANY).forEach(t -> counters.add(t.getObject()));
        counters.sort(Comparator.comparing(Node::toString));
        if (polarity == Polarity.BARRIER && barrierType.isEmpty()) {
            throw new ImportException(source, place, "a barrier needs lxm:barrierType");
        }
        if (polarity != Polarity.BARRIER && counters.isEmpty()) {
            throw new ImportException(source, place, "an " + polarity.code() + " needs lxm:counters (the barrier types it counters)");
        }
        double weight = single(g, s, LXM.weight).filter(Node::isLiteral).map(n -> weight(n, source, place))
                .orElseThrow(() -> new ImportException(source, place, "no lxm:weight"));
        Map<String, String> label = texts(g, s, SKOS.prefLabel.asNode());
        if (label.isEmpty()) {
            throw new ImportException(source, place, "no skos:prefLabel");
        }
        return new Indicator(s, code, polarity, dimension, polarity == Polarity.BARRIER ? barrierType : Optional.empty(),
                counters, weight, label, texts(g, s, LXM.suggestion),
                single(g, s, LXM.guideCategory).filter(Node::isLiteral).map(Node::getLiteralLexicalForm));
    }

    private static double weight(Node n, String source, String place) {
        try {
            double w = new BigDecimal(n.getLiteralLexicalForm().strip()).doubleValue();
            if (w < 0 || w > 1) {
                throw new ImportException(source, place, "lxm:weight " + w + " is outside 0–1");
            }
            return w;
        } catch (NumberFormatException e) {
            throw new ImportException(source, place, "lxm:weight '" + n.getLiteralLexicalForm() + "' is not a number");
        }
    }

    /** Per language, all literals of {@code p} joined into one alternation (one pass over the text per language). */
    private static Map<String, Pattern> compileOne(Graph g, Node s, Node p, String source, String place, String what) {
        Map<String, Pattern> out = new TreeMap<>();
        compileAll(g, s, p, source, place, what).forEach((lang, list) -> {
            StringBuilder sb = new StringBuilder();
            for (Pattern each : list) {
                sb.append(sb.length() == 0 ? "" : "|").append("(?:").append(each.pattern()).append(')');
            }
            out.put(lang, Pattern.compile(sb.toString(), FLAGS));
        });
        return out;
    }

    /** The lemma patterns of an indicator, per language, parsed and checked. */
    private static Map<String, List<LemmaPattern>> lemmaPatterns(Graph g, Node s, String source, String place) {
        Map<String, List<LemmaPattern>> out = new TreeMap<>();
        List<Node> objects = new ArrayList<>();
        g.find(s, LXM.lemmaPattern, Node.ANY).forEach(t -> objects.add(t.getObject()));
        objects.sort(Comparator.comparing(Node::toString));
        for (Node o : objects) {
            String lang = o.isLiteral() ? o.getLiteralLanguage() : "";
            if (lang.isEmpty()) {
                throw new ImportException(source, place + ", lemma pattern", "every lemma pattern needs a language tag (@fi, @sv): " + o);
            }
            try {
                out.computeIfAbsent(lang, k -> new ArrayList<>()).add(LemmaPattern.parse(o.getLiteralLexicalForm()));
            } catch (IllegalArgumentException e) {
                throw new ImportException(source, place + ", lemma pattern @" + lang, "\"" + o.getLiteralLexicalForm() + "\": " + e.getMessage(), e);
            }
        }
        out.replaceAll((k, v) -> List.copyOf(v));
        return out;
    }

    private static Map<String, List<Pattern>> compileAll(Graph g, Node s, Node p, String source, String place, String what) {
        Map<String, List<String>> raw = new TreeMap<>();
        g.find(s, p, Node.ANY).forEach(t -> {
            Node o = t.getObject();
            String lang = o.isLiteral() ? o.getLiteralLanguage() : "";
            if (lang.isEmpty()) {
                throw new ImportException(source, place + ", " + what, "every " + what + " needs a language tag (@fi, @sv, @en): " + o);
            }
            raw.computeIfAbsent(lang, k -> new ArrayList<>()).add(o.getLiteralLexicalForm());
        });
        Map<String, List<Pattern>> out = new TreeMap<>();
        raw.forEach((lang, list) -> {
            list.sort(null);
            List<Pattern> compiled = new ArrayList<>();
            for (String regex : list) {
                try {
                    compiled.add(Pattern.compile(regex, FLAGS));
                } catch (PatternSyntaxException e) {
                    throw new ImportException(source, place + ", " + what + " @" + lang,
                            "not a valid regular expression: " + e.getDescription() + " near index " + e.getIndex() + " of " + regex, e);
                }
            }
            out.put(lang, List.copyOf(compiled));
        });
        return out;
    }

    private static Map<String, String> texts(Graph g, Node s, Node p) {
        Map<String, String> out = new TreeMap<>();
        g.find(s, p, Node.ANY).forEach(t -> {
            if (t.getObject().isLiteral()) {
                out.put(t.getObject().getLiteralLanguage(), t.getObject().getLiteralLexicalForm());
            }
        });
        return out;
    }

    private static Optional<Node> single(Graph g, Node s, Node p) {
        var it = g.find(s, p, Node.ANY);
        try {
            return it.hasNext() ? Optional.of(it.next().getObject()) : Optional.empty();
        } finally {
            it.close();
        }
    }
}
