package io.storyline.server;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * How a server is started.
 *
 * @param host         the address to listen on: loopback ({@code 127.0.0.1}) unless told otherwise
 * @param port         the port; 0 picks a free one ({@link StorylineServer#port()} tells which)
 * @param database     the SQLite file
 * @param maxBodyBytes the largest request body accepted; larger ones get 413
 * @param features     what story pages show besides the summary (timeline, quotes, comparison)
 * @param token        the token every write must carry ({@code Authorization: Bearer ...}), or null: then
 *                     none on loopback, and one is generated when the server listens beyond loopback
 *                     ({@link StorylineServer#token()})
 * @param listenFirst  true: listen at once and place the stored articles in stories in the background (reads
 *                     see the stories placed so far, writes wait until all are placed: {@link
 *                     Newsroom#open(ArticleStore, List, java.util.concurrent.Executor)}), as {@code storyline
 *                     serve} does; false: place them all before listening, so a server that has started holds
 *                     every story (the default, for embedding and tests)
 */
public record ServerSettings(String host, int port, Path database, long maxBodyBytes, List<StoryFeature> features,
                             String token, boolean listenFirst) {

    public static final String LOOPBACK = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    public static final long DEFAULT_MAX_BODY = 10L * 1024 * 1024;

    public ServerSettings {
        features = List.copyOf(features);
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be 0-65535, not " + port);
        }
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("the body limit must be positive");
        }
        if (token != null && (token.isBlank() || !token.chars().allMatch(c -> c > 32 && c < 127))) {
            throw new IllegalArgumentException("the token must be printable ASCII without spaces");
        }
    }

    /** Loopback, the default port and database, and the story page's timeline and comparison. */
    public static ServerSettings defaults() {
        return new ServerSettings(LOOPBACK, DEFAULT_PORT, defaultDatabase(System.getenv()), DEFAULT_MAX_BODY,
                List.of(new TimelineFeature(), new ComparisonFeature()), null, false);
    }

    public ServerSettings withHost(String value) {
        return new ServerSettings(value, port, database, maxBodyBytes, features, token, listenFirst);
    }

    public ServerSettings withPort(int value) {
        return new ServerSettings(host, value, database, maxBodyBytes, features, token, listenFirst);
    }

    public ServerSettings withDatabase(Path value) {
        return new ServerSettings(host, port, value, maxBodyBytes, features, token, listenFirst);
    }

    public ServerSettings withMaxBodyBytes(long value) {
        return new ServerSettings(host, port, database, value, features, token, listenFirst);
    }

    public ServerSettings withFeatures(List<StoryFeature> value) {
        return new ServerSettings(host, port, database, maxBodyBytes, value, token, listenFirst);
    }

    public ServerSettings withToken(String value) {
        return new ServerSettings(host, port, database, maxBodyBytes, features, value, listenFirst);
    }

    public ServerSettings withListenFirst(boolean value) {
        return new ServerSettings(host, port, database, maxBodyBytes, features, token, value);
    }

    /**
     * {@code $XDG_DATA_HOME/storyline/storyline.db}, else {@code ~/.local/share/storyline/storyline.db}
     * (the XDG base directory convention).
     */
    public static Path defaultDatabase(Map<String, String> environment) {
        String xdg = environment.get("XDG_DATA_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute()
                ? Path.of(xdg)
                : Path.of(System.getProperty("user.home"), ".local", "share");
        return base.resolve("storyline").resolve("storyline.db");
    }
}
