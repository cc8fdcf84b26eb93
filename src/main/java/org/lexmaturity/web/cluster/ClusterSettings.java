package org.lexmaturity.web.cluster;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How this server joins the other web servers of a deployment: the address and port its cluster member listens on,
 * and the members it looks for (TCP/IP join, no multicast: a ministry's network seldom carries it, and a member
 * nobody listed cannot join by accident).
 *
 * @param host    this server's address as the other servers reach it (the cluster member and the event bus bind here)
 * @param port    the cluster member's port (Hazelcast's 5701 unless set)
 * @param members {@code host:port} of every server, this one included
 * @param name    the cluster's name: servers of another deployment on the same network stay apart
 */
public record ClusterSettings(String host, int port, List<String> members, String name) {
    public static final int DEFAULT_PORT = 5701;
    public static final String DEFAULT_NAME = "lexmaturity";

    public ClusterSettings {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("the cluster host is empty: give this server's address (LEXMATURITY_CLUSTER_HOST or --cluster-host)");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("the cluster port " + port + " is not a port number (1–65535)");
        }
        members = List.copyOf(members);
        for (String m : members) {
            int colon = m.lastIndexOf(':');
            if (m.isBlank() || colon == 0 || colon > 0 && !m.substring(colon + 1).matches("[0-9]{1,5}")) {
                throw new IllegalArgumentException("the cluster member '" + m + "' is not host or host:port");
            }
        }
        if (members.isEmpty()) {
            throw new IllegalArgumentException("no cluster members: list every server as host:port (LEXMATURITY_CLUSTER_MEMBERS or --cluster-members)");
        }
    }

    /** {@code a:5701,b:5701} → the list, blanks dropped. */
    public static List<String> parseMembers(String commaSeparated) {
        return Arrays.stream(commaSeparated.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * From {@code LEXMATURITY_CLUSTER_MEMBERS} (no clustering without it), {@code LEXMATURITY_CLUSTER_HOST} (default
     * 127.0.0.1), {@code LEXMATURITY_CLUSTER_PORT} and {@code LEXMATURITY_CLUSTER_NAME}.
     */
    public static Optional<ClusterSettings> fromEnvironment(Map<String, String> env) {
        String members = env.getOrDefault("LEXMATURITY_CLUSTER_MEMBERS", "");
        if (members.isBlank()) {
            return Optional.empty();
        }
        String port = env.getOrDefault("LEXMATURITY_CLUSTER_PORT", Integer.toString(DEFAULT_PORT)).trim();
        if (!port.matches("[0-9]{1,5}")) {
            throw new IllegalArgumentException("LEXMATURITY_CLUSTER_PORT '" + port + "' is not a port number");
        }
        return Optional.of(new ClusterSettings(env.getOrDefault("LEXMATURITY_CLUSTER_HOST", "127.0.0.1").trim(), Integer.parseInt(port),
                parseMembers(members), env.getOrDefault("LEXMATURITY_CLUSTER_NAME", DEFAULT_NAME).trim()));
    }
}
