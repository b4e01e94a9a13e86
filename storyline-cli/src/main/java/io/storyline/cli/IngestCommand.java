package io.storyline.cli;

import io.storyline.model.Article;
import io.storyline.model.Corpus;
import io.storyline.server.ArticleStore;
import io.storyline.server.ServerSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code storyline ingest PATH...}: loads articles into the server's database. */
@Command(name = "ingest",
        mixinStandardHelpOptions = true,
        description = {
            "Loads articles from files and folders into the database that serve uses; they join stories when "
                + "the server starts. Articles whose id is already stored are skipped.",
            "Reads the same inputs as summarize. To add articles to a running server, POST them to its API."})
final class IngestCommand implements Callable<Integer> {

    @Mixin
    ArticleInputs articles = new ArticleInputs();

    @Option(names = "--db", paramLabel = "PATH",
            description = "The database file (created when absent). Default: as for serve.")
    Path database;



    private final Terminal terminal;

    IngestCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws Exception {
        Path db = database != null ? database : ServerSettings.defaultDatabase(System.getenv());
        try (ArticleStore store = ArticleStore.open(db)) {
            Corpus corpus = articles.read(terminal);
            if (corpus.articles().isEmpty()) {
                return Main.EXIT_NO_ARTICLES;
            }
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
}
