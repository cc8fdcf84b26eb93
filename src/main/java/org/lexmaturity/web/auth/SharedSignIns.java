package org.lexmaturity.web.auth;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.Message;
import io.vertx.core.json.JsonObject;
import io.vertx.core.shareddata.AsyncMap;
import io.vertx.ext.web.sstore.ClusteredSessionStore;
import io.vertx.ext.web.sstore.LocalSessionStore;
import io.vertx.ext.web.sstore.SessionStore;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.lexmaturity.auth.LoginThrottle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the web servers of a deployment agree on about signing in, so that a user's requests may go to any of them
 * with no sticky routing: the sessions, the secret the CSRF tokens are made with, the sign-in throttle and the times
 * sessions were revoked. On a single server all of it stays in this process. In a cluster the sessions live in the
 * cluster's map, the secret is the first one any server put there, and every failed or successful sign-in and every
 * revocation is told to all servers over the event bus; revocations are also kept in a cluster map, so a server that
 * joins later still ends the sessions they revoked.
 */
public final class SharedSignIns {
    private static final Logger LOG = LoggerFactory.getLogger(SharedSignIns.class);
    private static final String SECRETS = "lexmaturity.secrets";
    private static final String REVOCATIONS = "lexmaturity.revocations";
    private static final String SIGN_INS = "lexmaturity.sign-ins";
    private static final long START_TIMEOUT_SECONDS = 30;

    private final Vertx vertx;
    private final LoginThrottle throttle;
    private final SessionStore sessionStore;
    private final String csrfSecret;
    private final String node = UUID.randomUUID().toString();
    /** Account name → when its sessions were last revoked, in milliseconds. */
    private final Map<String, Long> revokedAt = new ConcurrentHashMap<>();
    private final List<Runnable> revocationListeners = new CopyOnWriteArrayList<>();
    private final AtomicLong clock = new AtomicLong();

    private SharedSignIns(Vertx vertx, LoginThrottle throttle, String csrfSecret, Map<String, Long> revoked) {
        this.vertx = vertx;
        this.throttle = throttle;
        this.csrfSecret = csrfSecret;
        this.revokedAt.putAll(revoked);
        this.sessionStore = vertx.isClustered() ? ClusteredSessionStore.create(vertx) : LocalSessionStore.create(vertx);
        if (vertx.isClustered()) {
            vertx.eventBus().<JsonObject>consumer(SIGN_INS, this::fromAnotherServer);
        }
    }

    /** Ready to serve: in a cluster, once the shared secret and the revocations so far have been read. */
    public static SharedSignIns start(Vertx vertx, LoginThrottle throttle) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        String mine = HexFormat.of().formatHex(secret);
        if (!vertx.isClustered()) {
            // a restart ends the sessions anyway: they live in this process's memory
            return new SharedSignIns(vertx, throttle, mine, Map.of());
        }
        Future<String> sharedSecret = vertx.sharedData().<String, String>getAsyncMap(SECRETS)
                .compose(m -> m.putIfAbsent("csrf", mine)).map(earlier -> earlier == null ? mine : earlier);
        Future<Map<String, Long>> revoked = vertx.sharedData().<String, Long>getAsyncMap(REVOCATIONS).compose(AsyncMap::entries);
        try {
            Future.all(sharedSecret, revoked).toCompletionStage().toCompletableFuture().get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the cluster's sign-in state", e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot read the cluster's sign-in state: " + e.getMessage(), e);
        }
        return new SharedSignIns(vertx, throttle, sharedSecret.result(), revoked.result());
    }

    SessionStore sessionStore() {
        return sessionStore;
    }

    String csrfSecret() {
        return csrfSecret;
    }

    Duration waitBefore(String address, String name) {
        return throttle.waitBefore(address, name);
    }

    void failed(String address, String name) {
        Instant now = Instant.now();
        throttle.failed(address, name, now);
        tell(new JsonObject().put("kind", "failed").put("address", address).put("name", name).put("at", now.toEpochMilli()));
    }

    void succeeded(String name) {
        throttle.succeeded(name);
        tell(new JsonObject().put("kind", "succeeded").put("name", name));
    }

    /** Ends every session of the account signed in until now, on every server. */
    void revoke(String name) {
        long at = tick();
        revoked(name, at);
        if (vertx.isClustered()) {
            vertx.sharedData().<String, Long>getAsyncMap(REVOCATIONS).compose(m -> m.put(name, at))
                    .onFailure(e -> LOG.error("the revocation of {}'s sessions was not kept in the cluster map", name, e));
            tell(new JsonObject().put("kind", "revoked").put("name", name).put("at", at));
        }
    }

    /** When the account's sessions were last revoked, in milliseconds; 0 if never. */
    long revokedAt(String name) {
        return revokedAt.getOrDefault(name, 0L);
    }

    /** Runs on every revocation, this server's or another's (caches of verified credentials listen). */
    void onRevocation(Runnable listener) {
        revocationListeners.add(listener);
    }

    /**
     * The time in milliseconds, but strictly increasing: a password change revokes the account's sessions and signs
     * the changer in again within the same millisecond, and the new session must count as after the revocation.
     * Across servers it is the machines' clocks: they must be kept in time (NTP), as for any cluster.
     */
    long tick() {
        long now = System.currentTimeMillis();
        return clock.updateAndGet(last -> Math.max(now, last + 1));
    }

    private void revoked(String name, long at) {
        revokedAt.merge(name, at, Math::max);
        clock.updateAndGet(last -> Math.max(last, at));
        revocationListeners.forEach(Runnable::run);
    }

    private void tell(JsonObject event) {
        if (vertx.isClustered()) {
            vertx.eventBus().publish(SIGN_INS, event.put("from", node));
        }
    }

    private void fromAnotherServer(Message<JsonObject> message) {
        JsonObject e = message.body();
        if (node.equals(e.getString("from"))) {
            return;
        }
        switch (e.getString("kind", "")) {
            case "failed" -> throttle.failed(e.getString("address", ""), e.getString("name", ""), Instant.ofEpochMilli(e.getLong("at", 0L)));
            case "succeeded" -> throttle.succeeded(e.getString("name", ""));
            case "revoked" -> revoked(e.getString("name", ""), e.getLong("at", 0L));
            default -> LOG.warn("an unknown sign-in event from another server: {}", e.getString("kind"));
        }
    }
}
