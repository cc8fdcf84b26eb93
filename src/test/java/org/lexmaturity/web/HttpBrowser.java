package org.lexmaturity.web;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a browser does over HTTP, without a browser: keeps cookies by hand (the JDK's cookie manager would not send
 * Secure cookies over plain HTTP, which browsers do for localhost), posts forms, and remembers the CSRF token of the
 * last page that had a form.
 */
public final class HttpBrowser {
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final int[] ports;
    private int next;
    final Map<String, String> cookies = new LinkedHashMap<>();
    final List<String> setCookieHeaders = new java.util.ArrayList<>();
    String token;

    HttpBrowser(int port) {
        this.ports = new int[] {port};
    }

    private HttpBrowser(int[] ports) {
        this.ports = ports.clone();
    }

    /**
     * A browser behind a load balancer with no sticky routing: each request goes to the next of the servers, in turn
     * (cookies are the host's, whatever the port, as a browser keeps them).
     */
    static HttpBrowser roundRobin(int... ports) {
        return new HttpBrowser(ports);
    }

    /** The server the next request goes to. */
    int nextPort() {
        return ports[next % ports.length];
    }

    URI uri(String path) {
        int port = ports[next++ % ports.length];
        return URI.create("http://127.0.0.1:" + port + path);
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    HttpResponse<String> post(String path, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream().map(e -> enc(e.getKey()) + "=" + enc(e.getValue())).collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** A form with one file, sent as multipart/form-data with the page's form token, as a browser sends an upload. */
    HttpResponse<String> postFile(String path, String field, String fileName, byte[] content) throws Exception {
        String boundary = "----lexmaturity-http-browser";
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"X-XSRF-TOKEN\"\r\n\r\n" + token + "\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    HttpResponse<String> postJson(String path, String json, boolean withTokenHeader) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (withTokenHeader) {
            b.header("X-XSRF-TOKEN", token);
        }
        return send(b);
    }

    HttpResponse<String> signIn(String name, String password) throws Exception {
        get("/login");
        return post("/login", Map.of("username", name, "password", password, "X-XSRF-TOKEN", token));
    }

    /** A download as the browser would fetch it, with the session's cookies. */
    HttpResponse<byte[]> getBytes(String path) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path)).GET();
        if (!cookies.isEmpty()) {
            b.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; ")));
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<String> send(HttpRequest.Builder b) throws Exception {
        if (!cookies.isEmpty()) {
            b.header("Cookie", cookies.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining("; ")));
        }
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        // like a browser, the next form sent is one on the page just shown
        Matcher m = Pattern.compile("name=\"X-XSRF-TOKEN\" value=\"([^\"]+)\"").matcher(r.body());
        if (m.find()) {
            token = m.group(1);
        }
        for (String header : r.headers().allValues("Set-Cookie")) {
            setCookieHeaders.add(header);
            String pair = header.split(";", 2)[0];
            int eq = pair.indexOf('=');
            String value = pair.substring(eq + 1);
            if (header.toLowerCase().contains("max-age=0") || value.isEmpty()) {
                cookies.remove(pair.substring(0, eq));
            } else {
                cookies.put(pair.substring(0, eq), value);
            }
        }
        return r;
    }
}
