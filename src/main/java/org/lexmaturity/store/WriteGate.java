package org.lexmaturity.store;

/**
 * Lets one writer at a time commit to a store that several processes share. Writers in one process already take
 * turns (TDB2 and the remote store's transactions do that); several web servers on one remote store take turns
 * through their cluster, so that a write that reads first (the next barrier number, an import's check of what is
 * there) never interleaves with another server's.
 */
@FunctionalInterface
public interface WriteGate {
    /** The gate of a store one process has alone: no wait. */
    WriteGate NONE = () -> () -> { };

    /** Waits for this process's turn to write; closing the turn ends it. */
    Turn enter();

    /** A turn to write, held until closed. */
    interface Turn extends AutoCloseable {
        @Override
        void close();
    }
}
