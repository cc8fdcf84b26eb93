package org.lexmaturity.corpus;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.lexmaturity.ingest.SourceFiles;
import org.lexmaturity.screening.DraftReader;

/**
 * The inputs of the corpus too big to commit or easier to make than to keep (zip bombs, oversize uploads, damaged
 * Office files), written into a temporary folder when first asked for.
 */
final class BadInputs {
    /** The survey upload limit of the server (FormBody.MAX_BYTES, 50 MB), plus one byte. */
    static final long OVER_UPLOAD_LIMIT = 50L * 1024 * 1024 + 1;
    private final Path dir;

    BadInputs(Path dir) {
        this.dir = dir;
    }

    Path get(String name) throws IOException {
        Path file = dir.resolve(name);
        if (!Files.exists(file)) {
            Files.write(file, make(name));
        }
        return file;
    }

    private static byte[] make(String name) throws IOException {
        return switch (name) {
            // just over the statute import's limit for one file (SourceFiles.MAX_FILE_BYTES, 64 MB), in a zip of about 64 KB
            case "statute-bomb.zip" -> spacesZip("act.xml", "<?xml version=\"1.0\"?><akomaNtoso>", SourceFiles.MAX_FILE_BYTES + 1, "</akomaNtoso>");
            case "traversal.zip" -> zip("../../x.xml", "this is not a statute".getBytes(StandardCharsets.UTF_8));
            case "truncated.tar.gz" -> half(targz("act.xml", "<akomaNtoso/>".repeat(5000).getBytes(StandardCharsets.UTF_8)));
            case "survey.csv" -> "Vastaaja;Organisaatio;K01 Kysymys\nR1;Espoo;3\nR2;Vantaa;4\n".getBytes(StandardCharsets.UTF_8);
            case "truncated.xlsx" -> half(workbook());
            // POI refuses an entry that, past its first 100 KB, inflates more than 100-fold (ZipSecureFile): 2 MB of spaces
            // inflate about 1000-fold
            case "bomb.xlsx" -> padEntry(workbook(), "xl/worksheets/sheet1.xml", "</worksheet>", 2);
            case "truncated.docx" -> half(document());
            case "bomb.docx" -> padEntry(document(), "word/document.xml", "</w:document>", 2);
            case "xxe.docx" -> replaceEntry(document(), "word/document.xml", xml -> xml.replaceFirst("\\?>",
                    "?><!DOCTYPE w:document [<!ENTITY passwd SYSTEM \"file:///etc/passwd\">]>").replace("Hakemus", "&passwd; Hakemus"));
            case "oversize.txt" -> filled(DraftReader.MAX_BYTES + 1, "1 § Hakemus on tehtävä kirjallisesti.\n");
            case "oversize-upload.csv" -> filled(OVER_UPLOAD_LIMIT, "R1;Espoo;3\n");
            case "oversize.json" -> ("{\"title\":{\"fi\":\"" + "x".repeat(1_100_000) + "\"}}").getBytes(StandardCharsets.UTF_8);
            case "deep.json" -> ("[".repeat(100_000) + "]".repeat(100_000)).getBytes(StandardCharsets.UTF_8);
            case "huge.rq" -> ("SELECT * {" + " ?s ?p ?o .".repeat(4000) + " }").getBytes(StandardCharsets.UTF_8);
            case "deep.rq" -> ("SELECT * WHERE " + "{".repeat(10_000) + "}".repeat(10_000)).getBytes(StandardCharsets.UTF_8);
            case "deep-expression.rq" -> ("ASK { FILTER(" + "(".repeat(10_000) + "1" + ")".repeat(10_000) + ") }").getBytes(StandardCharsets.UTF_8);
            default -> throw new IllegalArgumentException("no generated input " + name);
        };
    }

    private static byte[] workbook() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            var sheet = wb.createSheet("Vastaukset");
            String[][] rows = {{"Vastaaja", "Organisaatio", "K01 Kysymys"}, {"R1", "Espoo", "3"}, {"R2", "Vantaa", "4"}};
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c).setCellValue(rows[r][c]);
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] document() throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("1 §");
            doc.createParagraph().createRun().setText("Hakemus on tehtävä kirjallisesti ja allekirjoitettava omakätisesti.");
            doc.write(out);
            return out.toByteArray();
        }
    }

    private static byte[] half(byte[] bytes) {
        return Arrays.copyOf(bytes, bytes.length / 2);
    }

    private static byte[] filled(long size, String line) {
        byte[] unit = line.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[(int) size];
        for (int at = 0; at < out.length; at += unit.length) {
            System.arraycopy(unit, 0, out, at, Math.min(unit.length, out.length - at));
        }
        return out;
    }

    /** A zip of one entry: start, spaces up to {@code size} bytes in all, end; streamed, never held in memory. */
    private static byte[] spacesZip(String entry, String start, long size, String end) throws IOException {
        byte[] head = start.getBytes(StandardCharsets.UTF_8);
        byte[] tail = end.getBytes(StandardCharsets.UTF_8);
        byte[] spaces = new byte[1 << 16];
        Arrays.fill(spaces, (byte) ' ');
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(b)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(head);
            for (long left = size - head.length - tail.length; left > 0; left -= spaces.length) {
                zip.write(spaces, 0, (int) Math.min(spaces.length, left));
            }
            zip.write(tail);
            zip.closeEntry();
        }
        return b.toByteArray();
    }

    /** Start, then {@code megabytes} MB of spaces, then the end: compresses about a thousandfold. */
    private static byte[] padded(String start, int megabytes, String end) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(start.getBytes(StandardCharsets.UTF_8));
        byte[] spaces = new byte[1 << 20];
        Arrays.fill(spaces, (byte) ' ');
        for (int i = 0; i < megabytes; i++) {
            b.writeBytes(spaces);
        }
        b.writeBytes(end.getBytes(StandardCharsets.UTF_8));
        return b.toByteArray();
    }

    private static byte[] zip(String entry, byte[] content) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(b)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content);
            zip.closeEntry();
        }
        return b.toByteArray();
    }

    private static byte[] targz(String entry, byte[] content) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(b); TarArchiveOutputStream tar = new TarArchiveOutputStream(gz)) {
            TarArchiveEntry e = new TarArchiveEntry(entry);
            e.setSize(content.length);
            tar.putArchiveEntry(e);
            tar.write(content);
            tar.closeArchiveEntry();
        }
        return b.toByteArray();
    }

    private static byte[] padEntry(byte[] zip, String entry, String before, int megabytes) throws IOException {
        return replaceEntryBytes(zip, entry, xml -> {
            String text = new String(xml, StandardCharsets.UTF_8);
            int at = text.lastIndexOf(before);
            return padded(text.substring(0, at), megabytes, text.substring(at));
        });
    }

    private static byte[] replaceEntry(byte[] zip, String entry, java.util.function.UnaryOperator<String> change) throws IOException {
        return replaceEntryBytes(zip, entry, xml -> change.apply(new String(xml, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] replaceEntryBytes(byte[] zip, String entry, java.util.function.UnaryOperator<byte[]> change) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip)); ZipOutputStream out = new ZipOutputStream(b)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                byte[] content = in.readAllBytes();
                out.putNextEntry(new ZipEntry(e.getName()));
                out.write(e.getName().equals(entry) ? change.apply(content) : content);
                out.closeEntry();
            }
        }
        return b.toByteArray();
    }

    static InputStream resource(String name) {
        return BadInputs.class.getResourceAsStream("/bad-input/" + name);
    }
}
