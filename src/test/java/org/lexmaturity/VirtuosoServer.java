package org.lexmaturity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.lexmaturity.store.RemoteEndpoint;

/**
 * OpenLink Virtuoso Open Source (Debian's {@code virtuoso-opensource}) started for a test on loopback, with its
 * database in a folder of the test's: the second store engine of the remote-store suite, so that what the tool relies
 * on is the SPARQL standard and not one engine's ways. The anonymous SPARQL account is granted SPARQL Update, as a
 * deployment would grant it to the tool's own account.
 */
final class VirtuosoServer {
    static final Path BINARY = Path.of("/usr/bin/virtuoso-t");
    static final Path ISQL = Path.of("/usr/bin/isql-vt");
    private static final Duration START = Duration.ofSeconds(60);

    private final Process process;
    private final int httpPort;

    private VirtuosoServer(Process process, int httpPort) {
        this.process = process;
        this.httpPort = httpPort;
    }

    static boolean installed() {
        return Files.isExecutable(BINARY) && Files.isExecutable(ISQL);
    }

    static VirtuosoServer start(Path folder) {
        try {
            Files.createDirectories(folder);
            int sqlPort = freePort();
            int httpPort = freePort();
            Path ini = folder.resolve("virtuoso.ini");
            Files.writeString(ini, ini(folder, sqlPort, httpPort), StandardCharsets.UTF_8);
            Process p = new ProcessBuilder(BINARY.toString(), "+foreground", "+configfile", ini.toString())
                    .redirectErrorStream(true).redirectOutput(folder.resolve("server.out").toFile()).start();
            VirtuosoServer server = new VirtuosoServer(p, httpPort);
            server.awaitOnline(folder);
            grantUpdate(folder, sqlPort);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    RemoteEndpoint endpoint() {
        String base = "http://127.0.0.1:" + httpPort;
        return new RemoteEndpoint(URI.create(base + "/sparql"), URI.create(base + "/sparql"), URI.create(base + "/sparql-graph-crud"),
                Optional.empty(), Optional.empty());
    }

    void stop() {
        process.destroy();
        try {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    private void awaitOnline(Path folder) throws IOException {
        HttpClient http = HttpClient.newHttpClient();
        long until = System.nanoTime() + START.toNanos();
        while (System.nanoTime() < until) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Virtuoso stopped while starting: " + Files.readString(folder.resolve("server.out")));
            }
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/sparql?query=ASK%7B%7D"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(200);
        }
        stop();
        throw new IllegalStateException("Virtuoso did not answer within " + START.toSeconds() + " s: " + Files.readString(folder.resolve("server.out")));
    }

    private static void grantUpdate(Path folder, int sqlPort) throws IOException {
        Process isql = new ProcessBuilder(ISQL.toString(), "127.0.0.1:" + sqlPort, "dba", "dba",
                "exec=GRANT SPARQL_UPDATE TO \"SPARQL\"; GRANT EXECUTE ON DB.DBA.L_O_LOOK TO \"SPARQL\";")
                .redirectErrorStream(true).redirectOutput(folder.resolve("grant.out").toFile()).start();
        try {
            if (!isql.waitFor(30, TimeUnit.SECONDS) || isql.exitValue() != 0) {
                throw new IllegalStateException("granting SPARQL Update failed: " + Files.readString(folder.resolve("grant.out")));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String ini(Path folder, int sqlPort, int httpPort) {
        String d = folder.toAbsolutePath().toString();
        return """
                [Database]
                DatabaseFile = %1$s/virtuoso.db
                ErrorLogFile = %1$s/virtuoso.log
                LockFile = %1$s/virtuoso.lck
                TransactionFile = %1$s/virtuoso.trx
                xa_persistent_file = %1$s/virtuoso.pxa
                ErrorLogLevel = 7
                FileExtend = 200
                MaxCheckpointRemap = 2000
                Striping = 0
                TempStorage = TempDatabase
                [TempDatabase]
                DatabaseFile = %1$s/virtuoso-temp.db
                TransactionFile = %1$s/virtuoso-temp.trx
                MaxCheckpointRemap = 2000
                Striping = 0
                [Parameters]
                ServerPort = 127.0.0.1:%2$d
                DisableUnixSocket = 1
                CheckpointInterval = 60
                CaseMode = 2
                DirsAllowed = ., /usr/share/virtuoso-opensource-7/vad
                VADInstallDir = /usr/share/virtuoso-opensource-7/vad/
                NumberOfBuffers = 10000
                MaxDirtyBuffers = 6000
                MaxQueryMem = 300M
                [HTTPServer]
                ServerPort = 127.0.0.1:%3$d
                ServerRoot = /var/lib/virtuoso-opensource-7/vsp
                ServerThreads = 10
                MaxClientConnections = 10
                Charset = UTF-8
                [SPARQL]
                ResultSetMaxRows = 10000000
                MaxQueryExecutionTime = 60
                MaxSortedTopRows = 1000000
                """.formatted(d, sqlPort, httpPort);
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
