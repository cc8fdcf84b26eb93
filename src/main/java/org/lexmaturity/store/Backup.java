package org.lexmaturity.store;

import org.apache.jena.graph.NodeFactory;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.system.ErrorHandler;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * A backup: every graph of the store (private ones included) as gzipped N-Quads, headed by a manifest in comment
 * lines (format version, base IRI, time, triples per graph), so that a restore can tell a complete file from a cut
 * or damaged one. The file is plain N-Quads for any RDF tool, since N-Quads skips comments.
 *
 * <p>{@link #write} takes the snapshot in one read transaction; {@link #load} adds a backup to a store in one write
 * transaction, through the store's text index.
 */
public final class Backup {
    public static final int FORMAT_VERSION = 1;
    private static final String MAGIC = "# lexmaturity-backup ";
    /** The manifest's key for the default (unnamed) graph. */
    public static final String DEFAULT_GRAPH = "default";
    /** Header lines are short; a longer first block is not a manifest. */
    private static final int MAX_HEADER_BYTES = 1 << 20;

    /** What a backup holds, as its header says. Graphs by IRI ({@link #DEFAULT_GRAPH} for the default graph). */
    public record Manifest(int version, String baseIri, Instant taken, Map<String, Long> triplesPerGraph) {
        public long triples() {
            return triplesPerGraph.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    /** A file that is not a complete, readable backup; the message names the file and the line. */
    public static final class Corrupt extends IllegalArgumentException {
        Corrupt(String message) {
            super(message);
        }

        Corrupt(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private Backup() {}

    /**
     * Writes a snapshot of every graph to {@code out} (closed at the end). The counts and the quads come from the same
     * read transaction, so writers that commit meanwhile are either wholly in the snapshot or not at all.
     */
    public static Manifest write(Store store, OutputStream out, Instant now) {
        // a failure (a client that went away) comes out of the transaction as a value, as in PublicData.write
        Object result = store.read(dsg -> {
            try {
                return writeSnapshot(dsg, store.config().baseIri(), out, now);
            } catch (IOException e) {
                return new UncheckedIOException("Backup: " + e.getMessage(), e);
            } catch (RuntimeException e) {
                return e;
            }
        });
        if (result instanceof RuntimeException e) {
            throw e;
        }
        return (Manifest) result;
    }

    private static Manifest writeSnapshot(DatasetGraph dsg, String baseIri, OutputStream out, Instant now) throws IOException {
        Map<String, Long> counts = new LinkedHashMap<>();
        long defaultTriples = dsg.getDefaultGraph().size();
        if (defaultTriples > 0) {
            counts.put(DEFAULT_GRAPH, defaultTriples);
        }
        dsg.listGraphNodes().forEachRemaining(g -> counts.put(g.getURI(), (long) dsg.getGraph(g).size()));
        Manifest manifest = new Manifest(FORMAT_VERSION, baseIri, now, counts);
        try (OutputStream gz = new BufferedOutputStream(new GZIPOutputStream(out, 64 * 1024), 64 * 1024)) {
            gz.write(header(manifest).getBytes(StandardCharsets.UTF_8));
            StreamRDF stream = StreamRDFWriter.getWriterStream(gz, RDFFormat.NQUADS);
            stream.start();
            if (defaultTriples > 0) {
                dsg.getDefaultGraph().find().forEachRemaining(stream::triple);
            }
            for (String g : counts.keySet()) {
                if (!g.equals(DEFAULT_GRAPH)) {
                    dsg.find(NodeFactory.createURI(g), Node.ANY, Node.ANY, Node.ANY).forEachRemaining(stream::quad);
                }
            }
            stream.finish();
        }
        return manifest;
    }

    static String header(Manifest m) {
        StringBuilder s = new StringBuilder(MAGIC).append(m.version()).append('\n');
        s.append("# base ").append(m.baseIri()).append('\n');
        s.append("# taken ").append(m.taken()).append('\n');
        m.triplesPerGraph().forEach((g, n) -> s.append("# graph ").append(g).append(' ').append(n).append('\n'));
        s.append("# triples ").append(m.triples()).append('\n');
        return s.toString();
    }

    /** Reads only the manifest at the head of a backup file. */
    public static Manifest manifest(Path file) {
        try (InputStream in = open(file)) {
            return readManifest(file, in);
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    /** Reads the whole file without a store: every line parsed and the triples counted against the manifest. */
    public static Manifest verify(Path file) {
        return read(file, quad -> { });
    }

    /**
     * Adds the backup to {@code store} in one write transaction (indexing provision texts as it goes) and checks the
     * counts against the manifest; when anything is wrong the transaction is abandoned and the store is unchanged.
     */
    public static Manifest load(Path file, Store store) {
        return store.write(dsg -> read(file, dsg::add));
    }

    private static Manifest read(Path file, Consumer<Quad> sink) {
        try (InputStream raw = open(file)) {
            Manifest manifest = readManifest(file, raw);
            LineCounter lines = new LineCounter(raw);
            Map<String, Long> found = new LinkedHashMap<>();
            try {
                RDFParser.source(lines).lang(Lang.NQUADS).errorHandler(FAIL_ON_ERROR).parse(new StreamRDFBase() {
                    @Override
                    public void triple(Triple triple) {
                        quad(Quad.create(Quad.defaultGraphIRI, triple));
                    }

                    @Override
                    public void quad(Quad quad) {
                        Node g = quad.getGraph();
                        String key = g == null || Quad.isDefaultGraph(g) ? DEFAULT_GRAPH : g.getURI();
                        found.merge(key, 1L, Long::sum);
                        sink.accept(g == null ? Quad.create(Quad.defaultGraphIRI, quad.asTriple()) : quad);
                    }
                });
            } catch (RiotParseException e) {
                if (lines.failure() != null) {
                    // the parser saw the end of what could be decompressed: the file itself is cut or damaged
                    throw truncatedOrDamaged(file, lines.lines(), lines.failure());
                }
                throw new Corrupt("Backup " + file + ", line " + e.getLine() + ", column " + e.getCol() + ": " + e.getOriginalMessage(), e);
            } catch (RiotException | UncheckedIOException e) {
                // the decompressor's complaint arrives wrapped in the parser's exception
                throw truncatedOrDamaged(file, lines.lines(), e);
            }
            if (lines.failure() != null) {
                throw truncatedOrDamaged(file, lines.lines(), lines.failure());
            }
            compare(file, manifest, found);
            return manifest;
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    private static void compare(Path file, Manifest manifest, Map<String, Long> found) {
        StringBuilder problems = new StringBuilder();
        manifest.triplesPerGraph().forEach((g, n) -> {
            long have = found.getOrDefault(g, 0L);
            if (have != n) {
                problems.append("\n  graph ").append(g).append(": the manifest says ").append(n).append(" triples, the file holds ").append(have);
            }
        });
        found.keySet().stream().filter(g -> !manifest.triplesPerGraph().containsKey(g))
                .forEach(g -> problems.append("\n  graph ").append(g).append(" is not in the manifest"));
        if (!problems.isEmpty()) {
            throw new Corrupt("Backup " + file + " is incomplete: it does not hold what its manifest lists (nothing restored):" + problems);
        }
    }

    private static Corrupt truncatedOrDamaged(Path file, long lines, Exception e) {
        Throwable t = e;
        while (t.getCause() != null && t != t.getCause()) {
            t = t.getCause();
        }
        if (t instanceof EOFException) {
            return new Corrupt("Backup " + file + " is truncated: it ends early, after line " + lines + " (nothing restored)", e);
        }
        if (t instanceof ZipException) {
            return new Corrupt("Backup " + file + " is damaged after line " + lines + ": " + t.getMessage() + " (nothing restored)", e);
        }
        return new Corrupt("Backup " + file + ", after line " + lines + ": " + t.getMessage(), e);
    }

    private static InputStream open(Path file) throws IOException {
        InputStream in = Files.newInputStream(file);
        try {
            return new BufferedInputStream(new GZIPInputStream(in, 64 * 1024), 64 * 1024);
        } catch (ZipException | EOFException e) {
            in.close();
            throw new Corrupt("Backup " + file + " is not a gzip file, so not a Lexmaturity backup", e);
        }
    }

    private static Manifest readManifest(Path file, InputStream in) throws IOException {
        in.mark(MAX_HEADER_BYTES);
        String first = line(in);
        if (first == null || !first.startsWith(MAGIC)) {
            throw new Corrupt("Backup " + file + ", line 1: not a Lexmaturity backup (it should start with '" + MAGIC.trim() + "')");
        }
        long version = number(file, 1, first.substring(MAGIC.length()));
        if (version != FORMAT_VERSION) {
            throw new Corrupt("Backup " + file + ", line 1: format version " + version + "; this version reads " + FORMAT_VERSION);
        }
        String base = null;
        Instant taken = null;
        Long total = null;
        Map<String, Long> graphs = new LinkedHashMap<>();
        int n = 1;
        for (String l = line(in); l != null && l.startsWith("#") && total == null; l = line(in)) {
            n++;
            String[] parts = l.substring(1).trim().split(" ");
            switch (parts[0]) {
                case "base" -> base = parts.length == 2 ? parts[1] : null;
                case "taken" -> taken = instant(file, n, parts);
                case "graph" -> {
                    if (parts.length != 3) {
                        throw new Corrupt("Backup " + file + ", line " + n + ": a graph line is '# graph IRI TRIPLES'");
                    }
                    graphs.put(parts[1], number(file, n, parts[2]));
                }
                case "triples" -> total = number(file, n, parts.length == 2 ? parts[1] : "");
                default -> throw new Corrupt("Backup " + file + ", line " + n + ": unknown manifest line '" + l + "'");
            }
        }
        if (base == null || taken == null || total == null) {
            throw new Corrupt("Backup " + file + ": the manifest is incomplete (it needs base, taken and triples lines) by line " + n);
        }
        Manifest m = new Manifest((int) version, base, taken, graphs);
        if (m.triples() != total) {
            throw new Corrupt("Backup " + file + ", line " + n + ": the graph lines add up to " + m.triples() + " triples, not " + total);
        }
        in.reset();
        return m;
    }

    private static Instant instant(Path file, int line, String[] parts) {
        try {
            return Instant.parse(parts.length == 2 ? parts[1] : "");
        } catch (DateTimeParseException e) {
            throw new Corrupt("Backup " + file + ", line " + line + ": 'taken' is not a time");
        }
    }

    private static long number(Path file, int line, String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new Corrupt("Backup " + file + ", line " + line + ": '" + text + "' is not a number");
        }
    }

    /** One line of the header, without its end, or null at the end of the stream. */
    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                return b.size() == 0 ? null : b.toString(StandardCharsets.UTF_8);
            }
            if (b.size() > 4096) {
                return "";
            }
            b.write(c);
        }
        return b.toString(StandardCharsets.UTF_8);
    }

    private static Corrupt unreadable(Path file, IOException e) {
        if (e instanceof EOFException) {
            return new Corrupt("Backup " + file + " is truncated (it ends inside its header)", e);
        }
        if (e instanceof ZipException) {
            return new Corrupt("Backup " + file + " is damaged: " + e.getMessage(), e);
        }
        return new Corrupt("Backup " + file + " cannot be read: " + e.getMessage(), e);
    }

    /** Parse errors stop the load; the warnings RIOT gives about unusual but legal IRIs do not. */
    private static final ErrorHandler FAIL_ON_ERROR = new ErrorHandler() {
        @Override
        public void warning(String message, long line, long col) {}

        @Override
        public void error(String message, long line, long col) {
            throw new RiotParseException(message, line, col);
        }

        @Override
        public void fatal(String message, long line, long col) {
            throw new RiotParseException(message, line, col);
        }
    };

    /** Counts the line ends read, to say where a cut-off file ends, and keeps the read failure the parser may hide. */
    private static final class LineCounter extends FilterInputStream {
        private long lines;
        private IOException failure;

        LineCounter(InputStream in) {
            super(in);
        }

        long lines() {
            return lines;
        }

        IOException failure() {
            return failure;
        }

        private IOException failed(IOException e) {
            failure = e;
            return e;
        }

        @Override
        public int read() throws IOException {
            int c;
            try {
                c = super.read();
            } catch (IOException e) {
                throw failed(e);
            }
            if (c == '\n') {
                lines++;
            }
            return c;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n;
            try {
                n = super.read(b, off, len);
            } catch (IOException e) {
                throw failed(e);
            }
            for (int i = off; i < off + n; i++) {
                if (b[i] == '\n') {
                    lines++;
                }
            }
            return n;
        }
    }
}
