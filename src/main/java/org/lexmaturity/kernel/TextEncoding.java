package org.lexmaturity.kernel;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Turns the bytes of a text input into text without guessing silently: UTF-8 is decoded strictly (a malformed byte
 * sequence is reported with its line, column and byte offset instead of becoming U+FFFD), and Windows-1252 is taken
 * only for a file that holds no UTF-8 beyond ASCII at all, as older survey tools export it. Stateless and thread-safe.
 */
public final class TextEncoding {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextEncoding() {}

    /**
     * The first malformed sequence of an input that is not valid UTF-8.
     *
     * @param line 1-based line of the sequence
     * @param column 1-based column (in characters) of the sequence on its line
     * @param offset 0-based byte offset of the sequence in the input
     * @param bytes the malformed bytes, e.g. {@code FF}
     * @param count how many malformed sequences the input holds in all
     */
    public record Malformed(int line, int column, int offset, String bytes, int count) {
        /** "line 2, column 13 (byte 45)". */
        public String place() {
            return "line " + line + ", column " + column + " (byte " + offset + ")";
        }

        /** What is wrong, for a message: "byte FF is not valid UTF-8 (2 invalid sequences in all)". */
        public String problem() {
            return (bytes.length() > 2 ? "bytes " : "byte ") + bytes + " " + (bytes.length() > 2 ? "are" : "is") + " not valid UTF-8"
                    + (count > 1 ? " (" + count + " invalid sequences in all)" : "");
        }
    }

    /**
     * The outcome of decoding as UTF-8: the text when every byte decoded, otherwise the first malformed sequence.
     *
     * @param nonAscii whether any character beyond ASCII decoded correctly, i.e. the input does use UTF-8
     */
    public record Scan(Optional<String> text, Optional<Malformed> malformed, boolean nonAscii) {}

    /** Decodes {@code bytes[from..]} as UTF-8 with a strict decoder, going on past malformed sequences to count them. */
    public static Scan scanUtf8(byte[] bytes, int from) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        // a byte decodes to at most one char (a four-byte sequence to two), so the text always fits
        CharBuffer out = CharBuffer.allocate(bytes.length - from);
        Malformed first = null;
        int count = 0;
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isUnderflow()) {
                break;
            }
            if (!result.isMalformed() && !result.isUnmappable()) {
                throw new IllegalStateException("UTF-8 decoding: " + result);
            }
            count++;
            if (first == null) {
                first = at(out, in.position(), HexFormat.ofDelimiter(" ").withUpperCase()
                        .formatHex(bytes, in.position(), in.position() + result.length()));
            }
            in.position(in.position() + result.length());
        }
        decoder.flush(out);
        out.flip();
        boolean nonAscii = out.chars().anyMatch(c -> c > 0x7F);
        if (first == null) {
            return new Scan(Optional.of(out.toString()), Optional.empty(), nonAscii);
        }
        return new Scan(Optional.empty(), Optional.of(new Malformed(first.line(), first.column(), first.offset(), first.bytes(), count)), nonAscii);
    }

    /** The text of a UTF-8 input (a byte order mark is dropped), or an ImportException that names the source and the place. */
    public static String utf8(String source, byte[] bytes) {
        Scan scan = scanUtf8(bytes, bomLength(bytes));
        return scan.text().orElseThrow(() -> refused(source, scan.malformed().orElseThrow(), "save it as UTF-8 and try again"));
    }

    /**
     * The text of a file that is UTF-8 (with or without a byte order mark) or, failing that, Windows-1252. A file
     * with a byte order mark or with any correctly encoded character beyond ASCII is UTF-8: invalid sequences in it
     * are damage, refused with their place, never re-read as Windows-1252 (that would import garbled text).
     */
    public static String utf8OrWindows1252(String source, byte[] bytes) {
        int bom = bomLength(bytes);
        Scan scan = scanUtf8(bytes, bom);
        if (scan.text().isPresent()) {
            return scan.text().get();
        }
        Malformed m = scan.malformed().orElseThrow();
        if (bom > 0 || scan.nonAscii()) {
            throw refused(source, m, "the rest of the file is UTF-8, so it is not read as Windows-1252; save it as UTF-8 and try again");
        }
        try {
            return WINDOWS_1252.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ImportException(source, "", "neither UTF-8 nor Windows-1252 text: save it as UTF-8 and try again");
        }
    }

    private static ImportException refused(String source, Malformed m, String advice) {
        return new ImportException(source, m.place(), m.problem() + "; " + advice);
    }

    private static int bomLength(byte[] b) {
        return b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF ? 3 : 0;
    }

    /** The place of a malformed sequence at byte {@code offset}, after the text decoded so far. */
    private static Malformed at(CharBuffer decoded, int offset, String bytes) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < decoded.position(); i++) {
            if (decoded.get(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new Malformed(line, decoded.position() - lineStart + 1, offset, bytes, 1);
    }
}
