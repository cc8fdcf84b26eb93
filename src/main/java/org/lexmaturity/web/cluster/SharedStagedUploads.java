package org.lexmaturity.web.cluster;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.core.shareddata.AsyncMap;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.lexmaturity.web.http.StagedUploads;

/**
 * Uploads staged for confirmation on one server of a cluster, kept in the cluster's maps as well, so that the
 * confirmation may reach another server: the entry and the bytes for {@link StagedUploads#KEEP}, taken out once. The
 * calls wait for the cluster and run on workers (the bytes may be tens of megabytes). On a single server they do
 * nothing: the server's own {@link StagedUploads} holds everything.
 */
public final class SharedStagedUploads {
    private static final String ENTRIES = "lexmaturity.staged.entries";
    private static final String BYTES = "lexmaturity.staged.bytes";
    private static final long WAIT_SECONDS = 60;

    private final Vertx vertx;

    public SharedStagedUploads(Vertx vertx) {
        this.vertx = vertx;
    }

    /** Keeps {@code s} and its bytes for the other servers, and returns once they hold them. */
    public void put(StagedUploads.Staged s, byte[] bytes) {
        if (!vertx.isClustered()) {
            return;
        }
        long ttl = StagedUploads.KEEP.toMillis();
        JsonObject entry = new JsonObject().put("token", s.token()).put("fileName", s.fileName()).put("mappingName", s.mappingName())
                .put("threshold", s.threshold()).put("uploadedBy", s.uploadedBy()).put("at", s.at().toString());
        s.mappingYaml().ifPresent(y -> entry.put("mappingYaml", y));
        await(this.<Buffer>map(BYTES).compose(m -> m.put(s.token(), Buffer.buffer(bytes), ttl))
                .compose(v -> this.<JsonObject>map(ENTRIES)).compose(m -> m.put(s.token(), entry, ttl)));
    }

    /** Takes out an upload another server staged for {@code user}: once only, whichever server asks. */
    public Optional<Map.Entry<StagedUploads.Staged, byte[]>> take(String token, String user) {
        if (!vertx.isClustered() || token == null) {
            return Optional.empty();
        }
        JsonObject entry = await(this.<JsonObject>map(ENTRIES).compose(m -> m.get(token)));
        if (entry == null || !Objects.equals(entry.getString("uploadedBy"), user)) {
            return Optional.empty();
        }
        // removing the entry is the step that only one taker wins
        Boolean won = await(this.<JsonObject>map(ENTRIES).compose(m -> m.removeIfPresent(token, entry)));
        if (!Boolean.TRUE.equals(won)) {
            return Optional.empty();
        }
        Buffer bytes = await(this.<Buffer>map(BYTES).compose(m -> m.remove(token)));
        if (bytes == null) {
            return Optional.empty();
        }
        StagedUploads.Staged s = new StagedUploads.Staged(token, entry.getString("fileName"), Optional.ofNullable(entry.getString("mappingYaml")),
                entry.getString("mappingName"), entry.getInteger("threshold"), user, Instant.parse(entry.getString("at")));
        return Optional.of(Map.entry(s, bytes.getBytes()));
    }

    /**
     * An upload this server staged and now takes itself: true if no other server took it first (on a single server,
     * always), and then the others will not offer it again.
     */
    public boolean claim(String token) {
        if (!vertx.isClustered()) {
            return true;
        }
        JsonObject entry = await(this.<JsonObject>map(ENTRIES).compose(m -> m.remove(token)));
        await(this.<Buffer>map(BYTES).compose(m -> m.remove(token)));
        return entry != null;
    }

    private <V> Future<AsyncMap<String, V>> map(String name) {
        return vertx.sharedData().getAsyncMap(name);
    }

    private static <T> T await(Future<T> f) {
        try {
            return f.toCompletionStage().toCompletableFuture().get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the cluster", e);
        } catch (Exception e) {
            throw new IllegalStateException("the cluster did not answer about a staged upload: " + e.getMessage(), e);
        }
    }
}
