package org.lexmaturity.ingest;

import org.lexmaturity.kernel.ImportException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.lexmaturity.statutes.ActNumber;

/**
 * Fetches an act's Akoma Ntoso from the Finlex open data API: the Finnish and, where Finlex has one, the Swedish
 * original version ({@code …/akn/fi/act/statute/{year}/{number}/fin@} and {@code swe@}).
 */
public final class FinlexClient {
    /** The public Finlex open data API; a deployment can point elsewhere (a mirror, a test server). */
    public static final String DEFAULT_BASE_URL = "https://opendata.finlex.fi/finlex/avoindata/v1";
    private static final String USER_AGENT = "Lexmaturity/0.1 (+https://w3id.org/lexmaturity)";

    private final String baseUrl;
    private final HttpClient http;

    public FinlexClient(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20)).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /**
     * Downloads the language versions of {@code act}. A missing Swedish version is normal; a missing Finnish one is
     * an error.
     */
    public List<StatuteSource> fetch(ActNumber act) {
        List<StatuteSource> out = new ArrayList<>();
        for (String lang : List.of("fin", "swe")) {
            String url = baseUrl + "/akn/fi/act/statute/" + act.year() + "/" + act.number() + "/" + lang + "@";
            HttpResponse<byte[]> response = get(url);
            if (response.statusCode() == 200) {
                if (response.body().length > SourceFiles.MAX_FILE_BYTES) {
                    throw new ImportException(url, "", "answer larger than " + SourceFiles.MAX_FILE_BYTES + " bytes");
                }
                out.add(new StatuteSource("finlex " + act.local() + " " + lang + "@", response.body()));
            } else if (response.statusCode() != 404 || lang.equals("fin")) {
                throw new ImportException(url, "", "Finlex answered HTTP " + response.statusCode()
                        + (response.statusCode() == 404 ? ": no such act" : ""));
            }
        }
        return out;
    }

    private HttpResponse<byte[]> get(String url) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("User-Agent", USER_AGENT).header("Accept", "application/xml").GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new ImportException(url, "", "cannot reach Finlex: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ImportException(url, "", "interrupted");
        }
    }
}
