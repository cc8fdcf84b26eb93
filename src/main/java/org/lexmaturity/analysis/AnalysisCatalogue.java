package org.lexmaturity.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;

/**
 * The analyses shipped in the jar: every {@code analyses/*.rq} on the class path, header and query parsed at
 * start. A broken file stops the start (and the build, through the catalogue test) with its name and line.
 * Immutable and safe to share between threads; the parsed queries are never changed (binding copies them).
 */
public final class AnalysisCatalogue {
    static final String FOLDER = "analyses";
    private static final Pattern VARIABLE = Pattern.compile("[?$]([A-Za-z_][A-Za-z0-9_]*)");

    private final Map<String, AnalysisDefinition> definitions;
    private final Map<String, Query> queries;

    private AnalysisCatalogue(Map<String, AnalysisDefinition> definitions, Map<String, Query> queries) {
        this.definitions = Collections.unmodifiableMap(definitions);
        this.queries = Map.copyOf(queries);
    }

    /** A file of the catalogue that cannot be used: the message names the file and the line. */
    public static final class BrokenAnalysis extends IllegalStateException {
        BrokenAnalysis(String message) {
            super(message);
        }
    }

    /** Reads and checks every analysis file on the class path. */
    public static AnalysisCatalogue load() {
        return of(files());
    }

    /** A catalogue of the given files (id → text), checked as {@link #load()} checks the shipped ones. */
    public static AnalysisCatalogue of(Map<String, String> files) {
        Map<String, AnalysisDefinition> defs = new TreeMap<>();
        Map<String, Query> queries = new LinkedHashMap<>();
        files.forEach((id, text) -> {
            AnalysisDefinition def = AnalysisHeader.parse(id, text);
            defs.put(id, def);
            queries.put(id, query(def));
        });
        return new AnalysisCatalogue(defs, queries);
    }

    /** All analyses, by id. */
    public List<AnalysisDefinition> all() {
        return List.copyOf(definitions.values());
    }

    public Optional<AnalysisDefinition> find(String id) {
        return Optional.ofNullable(definitions.get(id));
    }

    /** The analysis {@code id}; a {@link NoSuchElementException} when there is none. */
    public AnalysisDefinition get(String id) {
        return find(id).orElseThrow(() -> new NoSuchElementException("no analysis '" + id + "'"));
    }

    /** The parsed query of {@code id}, to be bound with {@code QueryExecBuilder.substitution}, never changed. */
    Query query(String id) {
        get(id);
        return queries.get(id);
    }

    private static Query query(AnalysisDefinition def) {
        String file = "analyses/" + def.id() + ".rq";
        Query q;
        try {
            q = QueryFactory.create(def.query());
        } catch (QueryParseException e) {
            throw new BrokenAnalysis(file + ", line " + e.getLine() + ", column " + e.getColumn() + ": the query does not parse: "
                    + e.getMessage().replaceAll("\\s+", " "));
        }
        if (!q.isSelectType()) {
            throw new BrokenAnalysis(file + ", line 1: an analysis is a SELECT query");
        }
        Set<String> mentioned = variables(def.query());
        for (AnalysisDefinition.Parameter p : def.parameters()) {
            // limit also caps the rows in the runner, so a query need not use it
            if (!mentioned.contains(p.name()) && !p.name().equals("limit")) {
                throw new BrokenAnalysis(file + ", line " + lineOf(def.query(), "#@ param " + p.name()) + ": parameter '" + p.name()
                        + "' is not used in the query as $" + p.name());
            }
        }
        def.parameters().stream().filter(p -> p.name().equals("limit") && !p.type().equals("integer")).findAny().ifPresent(p -> {
            throw new BrokenAnalysis(file + ", line " + lineOf(def.query(), "#@ param limit") + ": parameter 'limit' caps the rows; its type is integer");
        });
        List<String> results = q.getResultVars();
        for (AnalysisDefinition.Column c : def.columns()) {
            if (!results.contains(c.name())) {
                throw new BrokenAnalysis(file + ", line " + lineOf(def.query(), "#@ column " + c.name()) + ": column '" + c.name()
                        + "' is not a result variable of the query (" + String.join(", ", results) + ")");
            }
        }
        if (def.publicData() && mentioned.contains("privateSurveys")) {
            throw new BrokenAnalysis(file + ", line " + lineOf(def.query(), "#@ public") + ": reads $privateSurveys, so it must say '#@ public: false'");
        }
        return q;
    }

    /** The variable names the query text mentions, comments left out. */
    static Set<String> variables(String text) {
        Set<String> names = new HashSet<>();
        for (String l : text.split("\r?\n")) {
            String code = l.strip().startsWith("#") ? "" : l;
            Matcher m = VARIABLE.matcher(code);
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }

    private static int lineOf(String text, String start) {
        String[] lines = text.split("\r?\n");
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].strip().startsWith(start)) {
                return i + 1;
            }
        }
        return 1;
    }

    /** id → text of every {@code analyses/*.rq} on the class path (a folder in development, the jar when packaged). */
    private static Map<String, String> files() {
        URL url = AnalysisCatalogue.class.getClassLoader().getResource(FOLDER);
        if (url == null) {
            throw new IllegalStateException(FOLDER + "/ is missing from the class path");
        }
        try {
            URI uri = url.toURI();
            Path folder;
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                }
                folder = fs.provider().getPath(uri);
            } else {
                folder = Path.of(uri);
            }
            Map<String, String> files = new TreeMap<>();
            try (Stream<Path> list = Files.list(folder)) {
                for (Path f : list.filter(p -> p.getFileName().toString().endsWith(".rq")).toList()) {
                    String name = f.getFileName().toString();
                    files.put(name.substring(0, name.length() - 3), Files.readString(f, StandardCharsets.UTF_8));
                }
            }
            return files;
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot list " + FOLDER, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FOLDER + "/: " + e.getMessage(), e);
        }
    }
}
