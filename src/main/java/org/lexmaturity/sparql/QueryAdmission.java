package org.lexmaturity.sparql;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Who gets the public endpoint's query workers. At most {@code workers} queries run at once; one client (an address)
 * runs at most {@code perClientRunning} of them, so a client that floods the endpoint leaves workers free for
 * everyone else. Beyond that a client's queries wait in its own line, served in turn with the other clients' lines,
 * up to {@code perClientWaiting} per client and {@code waiting} in all; a query that would wait beyond that is refused
 * at once ({@link Refused}: 503 with {@code Retry-After}) rather than held. The time a query waits counts toward its
 * time limit (the caller measures it from {@link #submit}).
 */
public final class QueryAdmission implements AutoCloseable {
    /** Seconds a refused client is told to wait before trying again. */
    public static final int RETRY_AFTER_SECONDS = 5;

    private final EndpointSettings.Workers limits;
    private final ExecutorService pool;
    private final Map<String, Line> lines = new HashMap<>();
    private int running;
    private int waiting;
    private long turn;

    /** One client's queries: how many run, which wait, and when it was last served (for taking turns). */
    private static final class Line {
        final ArrayDeque<Runnable> queue = new ArrayDeque<>();
        int running;
        long lastServed;
    }

    /** Refused admission: the endpoint, or this client's share of it, is full. */
    public static final class Refused extends SparqlError {
        Refused(String message) {
            super(503, message);
        }

        public int retryAfterSeconds() {
            return RETRY_AFTER_SECONDS;
        }
    }

    public QueryAdmission(EndpointSettings.Workers limits) {
        this.limits = limits;
        AtomicInteger n = new AtomicInteger();
        ThreadFactory threads = r -> {
            Thread t = new Thread(r, "lexmaturity-sparql-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        this.pool = Executors.newFixedThreadPool(limits.workers(), threads);
    }

    /** Runs {@code job} on a query worker now or when its turn comes; {@link Refused} when it can neither run nor wait. */
    public synchronized void submit(String client, Runnable job) {
        Line line = lines.computeIfAbsent(client, k -> new Line());
        boolean runsNow = running < limits.workers() && line.running < limits.perClientRunning() && line.queue.isEmpty();
        if (!runsNow) {
            if (line.queue.size() >= limits.perClientWaiting()) {
                forgetIfIdle(client, line);
                throw new Refused("this client already has " + (line.running + line.queue.size())
                        + " queries running or waiting, its share of the endpoint; try again when one has answered");
            }
            if (waiting >= limits.waiting()) {
                forgetIfIdle(client, line);
                throw new Refused("the endpoint is busy: " + running + " queries run and " + waiting + " wait; try again in a few seconds");
            }
        }
        line.queue.addLast(job);
        waiting++;
        dispatch();
    }

    /** Queries running and waiting now, for the health check and tests. */
    public synchronized int[] load() {
        return new int[] {running, waiting};
    }

    private void dispatch() {
        while (running < limits.workers()) {
            Map.Entry<String, Line> next = null;
            for (Map.Entry<String, Line> e : lines.entrySet()) {
                Line l = e.getValue();
                if (l.queue.isEmpty() || l.running >= limits.perClientRunning()) {
                    continue;
                }
                Line best = next == null ? null : next.getValue();
                if (best == null || l.running < best.running || (l.running == best.running && l.lastServed < best.lastServed)) {
                    next = e;
                }
            }
            if (next == null) {
                return;
            }
            String client = next.getKey();
            Line line = next.getValue();
            Runnable job = line.queue.removeFirst();
            waiting--;
            line.running++;
            running++;
            line.lastServed = ++turn;
            pool.execute(() -> {
                try {
                    job.run();
                } finally {
                    finished(client, line);
                }
            });
        }
    }

    private synchronized void finished(String client, Line line) {
        line.running--;
        running--;
        forgetIfIdle(client, line);
        dispatch();
    }

    private void forgetIfIdle(String client, Line line) {
        if (line.running == 0 && line.queue.isEmpty()) {
            lines.remove(client);
        }
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
