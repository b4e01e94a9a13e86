package io.storyline.cli;

import io.storyline.Storyline;
import io.storyline.ingest.LoadListener;
import io.storyline.ingest.LoadOptions;
import io.storyline.model.Corpus;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

/**
 * The inputs of every command that reads articles, and how they are read: the same paths, URLs,
 * fallback date and progress bar, the same one line per skipped input, for all of them.
 */
class ArticleInputs extends WebInput {

    @Parameters(arity = "0..*", paramLabel = "PATH",
            description = "Article files, folders (read recursively), http(s) URLs, or '-' for stdin.")
    List<String> paths;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = PublicationDay.class,
            description = "Publication date for articles whose date is not known otherwise.")
    LocalDate date;

    @Option(names = "--no-progress", description = "Never show a progress bar.")
    boolean noProgress;

    /** The paths and URLs to read, those of {@code --urls} included; a usage error when there are none. */
    List<String> all() throws IOException {
        return inputs(paths);
    }

    LoadOptions options(Terminal terminal, LoadListener listener) {
        return apply(LoadOptions.defaults().withFallbackDate(date).withStdin(terminal.stdin()).withListener(listener));
    }

    /**
     * Reads every input with a progress bar, reports each skipped one on stderr, and says so when
     * nothing usable was read (the caller then exits with {@link Main#EXIT_NO_ARTICLES}).
     */
    Corpus read(Terminal terminal) throws IOException {
        List<String> inputs = all();
        Corpus corpus;
        try (Progress progress = Progress.on(terminal.stderr(), !noProgress, "Reading")) {
            corpus = Storyline.read(inputs, options(terminal, progress));
        }
        InputReport.print(corpus, terminal.stderr());
        if (corpus.articles().isEmpty()) {
            terminal.stderr().println("storyline: no usable article in the input");
        }
        return corpus;
    }
}
