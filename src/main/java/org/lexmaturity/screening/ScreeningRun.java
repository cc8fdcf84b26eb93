package org.lexmaturity.screening;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.lexmaturity.kernel.ImportException;
import org.lexmaturity.store.Sparql;
import org.lexmaturity.statutes.ActNumber;
import org.lexmaturity.statutes.ActVersions;
import org.lexmaturity.vocab.ELI;
import org.lexmaturity.statutes.ProvisionLookup;
import org.lexmaturity.store.Store;
import org.lexmaturity.vocab.LXM;
import org.lexmaturity.vocab.PROV;

/**
 * Runs every indicator over every provision text (or one act's) and stores each match as an
 * {@code lxm:Finding} in the screening graph: provision, its act, indicator, language, matched span, rule version.
 * Re-running replaces the findings of the same rule version in the same scope, in one transaction; findings
 * of other rule versions stay, so that two versions can be compared. Findings written before screening recorded
 * the act ({@code lxm:concernsAct}) get it added by the next run, whatever their rule version.
 */
public final class ScreeningRun {
    /**
     * {@code acts}: the acts screened, whose maturity scores are now due for recomputing (none when another version
     * than the current one was screened: scores are of the law as it stands). {@code textVersion}: the version path
     * asked for, empty for the current texts.
     */
    public record Result(int texts, int findings, int replaced, String ruleVersion, Duration took, List<Node> acts, String textVersion,
                         Map<String, Long> skipped) {
        /** How many texts were not screened because the rules have no patterns for their language. */
        public long skippedTexts() {
            return skipped.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** One text to screen: {@code carrier} holds it (a provision, or a provision's version), {@code version} its version node. */
    private record Text(Node carrier, Node act, String text, String language, Node version) {}

    /** The guide categories a cross-reference to another section's manner inherits. */
    private static final Set<String> MANNER = Set.of("WF", "SIG", "ORIG", "PERS", "POST", "FORM");

    private final Store store;
    private final IndicatorRules rules;
    private final Screener screener;
    private final Clock clock;

    public ScreeningRun(Store store, IndicatorRules rules, Clock clock) {
        this.store = store;
        this.rules = rules;
        this.screener = new Screener(rules);
        this.clock = clock;
    }

    /** Screens the current texts: of every act, or of one. */
    public Result run(Optional<ActNumber> act) {
        return run(act, Optional.empty());
    }

    /**
     * Screens the texts of one temporal version ({@code alkup}, {@code ajantasa/20170621}) instead of the current
     * ones, when {@code versionPath} is given: of the one act, or of every act that has that version.
     */
    public Result run(Optional<ActNumber> act, Optional<String> versionPath) {
        Instant start = clock.instant();
        List<Text> texts = store.read(dsg -> {
            Optional<Node> a = act.map(n -> ProvisionLookup.act(dsg, n)
                    .orElseThrow(() -> new ImportException(n.local(), "", "act " + n.local() + " is not in the store")));
            return versionPath.isPresent() ? versionTexts(dsg, a, versionPath.get()) : currentTexts(dsg, a);
        });
        if (versionPath.isPresent() && act.isPresent() && texts.isEmpty()) {
            throw new ImportException(act.get().local(), "", "the store has no version " + versionPath.get() + " of this act");
        }
        // a text in a language the rules have no patterns for is skipped and counted, never a reason to stop
        Map<String, Long> skipped = new java.util.TreeMap<>();
        texts.stream().filter(t -> !rules.languages().contains(t.language())).forEach(t -> skipped.merge(t.language(), 1L, Long::sum));
        List<Text> screenable = texts.stream().filter(t -> rules.languages().contains(t.language())).toList();
        // screening is pure computation: done outside the write transaction, which then only writes
        List<Finding> own = screenable.parallelStream().flatMap(t -> screener.screen(t.text(), t.language()).stream()
                .map(m -> new Finding(t, m, null))).toList();
        List<Finding> findings = new ArrayList<>(own);
        // within the texts screened: the current ones, or one version's (whose provisions' versions keep their paths)
        findings.addAll(inherited(screenable, own));
        Set<String> scope = new HashSet<>();
        texts.forEach(t -> scope.add(key(t.carrier(), t.language())));
        String version = rules.version();
        boolean everyCurrentText = act.isEmpty() && versionPath.isEmpty();
        return store.write(dsg -> {
            Graph g = dsg.getGraph(store.graphs().screening());
            int replaced = remove(dsg, g, version, everyCurrentText ? null : scope);
            Node run = NodeFactory.createURI(store.config().baseIri() + "id/screening/" + UUID.randomUUID());
            g.add(run, RDF.type.asNode(), PROV.Activity);
            g.add(run, LXM.ruleVersion, NodeFactory.createLiteralString(version));
            g.add(run, PROV.endedAtTime, NodeFactory.createLiteralDT(clock.instant().toString(), XSDDatatype.XSDdateTime));
            act.ifPresent(a -> g.add(run, DCTerms.subject.asNode(), NodeFactory.createLiteralString(a.local())));
            versionPath.ifPresent(p -> texts.stream().map(Text::version).filter(java.util.Objects::nonNull).distinct()
                    .forEach(v -> g.add(run, LXM.textVersion, v)));
            for (Finding f : findings) {
                write(g, f, version, run);
            }
            addMissingActs(dsg, g);
            List<Node> acts = versionPath.isPresent() ? List.of() : texts.stream().map(Text::act).distinct().toList();
            return new Result(screenable.size(), findings.size(), replaced, version, Duration.between(start, clock.instant()), acts,
                    versionPath.orElse(""), Map.copyOf(skipped));
        });
    }

    /** The texts the provisions carry, each with the version it is of in its language. */
    private static List<Text> currentTexts(DatasetGraph dsg, Optional<Node> act) {
        List<Sparql.Row> rows = act.isPresent() ? Sparql.select(dsg, "list-act-provision-texts", Map.of("act", act.get()))
                : Sparql.select(dsg, "list-provision-texts");
        Map<String, Optional<Node>> versions = new HashMap<>();
        List<Text> out = new ArrayList<>();
        for (Sparql.Row r : rows) {
            Node a = act.orElseGet(() -> r.get("act").orElseThrow());
            Node literal = r.get("text").orElseThrow();
            String lang = language(literal);
            Node g = r.get("g").orElseThrow();
            Optional<Node> v = versions.computeIfAbsent(a.getURI() + "|" + lang, k -> ActVersions.current(dsg, g, a, lang)
                    .map(c -> ActVersions.versionNode(a, c.versionPath())));
            out.add(new Text(r.get("provision").orElseThrow(), a, literal.getLiteralLexicalForm(), lang, v.orElse(null)));
        }
        return out;
    }

    /** The texts of one version, of the act or of every act that has the version. */
    private static List<Text> versionTexts(DatasetGraph dsg, Optional<Node> act, String versionPath) {
        List<Text> out = new ArrayList<>();
        Map<String, Node> in = new HashMap<>(Map.of("path", NodeFactory.createLiteralString(versionPath)));
        act.ifPresent(a -> in.put("act", a));
        for (Sparql.Row r : Sparql.select(dsg, "list-acts-with-version", in)) {
            Node a = act.orElseGet(() -> r.get("act").orElseThrow());
            Node version = ActVersions.versionNode(a, versionPath);
            for (ActVersions.VersionText t : ActVersions.texts(dsg, r.get("g").orElseThrow(), a, versionPath)) {
                out.add(new Text(t.carrier(), a, t.text().getLiteralLexicalForm(), t.language(), version));
            }
        }
        return out;
    }

    private static String language(Node literal) {
        return literal.getLiteralLanguage().isEmpty() ? "fi" : literal.getLiteralLanguage().toLowerCase(java.util.Locale.ROOT);
    }

    private static String key(Node carrier, String language) {
        return carrier.getURI() + "|" + language;
    }

    /** {@code inheritedFrom}: the section whose requirement the text takes by a cross-reference, or null. */
    private record Finding(Text text, Match match, Node inheritedFrom) {}

    /**
     * The barriers a text takes from another section of its act by a cross-reference ("17 §:ssä tarkoitetulla
     * tavalla", "på det sätt som avses i 17 §"): each standing form requirement (written form, signature, original,
     * personal appearance, post, prescribed form) found in that section's text in the same language, found again on
     * the reference. The section is the one of that number in the same chapter, else in
     * the act.
     */
    private List<Finding> inherited(List<Text> texts, List<Finding> own) {
        Map<String, List<Match>> barriers = new HashMap<>();
        for (Finding f : own) {
            Match m = f.match();
            // what a reference to "the manner" of another section takes: its form requirements, not its discretion
            if (m.indicator().polarity() == Polarity.BARRIER && !m.mitigated() && m.indicator().category().map(MANNER::contains).orElse(false)) {
                sectionOf(f.text().carrier().getURI()).ifPresent(sec -> barriers.computeIfAbsent(sec + "|" + m.language(), k -> new ArrayList<>()).add(m));
            }
        }
        List<Finding> out = new ArrayList<>();
        for (Text t : texts) {
            String iri = t.carrier().getURI();
            Optional<String> own0 = sectionOf(iri);
            int at = iri.lastIndexOf("/pykala/");
            if (own0.isEmpty() || at < 0) {
                continue;
            }
            for (java.util.regex.Pattern p : rules.references(t.language())) {
                java.util.regex.Matcher m = p.matcher(t.text());
                boolean chapters = p.pattern().contains("(?<chapter>");
                while (m.find()) {
                    String number = m.group("section").replaceAll("\\s", "").toLowerCase(java.util.Locale.ROOT);
                    String chapter = chapters ? m.group("chapter") : null;
                    String target;
                    if (chapter != null) {
                        // "3 luvun 5 §", "3 kap. 5 §": that chapter's section
                        target = t.act().getURI() + "/luku/" + chapter.replaceAll("\\s", "").toLowerCase(java.util.Locale.ROOT) + "/pykala/" + number;
                    } else {
                        String sameChapter = iri.substring(0, at) + "/pykala/" + number;
                        String inAct = t.act().getURI() + "/pykala/" + number;
                        target = barriers.containsKey(sameChapter + "|" + t.language()) ? sameChapter : inAct;
                    }
                    if (target.equals(own0.get())) {
                        continue;
                    }
                    Set<String> seen = new HashSet<>();
                    for (Match b : barriers.getOrDefault(target + "|" + t.language(), List.of())) {
                        if (seen.add(b.indicator().code())) {
                            Match ref = new Match(b.indicator(), t.language(), m.start(), m.end(), m.group(), m.start(), m.end());
                            out.add(new Finding(t, ref, NodeFactory.createURI(target)));
                        }
                    }
                }
            }
        }
        return out;
    }

    /** The section a provision IRI is in: "…/luku/2/pykala/3/momentti/1" gives "…/luku/2/pykala/3". */
    private static Optional<String> sectionOf(String iri) {
        int at = iri.lastIndexOf("/pykala/");
        if (at < 0) {
            return Optional.empty();
        }
        int end = iri.indexOf('/', at + "/pykala/".length());
        return Optional.of(end < 0 ? iri : iri.substring(0, end));
    }

    /**
     * Adds {@code lxm:concernsAct} to the findings that lack it: those of older rule versions written before
     * screening recorded the act. A finding whose provision is no longer in the store gets none, as before.
     */
    private void addMissingActs(DatasetGraph dsg, Graph g) {
        for (Sparql.Row r : Sparql.select(dsg, "list-findings-without-act", Map.of("screening", store.graphs().screening()))) {
            g.add(r.get("finding").orElseThrow(), LXM.concernsAct, r.get("act").orElseThrow());
        }
    }

    /**
     * Deletes the findings of rule {@code version} in the given texts (carrier and language), or, with {@code scope}
     * null, every finding of the current texts: those of other versions' texts (on a provision's version, {@code
     * eli:is_member_of} its provision) stay.
     */
    private static int remove(DatasetGraph dsg, Graph g, String version, Set<String> scope) {
        List<Node> doomed = new ArrayList<>();
        for (Triple t : g.find(Node.ANY, LXM.ruleVersion, NodeFactory.createLiteralString(version)).toList()) {
            Node f = t.getSubject();
            if (!g.contains(f, RDF.type.asNode(), LXM.Finding)) {
                continue;
            }
            String lang = g.find(f, DCTerms.language.asNode(), Node.ANY).nextOptional().map(x -> x.getObject().getLiteralLexicalForm())
                    .orElse("fi");
            boolean in = g.find(f, LXM.concernsProvision, Node.ANY).toList().stream().map(Triple::getObject).anyMatch(p -> scope == null
                    ? !dsg.contains(Node.ANY, p, ELI.is_member_of, Node.ANY)
                    : p.isURI() && scope.contains(key(p, lang)));
            if (in) {
                doomed.add(f);
            }
        }
        for (Node f : doomed) {
            g.find(f, Node.ANY, Node.ANY).toList().forEach(g::delete);
        }
        return doomed.size();
    }

    private void write(Graph g, Finding f, String version, Node run) {
        Match m = f.match();
        Text t = f.text();
        Node n = NodeFactory.createURI(store.config().baseIri() + "id/finding/"
                + hash(version + "|" + t.carrier().getURI() + "|" + m.indicator().code() + "|" + m.language() + "|" + m.start()
                        + (f.inheritedFrom() == null ? "" : "|" + f.inheritedFrom().getURI())
                        // the text version too: a finding moved aside with its text keeps its IRI, which the same match in
                        // the provision's newer text must not share
                        + (t.version() == null ? "" : "|" + t.version().getURI())));
        g.add(n, RDF.type.asNode(), LXM.Finding);
        g.add(n, LXM.concernsProvision, t.carrier());
        g.add(n, LXM.concernsAct, t.act());
        if (t.version() != null) {
            g.add(n, LXM.textVersion, t.version());
        }
        g.add(n, LXM.indicator, m.indicator().iri());
        g.add(n, LXM.dimension, m.indicator().dimension());
        m.indicator().barrierType().ifPresent(b -> g.add(n, LXM.barrierType, b));
        m.mitigatedBy().ifPresent(x -> g.add(n, LXM.mitigatedBy, x.iri()));
        if (f.inheritedFrom() != null) {
            g.add(n, LXM.inheritedFrom, f.inheritedFrom());
        }
        g.add(n, DCTerms.language.asNode(), NodeFactory.createLiteralString(m.language()));
        g.add(n, LXM.matchedText, NodeFactory.createLiteralLang(m.text(), m.language()));
        g.add(n, LXM.matchStart, integer(m.start()));
        g.add(n, LXM.matchEnd, integer(m.end()));
        g.add(n, LXM.ruleVersion, NodeFactory.createLiteralString(version));
        g.add(n, PROV.wasGeneratedBy, run);
    }

    private static Node integer(int i) {
        return NodeFactory.createLiteralDT(String.valueOf(i), XSDDatatype.XSDinteger);
    }

    private static String hash(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)), 0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
