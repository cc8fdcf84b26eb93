package org.lexmaturity.auth;

import java.time.Instant;

/** A local account: its name (what the user types and what provenance records), role and creation time. */
public record Account(String name, Role role, Instant created) {}
