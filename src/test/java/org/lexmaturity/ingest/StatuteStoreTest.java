package org.lexmaturity.ingest;

import java.util.ArrayList;
import java.util.List;
import org.lexmaturity.StoreTest;
import org.lexmaturity.statutes.ActNumber;
import org.lexmaturity.statutes.StatuteCatalog;
import org.lexmaturity.statutes.StatuteCatalog.ActDetail;
import org.lexmaturity.statutes.StatuteCatalog.Provision;

/** A statute import test on a store of its own, reading acts back as the pages do. */
abstract class StatuteStoreTest extends StoreTest {

    /** The act as the catalogue gives it; it must be there. */
    ActDetail act(String yearSlashNumber) {
        return new StatuteCatalog(store).get(ActNumber.parseYearFirst(yearSlashNumber)).orElseThrow();
    }

    /** Every subdivision of the tree, in document order. */
    static List<Provision> all(List<Provision> parts) {
        List<Provision> out = new ArrayList<>();
        for (Provision p : parts) {
            out.add(p);
            out.addAll(all(p.children()));
        }
        return out;
    }
}
