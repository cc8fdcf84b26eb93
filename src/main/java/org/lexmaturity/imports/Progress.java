package org.lexmaturity.imports;

/**
 * Where an import tells how far it is: the command line draws a bar, the web shows a job page. Called on the import's
 * thread; implementations must be quick and thread-safe for readers on other threads.
 */
public interface Progress {
    /** The steps of an import, in order. */
    enum Stage {
        READING, CHECKING, WRITING, COMMITTING
    }

    /**
     * @param stage    the step now running
     * @param units    units read so far
     * @param written  distinct items written so far (not yet committed)
     * @param refused  units refused so far
     */
    void update(Stage stage, int units, int written, int refused);

    /** This progress, then {@code other}: a job's status and a log line alike. */
    default Progress andThen(Progress other) {
        return (stage, units, written, refused) -> {
            update(stage, units, written, refused);
            other.update(stage, units, written, refused);
        };
    }

    Progress NONE = (stage, units, written, refused) -> { };
}
