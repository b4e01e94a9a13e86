package io.storyline.cli;

import io.storyline.Storyline;
import io.storyline.cluster.Clustering;
import io.storyline.model.Corpus;
import io.storyline.render.StoryListRenderer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code storyline cluster PATH...}: sorts a mix of articles into stories. */
@Command(name = "cluster",
        mixinStandardHelpOptions = true,
        description = {
            "Groups the given articles into stories, taking them in publication order and placing each as "
                + "it comes (articles on the same subject far apart in time are different stories), and "
                + "prints each story: a short label, its time span, its outlets and its articles.",
            "Reads the same inputs as summarize."})
final class ClusterCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files, folders, or '-' for stdin.")
    List<String> inputs;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "md",
            description = "Output: md (one section per story), json, jsonl (one line per article: its id and "
                    + "its story's id). Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "Publication date for articles whose date is not known otherwise.")
    LocalDate date;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of stdout.")
    Path output;

    @Option(names = "--no-progress", description = "Never show a progress bar.")
    boolean noProgress;

    private final Terminal terminal;

    ClusterCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws Exception {
        StoryListRenderer.render(format, List.of(), java.util.Map.of()); // a bad format fails before reading
        Corpus corpus;
        try (Progress progress = Progress.on(terminal.stderr(), !noProgress, "Reading")) {
            corpus = Storyline.read(inputs, date, terminal.stdin(), progress);
        }
        InputReport.print(corpus, terminal.stderr());
        if (corpus.articles().isEmpty()) {
            terminal.stderr().println("storyline: no usable article in the input");
            return Main.EXIT_NO_ARTICLES;
        }
        Clustering clustering = Storyline.cluster(corpus.articles());
        Output.write(StoryListRenderer.render(format, clustering.stories(), clustering.articles()), output,
                terminal.stdout());
        return corpus.hasProblems() ? Main.EXIT_SKIPPED_INPUT : Main.EXIT_OK;
    }
}
