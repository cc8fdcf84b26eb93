package org.lexmaturity.register;

import java.time.LocalDate;
import org.apache.jena.graph.Node;

/** One step of a status history: from this date on, the status was this. */
public record StatusEntry(LocalDate date, Node status) {}
