package org.lexmaturity.statutes;

import java.util.Locale;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.lexmaturity.vocab.ELI;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.lucene.queryparser.classic.QueryParserBase;
import org.lexmaturity.store.Sparql;
import org.lexmaturity.store.Store;

/** Reads acts for the statute browser and the API: lists, search, and one act with all its provisions. */
public final class StatuteCatalog {
    private static final long INDEX_MAX_AGE_NANOS = java.util.concurrent.TimeUnit.SECONDS.toNanos(60);

    private final Store store;
    private volatile Indexed indexed;

    private record Indexed(ActIndex index, long commits, long at) {}

    public StatuteCatalog(Store store) {
        this.store = store;
    }

    /**
     * One act in a list. Titles may be empty where a language version is missing; {@code ministry} is the English
     * label of the responsible ministry, {@code ministryIri} its concept (both empty when unknown).
     */
    public record ActSummary(String iri, ActNumber number, String titleFi, String titleSv, String type, String date,
                             String ministry, boolean demonstration, long sections, String ministryIri) {
        public String title() {
            return titleFi.isEmpty() ? titleSv : titleFi;
        }
    }

    /**
     * One page of the acts list: its acts, newest first, and how many acts the filters let through in all.
     *
     * @param page 1 for the first
     */
    public record ActPage(List<ActSummary> acts, long total, int page, int size) {
        public long pages() {
            return Math.max(1, (total + size - 1) / size);
        }

        /** The position of the page's first act in the whole list, from 1; 0 on an empty page. */
        public long first() {
            return acts.isEmpty() ? 0 : (long) (page - 1) * size + 1;
        }

        public long last() {
            return acts.isEmpty() ? 0 : first() + acts.size() - 1;
        }

        public boolean hasNext() {
            return page < pages();
        }
    }

    /** A provision found by full-text search. */
    public record Hit(String act, ActNumber number, String provision, String sectionNumber, String text, double score) {}

    /** One node of an act's structure with its texts per language. */
    /**
     * One subdivision with its headings and texts per language; {@code missingIn}: the act's languages in which it
     * has no text, where the language versions' structures differ.
     */
    public record Provision(String iri, String kind, String number, String eId, Map<String, String> headings,
                            Map<String, String> texts, Set<String> missingIn, List<Provision> children) {
        public boolean missing(String lang) {
            return missingIn.contains(lang);
        }

        public String heading(String lang) {
            return headings.getOrDefault(lang, "");
        }

        public String text(String lang) {
            return texts.getOrDefault(lang, "");
        }
    }

    /**
     * A language version of an act and where it came from: the temporal version it is of ({@code alkup}, or {@code
     * ajantasa/YYYYMMDD}), and whether its texts are the ones the provisions carry in its language.
     */
    public record Version(String language, String iri, String title, String format, String file, String version, boolean current) {
        /** "2017-06-21" for a consolidated version, else empty. */
        public String consolidatedAsOf() {
            return version.matches("ajantasa/\\d{8}")
                    ? version.substring(9, 13) + "-" + version.substring(13, 15) + "-" + version.substring(15, 17) : "";
        }
    }

    /**
     * One act with its whole structure, with the texts of the version {@code shown} ({@code ""}: the current texts,
     * the newest version of each language). {@code elsewhere}: provisions the shown version has that the current
     * structure does not (sections since repealed), with their texts.
     */
    public record ActDetail(String iri, ActNumber number, String type, String date, String published, String ministry,
                            boolean demonstration, List<Version> versions, List<Provision> parts, String shown,
                            List<Provision> elsewhere) {
        /** The distinct temporal versions of the act, oldest first. */
        public List<String> versionPaths() {
            return versions.stream().map(Version::version).filter(v -> !v.isEmpty()).distinct()
                    .sorted((a, b) -> a.equals(b) ? 0 : new ActExpression.Version(a, Optional.empty())
                            .newerThan(new ActExpression.Version(b, Optional.empty())) ? 1 : -1).toList();
        }

        public String title(String lang) {
            return versions.stream().filter(v -> v.language().equals(lang)).map(Version::title).findFirst().orElse("");
        }

        public boolean hasLanguage(String lang) {
            return versions.stream().anyMatch(v -> v.language().equals(lang));
        }
    }

    /**
     * One page of the acts, newest first, whose title contains {@code titleContains} (any case) or whose number it is,
     * of the ministry {@code ministryIri}; "" leaves either out. Reads the details of the page's acts only.
     *
     * @param page from 1; a page past the last is empty
     */
    public ActPage page(String titleContains, String ministryIri, int page, int size) {
        if (page < 1 || size < 1) {
            throw new IllegalArgumentException("page and size start at 1");
        }
        List<ActIndex.Entry> matching = index().matching(titleContains.toLowerCase(Locale.ROOT).trim(), ministryIri);
        List<ActIndex.Entry> shown = matching.stream().skip((long) (page - 1) * size).limit(size).toList();
        List<ActSummary> acts = store.read(dsg -> {
            List<ActSummary> out = new ArrayList<>();
            for (ActIndex.Entry e : shown) {
                Sparql.select(dsg, "act-summary", Map.of("act", NodeFactory.createURI(e.iri()))).stream().findFirst()
                        .ifPresent(r -> out.add(new ActSummary(e.iri(), ActNumber.parseLocal(r.string("local")), r.string("titleFi"),
                                r.string("titleSv"), lastSegment(r.string("type")), r.string("date"), r.string("ministryLabel"),
                                "true".equals(r.string("demo")), r.number("sections"), r.string("ministry"))));
            }
            return out;
        });
        return new ActPage(acts, matching.size(), page, size);
    }

    /** The ministries responsible for some act (their IRIs), with how many acts each. */
    public Map<String, Long> ministries() {
        return index().ministries();
    }

    /** The IRIs of the acts a ministry is responsible for. */
    public Set<String> actsOf(String ministryIri) {
        return index().matching("", ministryIri).stream().map(ActIndex.Entry::iri).collect(java.util.stream.Collectors.toSet());
    }

    /**
     * The index of the acts as of the last commit of this process; on a remote store, where other processes may
     * write, a minute old at most. (The embedded store is this process's alone: TDB2 locks its folder.)
     */
    private ActIndex index() {
        Indexed i = indexed;
        long commits = store.commits();
        if (i == null || i.commits() != commits || store.isRemote() && System.nanoTime() - i.at() > INDEX_MAX_AGE_NANOS) {
            i = new Indexed(ActIndex.read(store), commits, System.nanoTime());
            indexed = i;
        }
        return i.index();
    }

    /**
     * Full-text search in provision texts of one language; every word must occur, in any inflection the language's
     * stemmer knows. The words are escaped: a user's text is never read as Lucene query syntax.
     */
    public List<Hit> search(String words, String language, int limit) {
        List<String> terms = List.of(words.trim().split("\\s+")).stream().filter(s -> !s.isBlank())
                .map(QueryParserBase::escape).toList();
        if (terms.isEmpty()) {
            return List.of();
        }
        if (!language.equals("fi") && !language.equals("sv")) {
            throw new IllegalArgumentException("search language must be fi or sv, not '" + language + "'");
        }
        Map<String, Node> in = Map.of(
                "query", NodeFactory.createLiteralString(String.join(" AND ", terms)),
                "language", NodeFactory.createLiteralString("lang:" + language),
                "lang", NodeFactory.createLiteralString(language),
                "limit", NodeFactory.createLiteralDT(String.valueOf(limit), XSDDatatype.XSDinteger));
        return store.read(dsg -> Sparql.select(dsg, "search-provisions", in)).stream().map(r -> new Hit(
                r.string("act"), ActNumber.parseLocal(r.string("local")), r.string("provision"), r.string("sectionNumber"),
                r.string("text"), Double.parseDouble(r.string("score")))).toList();
    }

    public Optional<String> find(ActNumber number) {
        Map<String, Node> in = Map.of("local", NodeFactory.createLiteralString(number.local()));
        return store.read(dsg -> Sparql.select(dsg, "find-act", in)).stream().map(r -> r.string("act")).findFirst();
    }

    public Optional<ActDetail> get(ActNumber number) {
        return find(number).map(this::detail);
    }

    /**
     * The act with the texts of one temporal version in place of the current ones ({@code alkup},
     * {@code ajantasa/YYYYMMDD}); empty when there is no such act. A version the act does not have shows no texts.
     */
    public Optional<ActDetail> get(ActNumber number, Optional<String> versionPath) {
        if (versionPath.isEmpty()) {
            return get(number);
        }
        return get(number).map(d -> store.read(dsg -> {
            Node act = NodeFactory.createURI(d.iri());
            Node g = dsg.stream(Node.ANY, act, RDF.type.asNode(), ELI.LegalResource).map(Quad::getGraph).findFirst().orElseThrow();
            Map<String, Map<String, String>> texts = new HashMap<>();
            for (ActVersions.VersionText t : ActVersions.texts(dsg, g, act, versionPath.get())) {
                texts.computeIfAbsent(t.provision().getURI(), k -> new HashMap<>()).put(t.language(), t.text().getLiteralLexicalForm());
            }
            Set<String> placed = new HashSet<>();
            List<Provision> parts = overlay(d.parts(), texts, placed);
            List<Provision> elsewhere = new ArrayList<>();
            texts.keySet().stream().filter(iri -> !placed.contains(iri)).sorted().forEach(iri -> elsewhere.add(new Provision(iri, "",
                    ProvisionLabels.of(iri, "fi"), "", Map.of(), Map.copyOf(texts.get(iri)), Set.of(), List.of())));
            return new ActDetail(d.iri(), d.number(), d.type(), d.date(), d.published(), d.ministry(), d.demonstration(), d.versions(),
                    parts, versionPath.get(), elsewhere);
        }));
    }

    /** The tree with each provision's texts those of the version (none where the version has none). */
    private static List<Provision> overlay(List<Provision> tree, Map<String, Map<String, String>> texts, Set<String> placed) {
        List<Provision> out = new ArrayList<>();
        for (Provision p : tree) {
            Map<String, String> own = texts.getOrDefault(p.iri(), Map.of());
            if (!own.isEmpty()) {
                placed.add(p.iri());
            }
            out.add(new Provision(p.iri(), p.kind(), p.number(), p.eId(), p.headings(), Map.copyOf(own), Set.of(),
                    overlay(p.children(), texts, placed)));
        }
        return out;
    }

    private ActDetail detail(String iri) {
        Map<String, Node> in = Map.of("act", NodeFactory.createURI(iri));
        return store.read(dsg -> {
            List<Sparql.Row> meta = Sparql.select(dsg, "describe-act-metadata", in);
            List<Sparql.Row> nodes = Sparql.select(dsg, "describe-act", in);
            Map<String, Version> versions = new LinkedHashMap<>();
            for (Sparql.Row r : meta) {
                String version = r.string("version").isEmpty() ? "" : r.string("version").substring(Math.min(iri.length() + 1, r.string("version").length()));
                r.get("title").ifPresent(t -> versions.putIfAbsent(r.string("expression"), new Version(
                        t.getLiteralLanguage(), r.string("expression"), t.getLiteralLexicalForm(), r.string("format"), r.string("file"),
                        version, "true".equals(r.string("current")))));
            }
            Sparql.Row first = meta.get(0);
            List<Version> sorted = new ArrayList<>(versions.values());
            // per language, the version whose texts the provisions carry first
            sorted.sort(Comparator.comparing(Version::language).thenComparing(v -> !v.current()).thenComparing(Version::version));
            return new ActDetail(iri, ActNumber.parseLocal(first.string("local")), lastSegment(first.string("type")),
                    first.string("date"), first.string("published"), first.string("ministryLabel"),
                    "true".equals(first.string("demo")), sorted, tree(iri, nodes), "", List.of());
        });
    }

    /** One row group of {@code describe-act}: a node before it is placed in the tree. */
    private record Flat(String parent, String kind, String number, long ordinal, String eId,
                        Map<String, String> headings, Map<String, String> texts, Set<String> missing) {}

    /** Builds the structure from flat rows (one per node, heading and text language); siblings by position. */
    private static List<Provision> tree(String act, List<Sparql.Row> rows) {
        Map<String, Flat> flat = new LinkedHashMap<>();
        for (Sparql.Row r : rows) {
            Flat f = flat.computeIfAbsent(r.string("node"), k -> new Flat(r.string("parent"), lastSegment(r.string("kind")),
                    r.string("number"), r.number("ordinal"), r.string("eId"), new HashMap<>(), new HashMap<>(), new TreeSet<>()));
            r.get("heading").ifPresent(h -> f.headings().put(h.getLiteralLanguage(), h.getLiteralLexicalForm()));
            r.get("text").ifPresent(t -> f.texts().put(t.getLiteralLanguage(), t.getLiteralLexicalForm()));
            r.get("missing").ifPresent(m -> f.missing().add(m.getLiteralLexicalForm()));
        }
        Map<String, List<String>> children = new HashMap<>();
        flat.forEach((iri, f) -> children.computeIfAbsent(f.parent(), k -> new ArrayList<>()).add(iri));
        return build(act, flat, children);
    }

    private static List<Provision> build(String parent, Map<String, Flat> flat, Map<String, List<String>> children) {
        List<String> ids = new ArrayList<>(children.getOrDefault(parent, List.of()));
        ids.sort(Comparator.comparingLong(id -> flat.get(id).ordinal()));
        List<Provision> out = new ArrayList<>();
        for (String id : ids) {
            Flat f = flat.get(id);
            out.add(new Provision(id, f.kind(), f.number(), f.eId(), Map.copyOf(f.headings()), Map.copyOf(f.texts()),
                    Set.copyOf(f.missing()), build(id, flat, children)));
        }
        return out;
    }

    private static String lastSegment(String iri) {
        return iri.isEmpty() ? "" : iri.substring(iri.lastIndexOf('/') + 1);
    }
}
