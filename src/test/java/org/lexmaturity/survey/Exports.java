package org.lexmaturity.survey;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes real survey exports for tests: Excel workbooks through POI and CSV files in a chosen encoding. */
public final class Exports {
    private final Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();

    public Exports sheet(String name, List<Object> header, List<List<Object>> rows) {
        List<List<Object>> all = new ArrayList<>();
        all.add(header);
        all.addAll(rows);
        sheets.put(name, all);
        return this;
    }

    public byte[] xlsxBytes() {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (var e : sheets.entrySet()) {
                Sheet sheet = wb.createSheet(e.getKey());
                int r = 0;
                for (List<Object> values : e.getValue()) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < values.size(); c++) {
                        Object v = values.get(c);
                        if (v instanceof Number n) {
                            row.createCell(c).setCellValue(n.doubleValue());
                        } else if (v != null) {
                            row.createCell(c).setCellValue(v.toString());
                        }
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path xlsx(Path file) {
        return write(file, xlsxBytes());
    }

    /** The workbook encrypted with a password, as Excel's "Encrypt with password" saves it. */
    public Path encryptedXlsx(Path file, String password) {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword(password);
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(xlsxBytes());
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
            return file;
        } catch (IOException | java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first sheet as CSV with the given separator and encoding, fields quoted where needed. */
    public Path csv(Path file, char separator, Charset charset) {
        StringBuilder s = new StringBuilder();
        for (List<Object> row : sheets.values().iterator().next()) {
            for (int c = 0; c < row.size(); c++) {
                if (c > 0) {
                    s.append(separator);
                }
                String v = row.get(c) == null ? "" : row.get(c).toString();
                if (v.indexOf(separator) >= 0 || v.contains("\"") || v.contains("\n")) {
                    v = "\"" + v.replace("\"", "\"\"") + "\"";
                }
                s.append(v);
            }
            s.append("\r\n");
        }
        return write(file, s.toString().getBytes(charset));
    }

    static Path write(Path file, byte[] bytes) {
        try {
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
