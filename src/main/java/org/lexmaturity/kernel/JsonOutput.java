package org.lexmaturity.kernel;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * The one way JSON is written outside the web layer: Jackson's streaming generator, from one factory, in one of two
 * layouts. Decimals are written plain ({@code 1000}, never {@code 1E+3}); the target is flushed, never closed.
 * Thread-safe: every call has its own generator.
 */
public final class JsonOutput {
    /** How the text is laid out; the JSON is the same. */
    public enum Layout {
        /**
         * One member or item per line, indented by two spaces, {@code "key" : value}: what Vert.x's
         * {@code encodePrettily} writes for the web API, with arrays broken over lines as well.
         */
        PRETTY,
        /**
         * A table: the top object one member per line, each item of an array in it on a line of its own (a column,
         * a row), everything deeper on that one line, {@code "key": value}.
         */
        TABLE
    }

    /** What writes the document's one value into the generator it is given. */
    @FunctionalInterface
    public interface Content {
        void writeTo(JsonGenerator json) throws IOException;
    }

    // COMBINE_UNICODE_SURROGATES_IN_UTF8: a character beyond U+FFFF as its UTF-8 bytes, not as two escaped surrogates
    private static final JsonFactory FACTORY = new JsonFactoryBuilder()
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    /** The document as text, without a final line break. */
    public static String text(Layout layout, Content content) {
        StringWriter text = new StringWriter();
        try (JsonGenerator json = FACTORY.createGenerator(text)) {
            json.setPrettyPrinter(printer(layout));
            content.writeTo(json);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON: " + e.getMessage(), e);
        }
        return text.toString();
    }

    /** Writes the document to {@code out} in UTF-8, ending with a line break as a file does; flushes {@code out}. */
    public static void write(OutputStream out, Layout layout, Content content) throws IOException {
        try (JsonGenerator json = FACTORY.createGenerator(out)) {
            json.setPrettyPrinter(printer(layout));
            content.writeTo(json);
            json.writeRaw('\n');
        }
        out.flush();
    }

    /** Pretty printers keep state (the indent), so each generator gets its own. */
    private static PrettyPrinter printer(Layout layout) {
        return switch (layout) {
            case PRETTY -> new DefaultPrettyPrinter().withArrayIndenter(new DefaultIndenter("  ", "\n"))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"));
            case TABLE -> new TablePrinter();
        };
    }

    /** The {@link Layout#TABLE} layout; stateless, as it reads the nesting from the generator. */
    private static final class TablePrinter implements PrettyPrinter {
        /** Whether the container being written puts its members on lines of their own. */
        private static boolean broken(JsonGenerator json) {
            JsonStreamContext c = json.getOutputContext();
            return c.getNestingDepth() == 1 || c.inArray() && c.getNestingDepth() == 2;
        }

        private static void newLine(JsonGenerator json, int depth) throws IOException {
            json.writeRaw('\n');
            json.writeRaw("  ".repeat(depth));
        }

        private static void first(JsonGenerator json) throws IOException {
            if (broken(json)) {
                newLine(json, json.getOutputContext().getNestingDepth());
            }
        }

        private static void next(JsonGenerator json) throws IOException {
            json.writeRaw(',');
            if (broken(json)) {
                newLine(json, json.getOutputContext().getNestingDepth());
            } else {
                json.writeRaw(' ');
            }
        }

        private static void end(JsonGenerator json, int entries, char bracket) throws IOException {
            if (broken(json) && entries > 0) {
                newLine(json, json.getOutputContext().getNestingDepth() - 1);
            }
            json.writeRaw(bracket);
        }

        @Override
        public void writeRootValueSeparator(JsonGenerator json) throws IOException {
            json.writeRaw('\n');
        }

        @Override
        public void writeStartObject(JsonGenerator json) throws IOException {
            json.writeRaw('{');
        }

        @Override
        public void beforeObjectEntries(JsonGenerator json) throws IOException {
            first(json);
        }

        @Override
        public void writeObjectFieldValueSeparator(JsonGenerator json) throws IOException {
            json.writeRaw(": ");
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator json) throws IOException {
            next(json);
        }

        @Override
        public void writeEndObject(JsonGenerator json, int entries) throws IOException {
            end(json, entries, '}');
        }

        @Override
        public void writeStartArray(JsonGenerator json) throws IOException {
            json.writeRaw('[');
        }

        @Override
        public void beforeArrayValues(JsonGenerator json) throws IOException {
            first(json);
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator json) throws IOException {
            next(json);
        }

        @Override
        public void writeEndArray(JsonGenerator json, int values) throws IOException {
            end(json, values, ']');
        }
    }

    private JsonOutput() {}
}
