package io.storyline.cli;

import io.storyline.server.ServerSettings;
import io.storyline.server.StorylineServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/** {@code storyline serve}: the live newsroom, its API and web page, until stopped. */
@Command(name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Serves the newsroom: articles sent to the HTTP API (docs/API.md) join stories as they arrive, and "
                + "the web page shows every story with its cited summary. Articles are kept in an SQLite file.",
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
            description = "The database file (created when absent). Default: $XDG_DATA_HOME/storyline/storyline.db, "
                    + "else ~/.local/share/storyline/storyline.db.")
    Path database;

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "Every write (POST, PUT, DELETE) must carry 'Authorization: Bearer TOKEN'. Default: none on "
                    + "loopback; beyond loopback one is made at start and printed once.")
    String token;

    private final Terminal terminal;

    ServeCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws Exception {
        ServerSettings settings = ServerSettings.defaults().withHost(host).withPort(port).withToken(token);
        if (database != null) {
            settings = settings.withDatabase(database);
        }
        StorylineServer server = StorylineServer.start(settings);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        terminal.stdout().println("Storyline is serving " + server.listening() + " (" + server.newsroom().articleCount()
                + " articles in " + server.newsroom().storyCount() + " stories; database "
                + settings.database().toAbsolutePath() + ")");
        if (token == null && server.token().isPresent()) {
            terminal.stdout().println("Writes need the header 'Authorization: Bearer " + server.token().get()
                    + "' (made for this run; --token sets one)");
        }
        terminal.stdout().flush();
        stopped.await();
        return Main.EXIT_OK;
    }
}
