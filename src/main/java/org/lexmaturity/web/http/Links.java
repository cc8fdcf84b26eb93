package org.lexmaturity.web.http;

import io.vertx.ext.web.RoutingContext;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Small things about requests that every web feature needs: query-string encoding, the client's address, file names. */
public final class Links {
    private Links() {}

    /** A query-string value, percent-encoded as UTF-8. */
    public static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** The address the request came from (the client, or the proxy in front of it); empty when unknown. */
    public static String address(RoutingContext ctx) {
        return ctx.request().remoteAddress() == null ? "" : ctx.request().remoteAddress().hostAddress();
    }

    /**
     * The last part of a browser's file name, without control characters and at most 120 characters: shown to the
     * user, never used as a path.
     */
    public static String baseName(String name, String fallback) {
        if (name == null) {
            return fallback;
        }
        String n = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).strip();
        n = n.replaceAll("[\\p{Cntrl}]", "");
        return n.isEmpty() ? fallback : n.length() > 120 ? n.substring(0, 120) : n;
    }
}
