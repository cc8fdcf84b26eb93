package org.lexmaturity.web.http;

import io.vertx.ext.web.handler.HttpException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.lexmaturity.kernel.TextEncoding;

/**
 * Refuses URL-encoded parameters (a query string or a form body) whose percent-escapes are not UTF-8. Vert.x and
 * Netty decode them with U+FFFD in place of the damage, so the check reads the raw, still encoded text.
 */
public final class Utf8Parameters {
    private Utf8Parameters() {}

    /**
     * @param raw the encoded parameters ({@code a=1&b=%C3%A4}); characters outside ASCII stand for the bytes they were
     *     sent as, which is how the request line reaches the server
     * @param operation the start of the message, naming the operation ("SPARQL Query: ")
     * @throws HttpException 400 naming the first parameter that is not UTF-8, and the place in its value
     */
    public static void check(String raw, String operation) {
        if (raw == null || raw.isEmpty()) {
            return;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String encodedName = eq < 0 ? pair : pair.substring(0, eq);
            TextEncoding.Scan name = TextEncoding.scanUtf8(bytes(encodedName), 0);
            if (name.malformed().isPresent()) {
                throw new HttpException(400, operation + "the parameter name '" + encodedName + "': " + name.malformed().get().problem());
            }
            if (eq >= 0) {
                TextEncoding.scanUtf8(bytes(pair.substring(eq + 1)), 0).malformed().ifPresent(m -> {
                    throw new HttpException(400, operation + "parameter '" + name.text().orElseThrow() + "', " + m.place() + " of its value: "
                            + m.problem() + "; percent-encode it as UTF-8");
                });
            }
        }
    }

    /** The bytes an encoded value stands for: {@code %XX} the byte XX, {@code +} a space, anything else itself. */
    private static byte[] bytes(String encoded) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%' && i + 2 < encoded.length() && HexFormat.isHexDigit(encoded.charAt(i + 1)) && HexFormat.isHexDigit(encoded.charAt(i + 2))) {
                out.write(HexFormat.fromHexDigits(encoded, i + 1, i + 3));
                i += 2;
            } else if (c == '+') {
                out.write(' ');
            } else if (c <= 0xFF) {
                out.write(c);
            } else {
                int cp = encoded.codePointAt(i);
                out.writeBytes(Character.toString(cp).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(cp) - 1;
            }
        }
        return out.toByteArray();
    }
}
