package org.lexmaturity.web.cluster;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.eventbus.EventBusOptions;
import io.vertx.spi.cluster.hazelcast.ConfigUtil;
import io.vertx.spi.cluster.hazelcast.HazelcastClusterManager;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The Vert.x instance of one web server: a plain one for a single server, or a member of a Hazelcast cluster
 * (Vert.x's own cluster manager) when the deployment runs several servers side by side on one remote store.
 */
public final class ClusterNode {
    /** How long a new member waits to join before the server gives up starting. */
    private static final long JOIN_TIMEOUT_SECONDS = 60;

    private ClusterNode() {}

    public static Vertx start(Optional<ClusterSettings> cluster) {
        if (cluster.isEmpty()) {
            return Vertx.vertx();
        }
        ClusterSettings settings = cluster.get();
        HazelcastClusterManager manager = new HazelcastClusterManager(hazelcastConfig(settings));
        // the event bus (session-independent messages between servers) listens on the same address, on a free port
        VertxOptions options = new VertxOptions().setEventBusOptions(new EventBusOptions().setHost(settings.host()).setPort(0));
        try {
            return Vertx.builder().with(options).withClusterManager(manager).buildClustered()
                    .toCompletionStage().toCompletableFuture().get(JOIN_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while joining the cluster", e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot join the cluster '" + settings.name() + "' as " + settings.host() + ":" + settings.port()
                    + " with members " + settings.members() + ": " + e.getMessage(), e);
        }
    }

    /** Vert.x's default Hazelcast configuration (the maps its event bus needs) with our network and join. */
    static Config hazelcastConfig(ClusterSettings settings) {
        Config config = ConfigUtil.loadConfig();
        config.setClusterName(settings.name());
        config.setProperty("hazelcast.logging.type", "slf4j");
        config.setProperty("hazelcast.phone.home.enabled", "false"); // no calls home from a ministry's network
        config.setProperty("hazelcast.socket.bind.any", "false");
        config.setProperty("hazelcast.local.localAddress", settings.host());
        NetworkConfig network = config.getNetworkConfig();
        network.setPort(settings.port()).setPortAutoIncrement(false);
        network.getInterfaces().setEnabled(true).addInterface(settings.host());
        JoinConfig join = network.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(true).setMembers(settings.members());
        return config;
    }
}
