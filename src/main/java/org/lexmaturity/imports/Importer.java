package org.lexmaturity.imports;

import org.apache.jena.sparql.core.DatasetGraph;

/**
 * One kind of data the store takes in (statutes, a survey export, a barrier register), in the steps every import
 * goes through: {@link #detects detect} that an upload is this kind, {@link #read read} it into units, {@link
 * #validate validate} each unit against the store as it is, {@link #write write} it; {@link ImportRun} drives the
 * steps inside one transaction and keeps the {@link ImportReport summary}. A new source format plugs in here.
 *
 * <p>Units let an import stream: a statute archive is read one file at a time, so memory holds one act whatever
 * the size of the archive; a survey export or a register file is a single unit.
 *
 * @param <U> a unit as read (a statute file, a survey export with its mapping, the entries of a register file)
 * @param <C> a unit validated and ready to be written
 */
public interface Importer<U, C> {

    /** The kind of data, as messages and job pages name it: "statutes", "survey", "register". */
    String kind();

    /** What one unit is called in progress lines: "files", "exports". */
    default String unitName() {
        return "files";
    }

    /** What the items written are called in progress lines: "acts", "surveys". */
    default String itemName() {
        return "items";
    }

    /** Whether this importer reads the upload, told from its content (the name of an upload says nothing reliable). */
    boolean detects(Upload upload);

    /**
     * Reads the upload into units and hands each to {@code units}, or refuses what cannot be read there (a broken
     * archive entry). Reads nothing from the store. Throws {@link org.lexmaturity.kernel.ImportException} when the
     * whole upload is unreadable.
     */
    void read(Upload upload, Units<U> units);

    /**
     * Checks one unit against the store as it is in the import's transaction, with every problem found in one
     * {@link org.lexmaturity.kernel.ImportException}; nothing is written here.
     */
    C validate(U unit, DatasetGraph dsg);

    /** Writes one validated unit in the import's transaction. */
    Written write(C checked, DatasetGraph dsg);

    /** Where {@link #read} hands its units. */
    interface Units<U> {
        void accept(String name, U unit);

        void refuse(ImportReport.Refusal refusal);
    }
}
