package org.lexmaturity.generate;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes generated workbooks so that the same content gives the same bytes: POI stamps the creation time into the
 * document properties and the current time onto every zip entry, and both are fixed here.
 */
public final class StableWorkbook {
    private StableWorkbook() {}

    /** Sets title, creator and a fixed creation date (instead of "now"). */
    public static void fixProperties(XSSFWorkbook wb, String title, String creator, LocalDate created) {
        var core = wb.getProperties().getCoreProperties();
        core.setCreated(Optional.of(Date.from(created.atStartOfDay().toInstant(ZoneOffset.UTC))));
        core.setCreator(creator);
        core.setTitle(title);
    }

    /** Writes the workbook with every zip entry dated {@code day}. */
    public static void save(XSSFWorkbook wb, Path file, LocalDate day) throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream();
        wb.write(raw);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(raw.toByteArray()));
             OutputStream out = Files.newOutputStream(file);
             ZipOutputStream zip = new ZipOutputStream(out)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                ZipEntry copy = new ZipEntry(e.getName());
                copy.setTimeLocal(day.atStartOfDay()); // local time: the same bytes in every time zone
                zip.putNextEntry(copy);
                in.transferTo(zip);
                zip.closeEntry();
            }
        }
    }
}
