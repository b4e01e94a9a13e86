package io.storyline.cli;

import io.storyline.Storyline;
import io.storyline.cluster.Clustering;
import io.storyline.model.Corpus;
import io.storyline.model.StoryList;
import io.storyline.render.OutputFormat;
import io.storyline.render.RecordType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
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

    @Mixin
    ArticleInputs articles = new ArticleInputs();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "md",
            description = "Output: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.",
            completionCandidates = FormatChoices.Stories.class)
    String format;


    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of stdout.")
    Path output;


    private final Terminal terminal;

    ClusterCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws Exception {
        OutputFormat outputFormat = BadOption.format(format, RecordType.STORIES); // fails before reading
        Corpus corpus = articles.read(terminal);
        if (corpus.articles().isEmpty()) {
            return Main.EXIT_NO_ARTICLES;
        }
        Clustering clustering = Storyline.cluster(corpus.articles());
        Output.write(Storyline.render(new StoryList(clustering.stories(), clustering.articles(), corpus.duplicates(),
                clustering.storylines()), outputFormat),
                output, terminal.stdout());
        return corpus.hasProblems() ? Main.EXIT_SKIPPED_INPUT : Main.EXIT_OK;
    }
}
