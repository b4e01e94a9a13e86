package io.storyline.cli;

import io.storyline.ingest.WebOptions;
import io.storyline.render.Plural;
import io.storyline.server.ServerSettings;
import io.storyline.server.StorylineServer;
import io.storyline.server.follow.FollowSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code storyline serve}: the live newsroom, its API and web page, until stopped. */
@Command(name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Serves the newsroom: articles sent to the HTTP API (docs/API.md) or read from followed feeds join "
                + "stories as they arrive, and the web page shows every story with its cited summary. Articles are "
                + "kept in an SQLite file.",
            "Stop it with Ctrl-C."})
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
            description = "Port to listen on (0: any free port). Default: ${DEFAULT-VALUE}.")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = ServerSettings.LOOPBACK,
            description = "Address to listen on. Default: ${DEFAULT-VALUE} (this machine only); "
                    + "0.0.0.0 opens it to the network.")
    String host;

    @Option(names = "--db", paramLabel = "PATH",
            description = "The database file (created when absent, in a folder that exists). Default: "
                    + "$XDG_DATA_HOME/storyline/storyline.db (its folders are created), "
                    + "else ~/.local/share/storyline/storyline.db.")
    Path database;

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "Every write (POST, PUT, DELETE) must carry 'Authorization: Bearer TOKEN'. Default: "
                    + "--token-file, else $" + TOKEN_VARIABLE + ", else none on loopback; beyond loopback one is made "
                    + "at start and printed once. (A token on the command line is visible to other users of the "
                    + "machine in the process list; the file or the variable is not.)")
    String token;

    @Option(names = "--token-file", paramLabel = "FILE",
            description = "Read the token from the first line of FILE (keep it readable by you only).")
    Path tokenFile;

    /** The highest TCP port number. */
    private static final int MAX_PORT = 65_535;

    /** The environment variable that gives the token when neither --token nor --token-file does. */
    static final String TOKEN_VARIABLE = "STORYLINE_TOKEN";

    @Option(names = "--follow", paramLabel = "FILE",
            description = "Follow the RSS/Atom feeds and sitemaps listed in FILE (one URL a line, optionally followed "
                    + "by an interval such as 30m; '#' starts a comment). Sources can also be added through the API.")
    Path follow;

    @Option(names = "--poll-interval", paramLabel = "DURATION", defaultValue = "15m",
            description = "How often a followed source is polled unless it has its own interval: 90s, 15m, 2h. "
                    + "Default: ${DEFAULT-VALUE}.")
    String pollInterval;

    @Option(names = "--allow-private-addresses",
            description = "Follow feeds and fetch pages on loopback, private and link-local addresses too "
                    + "(refused by default).")
    boolean allowPrivateAddresses;

    private final Terminal terminal;

    ServeCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws Exception {
        if (port < 0 || port > MAX_PORT) {
            throw new BadOption("--port must be a port number from 0 to " + MAX_PORT + " (0: any free port), not " + port);
        }
        String given = token(token, tokenFile, System.getenv());
        ServerSettings settings = ServerSettings.defaults().withHost(host).withPort(port).withToken(given)
                .withListenFirst(true);  // a restart answers in seconds; the stored articles are placed meanwhile
        if (database != null) {
            Output.requireFolderOf(database, "open the database");
            settings = settings.withDatabase(database);
        }
        Duration every = FollowSettings.parseInterval(pollInterval);
        if (every == null || every.isZero()) {
            throw new BadOption("--poll-interval must be a duration such as 90s, 15m or 2h, not '"
                    + pollInterval + "'");
        }
        Duration shortest = FollowSettings.defaults().minimumInterval();
        FollowSettings following = FollowSettings.defaults().withSourcesFile(follow)
                .withWeb(WebOptions.defaults().withAllowPrivateAddresses(allowPrivateAddresses))
                .withIntervals(every, every.compareTo(shortest) < 0 ? every : shortest);
        StorylineServer server = StorylineServer.start(settings, following);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        for (String line : startupLines(server, settings.database(), given != null)) {
            terminal.stdout().println(line);
        }
        terminal.stdout().flush();
        stopped.await();
        return Main.EXIT_OK;
    }

    /**
     * The token writes need: {@code --token}, else the first line of {@code --token-file}, else the
     * environment's {@value #TOKEN_VARIABLE}; null when none is given.
     *
     * @throws IllegalArgumentException when both options are given, or the file cannot be read, is empty or
     *                                  holds no usable token; the message names the file
     */
    static String token(String option, Path file, Map<String, String> environment) {
        if (option != null && file != null) {
            throw new BadOption("give the token with --token or --token-file, not both");
        }
        String token;
        String from;
        if (option != null) {
            token = option;
            from = "--token";
        } else if (file != null) {
            try {
                token = Files.readAllLines(file, StandardCharsets.UTF_8).stream().findFirst().orElse("").strip();
            } catch (IOException | java.io.UncheckedIOException e) {
                throw new IllegalArgumentException("cannot read the token file " + file + ": " + (e.getMessage() == null
                        ? e.getClass().getSimpleName() : e.getMessage()));
            }
            if (token.isEmpty()) {
                throw new IllegalArgumentException("the token file " + file + " is empty; its first line is the token");
            }
            from = "the token file " + file;
        } else {
            token = environment.get(TOKEN_VARIABLE);
            if (token == null || token.isBlank()) {
                return null;
            }
            token = token.strip();
            from = "$" + TOKEN_VARIABLE;
        }
        if (!token.chars().allMatch(c -> c > 32 && c < 127)) {
            throw new BadOption("the token from " + from + " must be printable ASCII without spaces");
        }
        return token;
    }

    /**
     * What {@code serve} says once it listens: where, how many articles and stories, the database; the token
     * made for this run when the server listens beyond loopback and none was given; the sources followed.
     */
    static List<String> startupLines(StorylineServer server, Path database, boolean tokenGiven) {
        List<String> lines = new ArrayList<>();
        int toPlace = server.newsroom().toPlace();
        lines.add("Storyline is serving " + server.listening() + " (" + (toPlace > 0
                ? "placing " + Plural.count(toPlace, "stored article") + " in stories meanwhile"
                : Plural.count(server.newsroom().articleCount(), "article") + " in "
                + Plural.count(server.newsroom().storyCount(), "story", "stories")) + "; database "
                + database.toAbsolutePath() + ")");
        if (!tokenGiven && server.token().isPresent()) {
            lines.add("Writes need the header 'Authorization: Bearer " + server.token().get()
                    + "' (made for this run; --token, --token-file or $" + TOKEN_VARIABLE + " sets one)");
        }
        int sources = server.follower().sources().size();
        if (sources > 0) {
            lines.add("Following " + Plural.count(sources, "source") + " (their health: "
                    + server.uri().resolve("/sources") + ")");
        }
        return lines;
    }
}
