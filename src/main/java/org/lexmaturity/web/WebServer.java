package org.lexmaturity.web;

import io.vertx.core.http.HttpMethod;
import org.lexmaturity.web.http.Services;
import org.lexmaturity.web.admin.BackupRoutes;
import org.lexmaturity.web.admin.HealthRoutes;
import org.lexmaturity.web.dashboard.DashboardPages;
import org.lexmaturity.web.opendata.DataRoutes;
import org.lexmaturity.web.opendata.LinkedDataRoutes;
import org.lexmaturity.web.opendata.QueryPage;
import org.lexmaturity.web.opendata.SparqlRoutes;
import org.lexmaturity.web.screening.ScreeningPages;
import org.lexmaturity.web.reports.ReportRoutes;
import org.lexmaturity.web.reports.ReportPages;
import org.lexmaturity.web.analyses.AnalysisRoutes;
import org.lexmaturity.web.analyses.AnalysisPages;
import org.lexmaturity.web.surveys.SurveyRoutes;
import org.lexmaturity.web.surveys.SurveyPages;
import org.lexmaturity.web.surveys.SurveyImportRoutes;
import org.lexmaturity.web.register.RegisterRoutes;
import org.lexmaturity.web.register.RegisterPages;
import org.lexmaturity.web.acts.StatuteImportRoutes;
import org.lexmaturity.web.acts.MaturityRoutes;
import org.lexmaturity.web.acts.ActRoutes;
import org.lexmaturity.web.auth.SignInRoutes;
import org.lexmaturity.web.auth.Sessions;
import org.lexmaturity.web.auth.SharedSignIns;
import org.lexmaturity.web.cluster.ClusterNode;
import org.lexmaturity.web.cluster.ClusterSettings;
import org.lexmaturity.web.cluster.SharedStore;
import java.util.Optional;
import org.lexmaturity.web.auth.OidcSignIn;
import org.lexmaturity.web.auth.AccountPages;
import org.lexmaturity.web.http.UiText;
import org.lexmaturity.web.http.UiLanguage;
import org.lexmaturity.web.http.SecurityHeaders;
import org.lexmaturity.web.http.Pages;
import org.lexmaturity.web.http.FormBody;
import org.lexmaturity.web.http.Failures;
import org.lexmaturity.web.http.Blocking;
import org.lexmaturity.web.http.AllowedMethods;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.common.template.TemplateEngine;
import io.vertx.ext.web.handler.StaticHandler;
import io.vertx.ext.web.templ.thymeleaf.ThymeleafTemplateEngine;
import java.util.concurrent.TimeUnit;
import org.lexmaturity.auth.Accounts;
import org.lexmaturity.auth.AuthSettings;
import org.lexmaturity.auth.LoginThrottle;
import org.lexmaturity.sparql.EndpointSettings;
import org.lexmaturity.sparql.PublicView;
import org.lexmaturity.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server: one router mounting the route classes of each feature. Store work runs on one named worker
 * pool, never on an event loop.
 */
public final class WebServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WebServer.class);
    private static final int WORKERS = 8;
    public static final String CLUSTER_NEEDS_REMOTE_STORE = "several servers share one remote store (--store sparql:URL or LEXMATURITY_STORE); "
            + "the embedded store's folder is one process's alone, so it cannot be clustered";

    private final Vertx vertx;
    private final HttpServer server;

    private final Runnable stopJobs;

    private WebServer(Vertx vertx, HttpServer server, Runnable stopJobs) {
        this.stopJobs = stopJobs;
        this.vertx = vertx;
        this.server = server;
    }

    /** Starts listening on {@code port} (0 picks a free one) and returns once the server accepts connections. */
    public static WebServer start(Store store, String host, int port) {
        return start(store, host, port, AuthSettings.defaults());
    }

    public static WebServer start(Store store, String host, int port, AuthSettings auth) {
        return start(store, host, port, auth, EndpointSettings.fromEnvironment());
    }

    /** With the public SPARQL endpoint's limits given (tests; the other starts read them from the environment). */
    public static WebServer start(Store store, String host, int port, AuthSettings auth, EndpointSettings endpoint) {
        return start(store, host, port, auth, endpoint, Optional.empty());
    }

    /**
     * As one of several servers on one remote store when {@code cluster} is given: sessions, sign-in throttles and
     * revocations are shared with the others, and a commit of any of them refreshes the others' cached counts and
     * indexes at once.
     */
    public static WebServer start(Store store, String host, int port, AuthSettings auth, EndpointSettings endpoint,
            Optional<ClusterSettings> cluster) {
        if (cluster.isPresent() && !store.isRemote()) {
            throw new IllegalArgumentException(CLUSTER_NEEDS_REMOTE_STORE);
        }
        Vertx vertx = ClusterNode.start(cluster);
        if (vertx.isClustered()) {
            SharedStore.join(vertx, store);
        }
        WorkerExecutor workers = vertx.createSharedWorkerExecutor("lexmaturity-store", WORKERS);
        TemplateEngine templates = ThymeleafTemplateEngine.create(vertx);
        Blocking blocking = new Blocking(workers);
        Pages pages = new Pages(templates, UiText.load());
        Services services = Services.of(store, blocking, pages);

        Accounts accounts = new Accounts(store);
        SharedSignIns throttle;
        try {
            throttle = SharedSignIns.start(vertx, LoginThrottle.standard());
        } catch (RuntimeException e) {
            vertx.close();
            throw e;
        }
        Sessions sessions = new Sessions(vertx, accounts, throttle, blocking, auth);

        Router router = Router.router(vertx);
        router.route().handler(SecurityHeaders::apply);
        UiLanguage.mount(router);
        FormBody.mount(router);
        sessions.mount(router);
        new SignInRoutes(accounts, throttle, sessions, blocking, pages, auth.oidc().isPresent(), auth.secureCookies()).mount(router);
        new AccountPages(accounts, sessions, blocking, pages).mount(router);
        try {
            auth.oidc().ifPresent(oidc -> OidcSignIn.discover(vertx, oidc).mount(router, sessions));
        } catch (RuntimeException e) {
            vertx.close();
            throw e;
        }
        new HealthRoutes(store, blocking, services.counts()).mount(router);
        // before the act routes: /acts/import is no act
        StatuteImportRoutes statuteImports = new StatuteImportRoutes(vertx, store, pages);
        statuteImports.mount(router);
        new ActRoutes(services).mount(router);
        new RegisterRoutes(services).mount(router);
        new SurveyRoutes(store, blocking).mount(router);
        new MaturityRoutes(services).mount(router);
        new AnalysisRoutes(services).mount(router);
        ReportRoutes reports = new ReportRoutes(services);
        reports.mount(router);
        new ReportPages(store, blocking, pages, reports).mount(router);
        new AnalysisPages(services).mount(router);
        new ScreeningPages(services).mount(router);
        new QueryPage(pages).mount(router);
        new SurveyPages(services).mount(router);
        SurveyImportRoutes surveyImports = new SurveyImportRoutes(vertx, store, blocking, pages);
        surveyImports.mount(router);
        SparqlRoutes sparql = new SparqlRoutes(store, new PublicView(store.graphs().publicGraphs()), endpoint);
        sparql.mount(router);
        new LinkedDataRoutes(store, blocking, pages).mount(router);
        new DataRoutes(store, blocking, pages).mount(router);
        new BackupRoutes(store, blocking).mount(router);
        new DashboardPages(services).mount(router);
        new RegisterPages(services).mount(router);
        router.route("/static/*").handler(StaticHandler.create("static").setCachingEnabled(true).setMaxAgeSeconds(3600));
        headWithGet(router);
        AllowedMethods allowed = new AllowedMethods(router);
        router.route().failureHandler(new Failures(pages, allowed)::handle);
        // nothing answered: a path that other methods serve is 405 (with Allow), any other 404
        router.route().last().handler(ctx -> ctx.fail(allowed.forPath(ctx.request().path()).isEmpty() ? 404 : 405));

        try {
            // a GET query may be as long as a POSTed one: its request line carries it percent-encoded, up to 9 bytes a
            // character (three UTF-8 bytes, each written %XX)
            HttpServerOptions options = new HttpServerOptions().setMaxInitialLineLength(9 * endpoint.maxQueryLength() + 8192);
            HttpServer server = vertx.createHttpServer(options).requestHandler(router).listen(port, host)
                    .toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
            LOG.info("Listening on http://{}:{}/", host, server.actualPort());
            return new WebServer(vertx, server, () -> {
                surveyImports.close();
                statuteImports.close();
                sparql.close();
            });
        } catch (Exception e) {
            surveyImports.close();
            statuteImports.close();
            sparql.close();
            vertx.close();
            throw new IllegalStateException("Cannot listen on " + host + ":" + port + ": " + rootMessage(e), e);
        }
    }

    /** Every GET route answers HEAD too, with the same status and headers; Vert.x leaves the body out. */
    private static void headWithGet(Router router) {
        router.getRoutes().stream().filter(r -> r.methods() != null && r.methods().contains(HttpMethod.GET)
                && !r.methods().contains(HttpMethod.HEAD)).forEach(r -> r.method(HttpMethod.HEAD));
    }

    public int port() {
        return server.actualPort();
    }

    @Override
    public void close() {
        stopJobs.run();
        Future<Void> closed = vertx.close();
        try {
            closed.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.warn("Vert.x did not close cleanly: {}", e.toString());
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}
