package org.lexmaturity.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A child JVM on the benchmark's own class path, so that imports, the server and Fuseki each run in a process of
 * their own: its output goes to a log file, its peak resident memory (VmHWM in /proc) is sampled while it runs,
 * and with a heap limit it writes a GC log from which the peak heap in use is read.
 */
final class ChildJvm implements AutoCloseable {
    private static final Pattern GC_LINE = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

    private final String name;
    private final Process process;
    private final Path log;
    private final Path gcLog;
    private final long started = System.nanoTime();
    private volatile long peakRssKb;
    private final Thread sampler;

    private ChildJvm(String name, Process process, Path log, Path gcLog) {
        this.name = name;
        this.process = process;
        this.log = log;
        this.gcLog = gcLog;
        this.sampler = new Thread(this::sample, "rss-" + name);
        sampler.setDaemon(true);
        sampler.start();
    }

    /** Starts {@code mainClass args} with the JVM options given (e.g. -Xmx1g) and extra environment. */
    static ChildJvm start(String name, Path workDir, List<String> jvmOptions, Map<String, String> env, String mainClass, String... args) {
        try {
            Files.createDirectories(workDir.resolve("logs"));
            Path log = workDir.resolve("logs/" + name + ".log");
            Path gc = workDir.resolve("logs/" + name + "-gc.log");
            List<String> cmd = new ArrayList<>();
            cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            cmd.addAll(jvmOptions);
            cmd.add("-Djava.awt.headless=true");
            cmd.add("-Xlog:gc:file=" + gc);
            cmd.add("-cp");
            cmd.add(System.getProperty("java.class.path"));
            cmd.add(mainClass);
            cmd.addAll(List.of(args));
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
            pb.environment().putAll(env);
            return new ChildJvm(name, pb.start(), log, gc);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + name, e);
        }
    }

    /** Runs to completion; a non-zero exit stops the benchmark with the log's tail. */
    static Finished run(String name, Path workDir, List<String> jvmOptions, Map<String, String> env, String mainClass, String... args) {
        try (ChildJvm jvm = start(name, workDir, jvmOptions, env, mainClass, args)) {
            return jvm.waitFor();
        }
    }

    record Finished(String name, Duration took, long peakRssKb, long peakHeapMb, String output) {}

    Finished waitFor() {
        try {
            int code = process.waitFor();
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            String out = Files.readString(log, StandardCharsets.UTF_8);
            if (code != 0) {
                throw new IllegalStateException(name + " exited with " + code + ":\n" + tail(out));
            }
            return new Finished(name, took, peakRssKb, peakHeapMb(), out);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    long pid() {
        return process.pid();
    }

    boolean alive() {
        return process.isAlive();
    }

    String output() {
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }

    long peakRssKb() {
        return peakRssKb;
    }

    /** The largest heap in use before a collection, from the GC log (MB). */
    long peakHeapMb() {
        long max = 0;
        try {
            for (String line : Files.readAllLines(gcLog)) {
                Matcher m = GC_LINE.matcher(line);
                if (m.find()) {
                    max = Math.max(max, Long.parseLong(m.group(1)));
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return max;
    }

    private void sample() {
        Path status = Path.of("/proc", String.valueOf(process.pid()), "status");
        while (process.isAlive()) {
            try {
                for (String line : Files.readAllLines(status)) {
                    if (line.startsWith("VmHWM:")) {
                        peakRssKb = Math.max(peakRssKb, Long.parseLong(line.replaceAll("\\D", "")));
                    }
                }
                Thread.sleep(200);
            } catch (IOException | RuntimeException e) {
                return; // the process ended between the check and the read
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static String tail(String s) {
        return s.length() <= 4000 ? s : s.substring(s.length() - 4000);
    }

    /** Stops a still running child (a server): SIGTERM, then SIGKILL after 20 s. */
    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
                    process.destroyForcibly().waitFor();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        sampler.interrupt();
    }
}
