package org.lexmaturity.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code serve} in a child JVM on the test's class path, over a data folder, on a free loopback port: for tests
 * that must kill the server for real ({@link #kill()} is SIGKILL on Linux). Every line it prints is kept.
 */
final class ServerProcess implements AutoCloseable {
    private static final Pattern RUNNING = Pattern.compile("Lexmaturity is running at http://localhost:(\\d+)/");

    private final Process process;
    private final List<String> lines = new ArrayList<>();
    private final int port;

    private ServerProcess(Process process, Duration startTimeout) {
        this.process = process;
        Thread reader = new Thread(this::readOutput, "server-process-output");
        reader.setDaemon(true);
        reader.start();
        String running = awaitLine(l -> RUNNING.matcher(l).find(), startTimeout);
        Matcher m = RUNNING.matcher(running);
        m.find();
        this.port = Integer.parseInt(m.group(1));
    }

    /** Starts {@code serve --port 0 --host 127.0.0.1} on {@code data} and waits until it listens. */
    static ServerProcess start(Path data, String maxHeap) {
        return start(data, maxHeap, java.util.Map.of(), "serve", "--port", "0", "--host", "127.0.0.1");
    }

    /** Starts the command {@code args} (a {@code serve}) on {@code data} with {@code env} added, and waits until it listens. */
    static ServerProcess start(Path data, String maxHeap, java.util.Map<String, String> env, String... args) {
        try {
            return new ServerProcess(command(data, maxHeap, env, args).start(), Duration.ofSeconds(120));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The child JVM's command line: the test class path, {@code --data}, then {@code args}; output and errors merged. */
    static ProcessBuilder command(Path data, String maxHeap, java.util.Map<String, String> env, String... args) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xmx" + maxHeap, "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), "org.lexmaturity.cli.Main", "--data", data.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().remove("LEXMATURITY_BASE_IRI");
        pb.environment().putAll(env);
        return pb;
    }

    /** Everything printed so far. */
    String output() {
        synchronized (lines) {
            return String.join("\n", lines);
        }
    }

    int port() {
        return port;
    }

    private void readOutput() {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = in.readLine()) != null; ) {
                synchronized (lines) {
                    lines.add(line);
                    lines.notifyAll();
                }
            }
        } catch (IOException e) {
            // the process was killed: its output simply ends
        }
    }

    /** Waits for the first printed line matching {@code test}; fails with everything printed so far if none comes. */
    String awaitLine(Predicate<String> test, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (lines) {
            int seen = 0;
            while (true) {
                for (; seen < lines.size(); seen++) {
                    if (test.test(lines.get(seen))) {
                        return lines.get(seen);
                    }
                }
                long left = deadline - System.nanoTime();
                if (left <= 0 || (!process.isAlive() && seen == lines.size())) {
                    throw new AssertionError("the server did not print the expected line within " + timeout + "; it printed:\n"
                            + String.join("\n", lines));
                }
                try {
                    lines.wait(Math.max(1, Math.min(TimeUnit.NANOSECONDS.toMillis(left), 500)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new AssertionError("interrupted", e);
                }
            }
        }
    }

    /** SIGKILL: no shutdown hook runs, no transaction is ended. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** A normal stop (SIGTERM): the shutdown hook closes the server and the store. */
    @Override
    public void close() {
        try {
            if (process.isAlive()) {
                process.destroy();
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
                }
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
