package org.lexmaturity.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lexmaturity.web.browser.DemoSite;

/**
 * The register, act and dashboard pages over plain HTTP, where no browser is needed: who may post the forms, that a
 * form without the CSRF field is refused, that a refused change writes nothing, and what anonymous visitors see.
 * Uses the shared demo site; changes only its own entries (B-020, B-021, M-05, act 9002/2017).
 */
class RegisterPagesTest {
    static int port;

    @BeforeAll
    static void site() {
        port = URI.create(DemoSite.base()).getPort();
    }

    static HttpBrowser signedIn(String role) throws Exception {
        HttpBrowser b = new HttpBrowser(port);
        assertThat(b.signIn(role, TestUsers.PASSWORD).statusCode()).isEqualTo(303);
        return b;
    }

    private static HttpBrowser reader;

    /** The JSON API as a signed-in reader sees it (who made each change is shown to readers and up). */
    static JsonObject api(String path) throws Exception {
        if (reader == null) {
            reader = signedIn("reader");
        }
        return new JsonObject(reader.get(path).body());
    }

    /** The edit form of a barrier as the page fills it, with {@code changes} applied on top. */
    static Map<String, String> editForm(HttpBrowser b, String id, Map<String, String> changes) throws Exception {
        String page = b.get("/barriers/" + id + "/edit").body();
        Map<String, String> form = new LinkedHashMap<>();
        for (String name : new String[] {"title_fi", "title_sv", "title_en"}) {
            var m = java.util.regex.Pattern.compile("name=\"" + name + "\"[^>]*value=\"([^\"]*)\"").matcher(page);
            form.put(name, m.find() ? unescape(m.group(1)) : "");
        }
        for (String area : new String[] {"provisions", "description_fi", "description_sv", "description_en"}) {
            var p = java.util.regex.Pattern.compile("<textarea[^>]* id=\"" + area + "\"[^>]*>([^<]*)</textarea>").matcher(page);
            if (!p.find()) {
                p = java.util.regex.Pattern.compile("<textarea id=\"" + area + "\"[^>]*>([^<]*)</textarea>").matcher(page);
                p.find();
            }
            form.put(area, unescape(p.group(1)).strip());
        }
        for (String select : new String[] {"theme", "barrier_type", "ministry", "action", "severity"}) {
            var m = java.util.regex.Pattern.compile("<select id=\"" + select + "\".*?</select>", java.util.regex.Pattern.DOTALL).matcher(page);
            if (m.find()) {
                var s = java.util.regex.Pattern.compile("<option value=\"([^\"]*)\" selected").matcher(m.group());
                form.put(select, s.find() ? s.group(1) : "");
            }
        }
        form.put("X-XSRF-TOKEN", b.token);
        form.putAll(changes);
        return form;
    }

    static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    /** The names of the demo survey's respondent organisations, from the private graph. */
    static java.util.List<String> organisationNames() {
        var store = DemoSite.store();
        String q = "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> PREFIX prov: <http://www.w3.org/ns/prov#> "
                + "SELECT DISTINCT ?name WHERE { GRAPH ?g { ?response prov:wasAttributedTo ?r . ?r skos:prefLabel ?name } }";
        java.util.List<String> names = store.read(dsg -> {
            java.util.List<String> out = new java.util.ArrayList<>();
            org.apache.jena.sparql.exec.QueryExec.dataset(dsg).query(q).select()
                    .forEachRemaining(b -> out.add(b.get("name").getLiteralLexicalForm()));
            return out;
        });
        assertThat(names).isNotEmpty();
        return names;
    }

    @Test
    void anAnonymousPostToTheEditFormIsRefusedAndChangesNothing() throws Exception {
        String before = api("/api/barriers/B-020").encode();
        HttpBrowser anonymous = new HttpBrowser(port);
        anonymous.get("/barriers/B-020");
        HttpResponse<String> r = anonymous.post("/barriers/B-020", Map.of("title_fi", "Muutettu", "status", "assessed",
                "X-XSRF-TOKEN", anonymous.token == null ? "" : anonymous.token));
        assertThat(r.statusCode()).isIn(401, 403, 303);
        assertThat(r.statusCode() == 303 ? r.headers().firstValue("Location").orElse("") : "/login").contains("/login");
        assertThat(anonymous.get("/barriers/B-020/edit").statusCode()).isIn(303, 401);
        assertThat(api("/api/barriers/B-020").encode()).isEqualTo(before);
    }

    @Test
    void aReaderMayReadTheRegisterButNotChangeIt() throws Exception {
        HttpBrowser reader = signedIn("reader");
        assertThat(reader.get("/barriers/B-020").statusCode()).isEqualTo(200);
        assertThat(reader.get("/barriers/B-020/edit").statusCode()).isEqualTo(403);
        HttpResponse<String> r = reader.post("/barriers/B-020", Map.of("title_fi", "Lukija muutti", "X-XSRF-TOKEN", reader.token));
        assertThat(r.statusCode()).isEqualTo(403);
        assertThat(api("/api/barriers/B-020").getJsonObject("title").getString("fi")).isNotEqualTo("Lukija muutti");
    }

    @Test
    void theFormWithoutTheCsrfFieldIsRefused() throws Exception {
        HttpBrowser analyst = signedIn("analyst");
        String before = api("/api/barriers/B-021").encode();
        Map<String, String> form = editForm(analyst, "B-021", Map.of("status", "rejected", "status_note", "ei CSRF-kenttää"));
        form.remove("X-XSRF-TOKEN");
        assertThat(analyst.post("/barriers/B-021", form).statusCode()).isEqualTo(403);
        assertThat(api("/api/barriers/B-021").encode()).isEqualTo(before);
    }

    @Test
    void aStatusChangeWithDateAndNoteAppendsOneStepAndIsLogged() throws Exception {
        HttpBrowser analyst = signedIn("analyst");
        JsonObject before = api("/api/barriers/B-020");
        String next = before.getString("status").equals("rejected") ? "assessed" : "rejected";
        String date = LocalDate.now().minusDays(1).toString();
        HttpResponse<String> r = analyst.post("/barriers/B-020", editForm(analyst, "B-020",
                Map.of("status", next, "status_date", date, "status_note", "Työryhmä käsitteli 2.10.")));
        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location")).contains("/barriers/B-020?saved=changed");

        JsonObject after = api("/api/barriers/B-020");
        assertThat(after.getString("status")).isEqualTo(next);
        var history = after.getJsonArray("statusHistory");
        assertThat(history.size()).isEqualTo(before.getJsonArray("statusHistory").size() + 1);
        JsonObject last = history.getJsonObject(history.size() - 1);
        assertThat(last.getString("date")).isEqualTo(date);
        assertThat(last.getString("note")).isEqualTo("Työryhmä käsitteli 2.10.");
        // nothing else moved: the provisions read back from the form resolve to the same IRIs
        assertThat(after.getJsonArray("provisions")).isEqualTo(before.getJsonArray("provisions"));
        var changes = after.getJsonArray("changes");
        JsonObject change = changes.getJsonObject(changes.size() - 1);
        assertThat(change.getString("by")).isEqualTo("analyst");
        assertThat(change.getString("fields")).isEqualTo("status, history");
        assertThat(analyst.get("/barriers/B-020?saved=changed").body()).contains("Työryhmä käsitteli 2.10.").contains(date);
    }

    @Test
    void aRefusedEditShowsEachProblemAtItsFieldKeepsTheInputAndWritesNothing() throws Exception {
        HttpBrowser analyst = signedIn("analyst");
        String before = api("/api/barriers/B-021").encode();
        HttpResponse<String> r = analyst.post("/barriers/B-021", editForm(analyst, "B-021", Map.of("title_fi", "", "title_sv", "",
                "title_en", "", "provisions", "1234/1999 7 §", "severity", "4", "status", "assessed",
                "status_date", LocalDate.now().plusDays(3).toString())));
        assertThat(r.statusCode()).isEqualTo(422);
        String page = r.body();
        assertThat(page).contains("id=\"title_fi-error\"").contains("id=\"provisions-error\"").contains("id=\"status-error\"");
        assertThat(page).contains("1234/1999 7 §"); // the analyst's input is kept
        assertThat(page).contains("is in the future");
        assertThat(page).containsPattern("<option value=\"4\" selected");
        assertThat(api("/api/barriers/B-021").encode()).isEqualTo(before);
    }

    @Test
    void aNewMeasureIsCreatedWithItsFirstStatusAndAnUnknownBarrierIsRefused() throws Exception {
        HttpBrowser analyst = signedIn("analyst");
        analyst.get("/measures/new");
        Map<String, String> form = new LinkedHashMap<>(Map.of("title_fi", "Sähköinen hakemus käyttöön", "addresses", "B-020, B-999",
                "owner", "vm", "target_date", "2027-06-30", "status", "planned", "status_date", LocalDate.now().toString(),
                "X-XSRF-TOKEN", analyst.token));
        HttpResponse<String> refused = analyst.post("/measures", form);
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"addresses-error\"").contains("B-999").contains("Sähköinen hakemus käyttöön");
        form.put("addresses", "B-020");
        form.put("X-XSRF-TOKEN", analyst.token);
        HttpResponse<String> created = analyst.post("/measures", form);
        assertThat(created.statusCode()).isEqualTo(303);
        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches("/measures/M-\\d+\\?saved=created");
        JsonObject m = api("/api/" + location.substring(1, location.indexOf('?')));
        assertThat(m.getJsonArray("addresses").stream().map(Object::toString).toList()).containsExactly("B-020");
        assertThat(m.getString("owner")).isEqualTo("vm");
        assertThat(api("/api/barriers/B-020").getJsonArray("measures").stream().map(Object::toString).toList()).contains(m.getString("id"));
    }

    @Test
    void theExpertAssessmentFormRecordsThroughTheSameChecksAsTheApi() throws Exception {
        HttpBrowser analyst = signedIn("analyst");
        analyst.get("/acts/2017/9002");
        HttpResponse<String> refused = analyst.post("/acts/2017/9002/assessments", Map.of("verdict-digital-communication", "met",
                "provisions-digital-communication", "9001/2016 3 §", "X-XSRF-TOKEN", analyst.token));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("id=\"provisions-digital-communication-error\"").contains("is not a provision of this act");
        assertThat(api("/api/acts/2017/9002/maturity").containsKey("expertAssessment")).isFalse();

        HttpResponse<String> ok = analyst.post("/acts/2017/9002/assessments", Map.of("verdict-digital-communication", "partly",
                "comment-digital-communication", "Sähköinen asiointi sallittu, allekirjoitusvaatimus jää.", "X-XSRF-TOKEN", analyst.token));
        assertThat(ok.statusCode()).isEqualTo(303);
        JsonObject maturity = api("/api/acts/2017/9002/maturity");
        assertThat(maturity.getJsonObject("expertAssessment").getString("by")).isEqualTo("analyst");
        assertThat(maturity.getJsonArray("dimensions").stream().map(JsonObject.class::cast)
                .filter(d -> d.getString("dimension").equals("digital-communication")).findFirst().orElseThrow()
                .getString("expertVerdict")).isEqualTo("partly");
    }

    @Test
    void surveyQuotesAreForAnalystsAndNeverNameTheOrganisation() throws Exception {
        String anonymous = new HttpBrowser(port).get("/acts/2018/9009").body();
        assertThat(anonymous).doesNotContain("<blockquote>");
        assertThat(anonymous).containsPattern("Kyselyvastauksissa säädökseen viittaa \\d+ organisaatiota|\\d+ organisations cite");
        String reader = signedIn("reader").get("/acts/2018/9009").body();
        assertThat(reader).doesNotContain("<blockquote>").contains("vain analyytikoille");
        String analyst = signedIn("analyst").get("/acts/2018/9009").body();
        assertThat(analyst).contains("<blockquote>");
        for (String organisation : organisationNames()) {
            assertThat(analyst).doesNotContain(organisation);
        }
    }

    @Test
    void theDashboardShowsThePrivateCitationCountToReadersOnly() throws Exception {
        assertThat(new HttpBrowser(port).get("/").body()).doesNotContain("/analyses/acts-cited-in-free-text");
        assertThat(signedIn("reader").get("/").body()).contains("/analyses/acts-cited-in-free-text");
    }
}
