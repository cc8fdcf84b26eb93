package org.lexmaturity.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import org.lexmaturity.store.Backup;
import org.lexmaturity.store.FolderInUse;
import org.lexmaturity.store.Store;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code backup --out FILE [--server URL]}: a consistent snapshot of every graph, private ones included, as a
 * {@link Backup} file. Directly from the data folder when no server holds it, else through the running server's
 * admin route with the credentials of {@code LEXMATURITY_USER} / {@code LEXMATURITY_PASSWORD}.
 */
@Command(name = "backup", description = "Writes a backup of every graph (gzipped N-Quads with a manifest); with --server, through a running server.")
final class BackupCommand implements Callable<Integer> {
    static final String USER = "LEXMATURITY_USER";
    static final String PASSWORD = "LEXMATURITY_PASSWORD";
    /** Where credentials come from: the environment (never the command line, which other users can see). Tests replace it. */
    static UnaryOperator<String> environment = System::getenv;

    @ParentCommand
    Main main;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The backup file to write (conventionally .nq.gz)")
    Path out;

    @Option(names = "--server", paramLabel = "URL", description = "Take the backup through the running server at URL (an admin account: "
            + USER + " and " + PASSWORD + ")")
    URI server;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Path target = out.toAbsolutePath();
        Files.createDirectories(target.getParent());
        // written beside the target and moved into place, so a failed backup never leaves a file that looks complete
        Path tmp = Files.createTempFile(target.getParent(), ".backup-", ".part");
        try {
            Backup.Manifest manifest = server == null ? fromFolder(tmp) : fromServer(tmp);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            spec.commandLine().getOut().printf("Backed up %,d triples in %d graphs to %s (taken %s)%n", manifest.triples(),
                    manifest.triplesPerGraph().size(), out, manifest.taken());
            return 0;
        } catch (IllegalStateException | IllegalArgumentException e) {
            spec.commandLine().getErr().println("Error: " + e.getMessage());
            return 1;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private Backup.Manifest fromFolder(Path tmp) throws IOException {
        Path dir = main.storeConfig().dataDir();
        if (!Files.isDirectory(dir.resolve("tdb2"))) {
            throw new IllegalArgumentException("There is no store in " + dir + " (no tdb2 folder): nothing to back up");
        }
        Store store;
        try {
            store = Store.open(main.storeConfig());
        } catch (RuntimeException e) {
            if (FolderInUse.is(e)) {
                throw FolderInUse.explain(dir, "take the backup through it with backup --out " + out + " --server http://HOST:PORT (an admin "
                        + "account's name and password in " + USER + " and " + PASSWORD + ")", e);
            }
            throw e;
        }
        try (store; OutputStream file = new BufferedOutputStream(Files.newOutputStream(tmp))) {
            return Backup.write(store, file, Instant.now());
        }
    }

    private Backup.Manifest fromServer(Path tmp) throws IOException {
        String user = environment.apply(USER);
        String password = environment.apply(PASSWORD);
        if (user == null || user.isBlank() || password == null || password.isEmpty()) {
            throw new IllegalArgumentException("backup --server needs an admin account: set " + USER + " and " + PASSWORD + " in the environment");
        }
        URI uri = server.resolve("/api/admin/backup");
        HttpRequest request = HttpRequest.newBuilder(uri).GET().header("Accept", "application/gzip")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                .build();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<InputStream> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        } catch (IOException e) {
            throw new IllegalStateException("Cannot reach the server at " + uri + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while fetching " + uri, e);
        }
        try (InputStream body = response.body()) {
            if (response.statusCode() != 200) {
                String text = new String(body.readNBytes(2000), StandardCharsets.UTF_8).trim();
                throw new IllegalStateException("The server at " + uri + " answered " + response.statusCode() + ": " + text);
            }
            Files.copy(body, tmp, StandardCopyOption.REPLACE_EXISTING);
        } catch (UncheckedIOException e) {
            throw new IllegalStateException("The backup from " + uri + " was cut off: " + e.getMessage(), e);
        }
        // a server that fails halfway can only close the connection: read the whole file back before calling it a backup
        return Backup.verify(tmp);
    }
}
