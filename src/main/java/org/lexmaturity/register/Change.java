package org.lexmaturity.register;

import java.time.Instant;

/** One recorded change of a barrier or measure (PROV): when, by whom, which fields. */
public record Change(Instant at, String by, String fields) {}
