package io.storyline.server;

import io.javalin.config.JavalinConfig;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.handler.MinimumDataRateHandler;

/**
 * Keeps slow clients from using up the server (Slowloris and its slow-body kin). A request body must
 * arrive at {@link #MIN_BODY_BYTES_PER_SECOND} or better, averaged from the start of the request
 * (Jetty's {@link MinimumDataRateHandler}; slower gets 408 and the thread back); a connection that
 * sends nothing for {@link #IDLE_MILLIS} is closed; at most {@link #MAX_CONNECTIONS} connections
 * are open at once, and while that many are, idle ones are closed after {@link #BUSY_IDLE_MILLIS}.
 * With {@link RequestGuard}'s cap on bodies read at once, requests that trickle hold a few threads
 * for a few seconds, never all of them.
 */
final class SlowClientLimits {

    static final long MIN_BODY_BYTES_PER_SECOND = 1024;
    static final int MAX_CONNECTIONS = 1000;
    static final long IDLE_MILLIS = 30_000;
    static final long BUSY_IDLE_MILLIS = 2_000;

    private SlowClientLimits() {
    }

    static void apply(JavalinConfig config) {
        config.jetty.modifyServletContextHandler(context ->
                context.insertHandler(new MinimumDataRateHandler(MIN_BODY_BYTES_PER_SECOND, 0)));
        config.jetty.modifyHttpConfiguration(http -> http.setIdleTimeout(IDLE_MILLIS));
        config.jetty.modifyServer(server -> {
            NetworkConnectionLimit limit = new NetworkConnectionLimit(MAX_CONNECTIONS, server);
            limit.setEndPointIdleTimeout(BUSY_IDLE_MILLIS);
            server.addBean(limit);
        });
    }
}
