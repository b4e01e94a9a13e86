package io.storyline.cli;

import io.storyline.model.Article;
import io.storyline.model.Corpus;
import io.storyline.server.ArticleStore;
import io.storyline.server.DatabaseOwner;
import io.storyline.server.ServerHandoff;
import io.storyline.server.ServerSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code storyline ingest PATH...}: loads articles into the server's database. */
@Command(name = "ingest",
        mixinStandardHelpOptions = true,
        description = {
            "Loads articles from files and folders into the database that serve uses; they join stories when "
                + "the server starts. Articles whose id is already stored are skipped.",
            "Reads the same inputs as summarize. When a server is running on the database, the articles are handed "
                + "to it (through its API), so they join its stories at once."})
final class IngestCommand implements Callable<Integer> {

    @Mixin
    ArticleInputs articles = new ArticleInputs();

    @Option(names = "--db", paramLabel = "PATH",
            description = "The database file (created when absent, in a folder that exists). Default: as for serve.")
    Path database;



    private final Terminal terminal;

    IngestCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws Exception {
        if (database != null) {
            Output.requireFolderOf(database, "open the database");
        }
        Path db = database != null ? database : ServerSettings.defaultDatabase(System.getenv());
        Corpus corpus = articles.read(terminal);
        if (corpus.articles().isEmpty()) {
            return Main.EXIT_NO_ARTICLES;
        }
        Optional<DatabaseOwner> owner = DatabaseOwner.tryTake(db);
        if (owner.isEmpty()) {
            return handToServer(db, corpus);
        }
        try (DatabaseOwner held = owner.get(); ArticleStore store = ArticleStore.open(db)) {
            List<Article> articles = corpus.articles();
            long added = 0;
            for (long seq : store.insert(articles)) {
                added += seq >= 0 ? 1 : 0;
            }
            terminal.stdout().println("Added " + added + " of " + articles.size() + " articles to " + store.file()
                    + (added < articles.size() ? " (" + (articles.size() - added) + " already there)" : "")
                    + "; " + store.count() + " in all.");
            return corpus.hasProblems() ? Main.EXIT_SKIPPED_INPUT : Main.EXIT_OK;
        }
    }

    /** A server holds the database: it stores the articles (and shows them at once), or nothing is claimed. */
    private int handToServer(Path db, Corpus corpus) throws IOException {
        DatabaseOwner.RunningServer server = DatabaseOwner.runningServer(db).orElseThrow(() -> new IOException(
                db.toAbsolutePath() + ": is in use by another Storyline process; nothing was added, try again when it ends"));
        ServerHandoff.Outcome outcome;
        try {
            outcome = ServerHandoff.handTo(server, corpus.articles());
        } catch (IOException e) {
            throw new IOException(db.toAbsolutePath() + " is served by the Storyline server at " + server.uri()
                    + " (process " + server.pid() + "), which must store its articles: " + e.getMessage(), e);
        }
        for (String refused : outcome.refused()) {
            terminal.stderr().println("storyline: skipped " + refused);
        }
        int total = corpus.articles().size();
        terminal.stdout().println("Handed " + total + " articles to the server at " + server.uri() + " (it serves "
                + db.toAbsolutePath() + "): added " + outcome.added() + " of " + total
                + (outcome.duplicates() > 0 ? " (" + outcome.duplicates() + " already there)" : "") + ".");
        return corpus.hasProblems() || !outcome.refused().isEmpty() ? Main.EXIT_SKIPPED_INPUT : Main.EXIT_OK;
    }
}
