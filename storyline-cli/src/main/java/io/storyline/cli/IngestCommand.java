package io.storyline.cli;

import io.storyline.Storyline;
import io.storyline.model.Article;
import io.storyline.model.Corpus;
import io.storyline.server.ArticleStore;
import io.storyline.server.ServerSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.LocalDate;
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

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files, folders, or '-' for stdin.")
    List<String> inputs;

    @Option(names = "--db", paramLabel = "PATH",
            description = "The database file (created when absent). Default: as for serve.")
    Path database;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "Publication date for articles whose date is not known otherwise.")
    LocalDate date;

    @Option(names = "--no-progress", description = "Never show a progress bar.")
    boolean noProgress;

    private final Terminal terminal;

    IngestCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws Exception {
        Path db = database != null ? database : ServerSettings.defaultDatabase(System.getenv());
        try (ArticleStore store = ArticleStore.open(db)) {
            Corpus corpus;
            try (Progress progress = Progress.on(terminal.stderr(), !noProgress, "Reading")) {
                corpus = Storyline.read(inputs, date, terminal.stdin(), progress);
            }
            InputReport.print(corpus, terminal.stderr());
            if (corpus.articles().isEmpty()) {
                terminal.stderr().println("storyline: no usable article in the input");
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
