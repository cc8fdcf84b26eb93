package org.lexmaturity.ingest;

import org.lexmaturity.kernel.TextEncoding;
import org.lexmaturity.kernel.ImportException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextEncodingTest {
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void utf8WithOrWithoutByteOrderMarkIsUtf8() {
        String text = "Vastaaja;K01 Täysin samaa mieltä\nR1;5 €\n";
        assertThat(TextEncoding.utf8OrWindows1252("a.csv", utf8(text))).isEqualTo(text);
        assertThat(TextEncoding.utf8OrWindows1252("a.csv", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(text)))).isEqualTo(text);
        assertThat(TextEncoding.utf8("a.rq", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8(text)))).isEqualTo(text);
    }

    @Test
    void aWindows1252ExportWithoutAnyUtf8IsReadAsWindows1252() {
        String text = "Vastaaja,K01 Täysin samaa mieltä\nR1,5 €\n";
        assertThat(TextEncoding.utf8OrWindows1252("ansi.csv", text.getBytes(WINDOWS_1252))).isEqualTo(text);
    }

    @Test
    void utf8WithInvalidBytesIsRefusedWithItsPlaceNotReadAsWindows1252() {
        // valid "ä" on line 2, then FF FE: two malformed sequences
        byte[] bytes = concat(utf8("Vastaaja;K01\nR1;Espoo ä "), new byte[] {(byte) 0xFF, (byte) 0xFE}, utf8(";3\n"));
        assertThatThrownBy(() -> TextEncoding.utf8OrWindows1252("bad.csv", bytes)).isInstanceOf(ImportException.class)
                .hasMessage("bad.csv, line 2, column 12 (byte 25): byte FF is not valid UTF-8 (2 invalid sequences in all); "
                        + "the rest of the file is UTF-8, so it is not read as Windows-1252; save it as UTF-8 and try again");
        // the UTF-8 that gives the file away may also come after the damage
        byte[] later = concat(utf8("id;title\nB-1;Kirjallinen "), new byte[] {(byte) 0xE4}, utf8(" muoto ä\n"));
        assertThatThrownBy(() -> TextEncoding.utf8OrWindows1252("later.csv", later)).hasMessageStartingWith("later.csv, line 2, column 17 (byte 25): byte E4");
    }

    @Test
    void aByteOrderMarkMakesAFileUtf8EvenWhenEverythingElseIsAscii() {
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8("a;b\n1;"), new byte[] {(byte) 0xE4}, utf8("\n"));
        assertThatThrownBy(() -> TextEncoding.utf8OrWindows1252("bom.csv", bytes)).hasMessageStartingWith("bom.csv, line 2, column 3 (byte 9): byte E4");
    }

    @Test
    void bytesThatAreNeitherUtf8NorWindows1252AreRefused() {
        // 0x81 is not a character of Windows-1252
        assertThatThrownBy(() -> TextEncoding.utf8OrWindows1252("odd.txt", new byte[] {'a', (byte) 0x81, 'b'}))
                .hasMessage("odd.txt: neither UTF-8 nor Windows-1252 text: save it as UTF-8 and try again");
    }

    @Test
    void strictUtf8RefusesWindows1252AndCutSequences() {
        assertThatThrownBy(() -> TextEncoding.utf8("q.rq", "ASK { \"tehtävä\" }".getBytes(WINDOWS_1252)))
                .hasMessage("q.rq, line 1, column 12 (byte 11): byte E4 is not valid UTF-8 (2 invalid sequences in all); save it as UTF-8 and try again");
        byte[] cut = concat(utf8("ASK {}"), new byte[] {(byte) 0xE2, (byte) 0x82});
        TextEncoding.Scan scan = TextEncoding.scanUtf8(cut, 0);
        assertThat(scan.text()).isEmpty();
        assertThat(scan.malformed().orElseThrow().place()).isEqualTo("line 1, column 7 (byte 6)");
        assertThat(scan.malformed().orElseThrow().problem()).isEqualTo("bytes E2 82 are not valid UTF-8");
        assertThat(TextEncoding.scanUtf8(utf8("a 𝄞 b"), 0).text()).contains("a 𝄞 b");
    }
}
