package org.lexmaturity.store;

import java.util.concurrent.TimeUnit;

/**
 * The store's counts, taken again only after a commit of this process or when they are a minute old (another process
 * may write to a remote store). Counting a whole statute book takes seconds, and the dashboard and {@code /health}
 * ask for the counts on every call: one instance serves both.
 */
public final class StoreStatsCache {
    private static final long MAX_AGE_NANOS = TimeUnit.SECONDS.toNanos(60);

    private final Store store;
    private volatile Counted last;

    private record Counted(StoreStats stats, long commits, long at) {}

    public StoreStatsCache(Store store) {
        this.store = store;
    }

    /** The counts as of the last commit; the store is asked on every call (a read transaction), counted only anew. */
    public StoreStats current() {
        Counted c = last;
        long commits = store.commits();
        if (c != null && c.commits() == commits && System.nanoTime() - c.at() < MAX_AGE_NANOS) {
            store.read(dsg -> dsg.getContext());
            return c.stats();
        }
        StoreStats fresh = StoreStats.of(store);
        last = new Counted(fresh, commits, System.nanoTime());
        return fresh;
    }
}
