package org.lexmaturity.store;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The store's commit count, which cached results compare to know they are still right; the listeners told of each
 * commit of this process (other web servers on the same remote store listen through the cluster); and the gate a
 * writer passes first. One instance is shared by every view of the store.
 */
final class Commits {
    private final AtomicLong count = new AtomicLong();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private volatile WriteGate gate = WriteGate.NONE;

    WriteGate gate() {
        return gate;
    }

    void gate(WriteGate g) {
        gate = g;
    }

    long count() {
        return count.get();
    }

    /** A commit of this process: counted, and told to the listeners. */
    void committed() {
        count.incrementAndGet();
        for (Runnable listener : listeners) {
            listener.run();
        }
    }

    /** A commit another process told of: counted, so caches refresh, but not told on (it would echo). */
    void committedElsewhere() {
        count.incrementAndGet();
    }

    void listen(Runnable listener) {
        listeners.add(listener);
    }
}
