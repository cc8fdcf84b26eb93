package org.lexmaturity.screening;

import org.lexmaturity.kernel.ByteSize;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.lexmaturity.kernel.ImportException;
import org.lexmaturity.kernel.TextEncoding;

/**
 * Reads a draft bill — a Word document (DOCX) or plain text — and splits it into sections at its headings
 * (Word heading styles) or at section numbers ("3 §", "2 luku", "3 kap."), so that findings can be reported
 * per section as drafters think of the text.
 */
public final class DraftReader {
    public static final long MAX_BYTES = 16L * 1024 * 1024;
    private static final Pattern SECTION_START = Pattern.compile("^(\\d{1,3}\\s?[a-z]?\\s*§|\\d{1,3}\\s?[a-z]?\\s+(luku|kap\\.?|kapitlet)\\b|§\\s*\\d)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A section of the draft: its heading as written and its text. */
    public record Section(int ordinal, String heading, String text) {}

    private DraftReader() {}

    public static List<Section> read(String name, byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            throw new ImportException(name, "", "larger than " + ByteSize.of(MAX_BYTES) + ", the limit for a draft");
        }
        List<String[]> paragraphs; // {style, text}
        if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K') {
            paragraphs = docx(name, bytes);
        } else if (bytes.length >= 4 && (bytes[0] & 0xff) == 0xD0 && (bytes[1] & 0xff) == 0xCF) {
            throw new ImportException(name, "", "an old Word .doc file (or a password-protected document); save it as .docx and try again");
        } else {
            // the same rule as survey CSV files: UTF-8, or Windows-1252 from an old editor; UTF-8 with invalid bytes is refused
            String text = TextEncoding.utf8OrWindows1252(name, bytes);
            if (text.indexOf('\0') >= 0) {
                throw new ImportException(name, "", "neither a Word document (DOCX) nor plain text");
            }
            paragraphs = new ArrayList<>();
            for (String line : text.split("\\R")) {
                paragraphs.add(new String[] {"", line});
            }
        }
        List<Section> sections = sections(paragraphs);
        if (sections.stream().allMatch(s -> s.text().isBlank() && s.heading().isBlank())) {
            throw new ImportException(name, "", "the draft has no text");
        }
        return sections;
    }

    private static List<String[]> docx(String name, byte[] bytes) {
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<String[]> out = new ArrayList<>();
            for (XWPFParagraph p : doc.getParagraphs()) {
                String style = p.getStyle() == null ? "" : p.getStyle();
                out.add(new String[] {style, p.getText()});
            }
            doc.getTables().forEach(t -> t.getRows().forEach(r -> r.getTableCells().forEach(c -> out.add(new String[] {"", c.getText()}))));
            return out;
        } catch (IOException | RuntimeException e) {
            String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            // POI passes on its parser's exception as text: the user needs the reason, not the class name
            m = m.replaceFirst("^([a-z][\\w$]*\\.)+[\\w$]*(Exception|Error): (error: )?", "");
            if (m.contains("Zip bomb")) {
                m = "it expands far more than a real document would (zip bomb protection)";
            }
            throw new ImportException(name, "", "not a readable Word document (DOCX): " + m, e);
        }
    }

    private static List<Section> sections(List<String[]> paragraphs) {
        List<Section> sections = new ArrayList<>();
        String heading = "";
        StringBuilder text = new StringBuilder();
        for (String[] p : paragraphs) {
            String t = p[1].strip();
            if (t.isEmpty()) {
                continue;
            }
            boolean isHeading = p[0].toLowerCase().startsWith("heading") || p[0].toLowerCase().startsWith("otsikko")
                    || p[0].toLowerCase().startsWith("rubrik") || (SECTION_START.matcher(t).find() && t.length() < 120);
            if (isHeading) {
                if (!heading.isEmpty() || text.length() > 0) {
                    sections.add(new Section(sections.size() + 1, heading, text.toString().strip()));
                }
                heading = t;
                text.setLength(0);
            } else {
                text.append(t).append('\n');
            }
        }
        sections.add(new Section(sections.size() + 1, heading, text.toString().strip()));
        return sections;
    }
}
