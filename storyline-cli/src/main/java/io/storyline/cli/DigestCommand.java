package io.storyline.cli;

import io.storyline.Storyline;
import io.storyline.model.Corpus;
import io.storyline.model.Digest;
import io.storyline.render.OutputFormat;
import io.storyline.render.RecordType;
import io.storyline.summarize.Budget;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code storyline digest PATH...}: sort articles into stories, then summarize each story. */
@Command(name = "digest",
        mixinStandardHelpOptions = true,
        description = {
            "The whole newsroom job: groups the articles into stories (as the cluster command does), then "
                + "writes, for every story that more than one article reports, its cited summary; biggest "
                + "and newest stories first. --format html writes one self-contained page with an index of "
                + "the stories and a picture of them over time."})
final class DigestCommand implements Callable<Integer> {

    @Mixin
    ArticleInputs articles = new ArticleInputs();

    @Option(names = "--words", paramLabel = "N", defaultValue = "100",
            description = "Each summary at most N words (default: ${DEFAULT-VALUE}).")
    int words;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "md",
            description = "Output: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.",
            completionCandidates = FormatChoices.Digest.class)
    String format;


    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of stdout.")
    Path output;


    private final Terminal terminal;

    DigestCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws Exception {
        OutputFormat chosen = BadOption.format(format, RecordType.DIGEST);
        BadOption.positive("--words", words);
        Corpus corpus = articles.read(terminal);
        if (corpus.articles().isEmpty()) {
            return Main.EXIT_NO_ARTICLES;
        }
        Digest digest = Storyline.digest(corpus.articles(), Budget.words(words)).withDuplicates(corpus.duplicates());
        Output.write(Storyline.render(digest, chosen), output, terminal.stdout());
        return corpus.hasProblems() ? Main.EXIT_SKIPPED_INPUT : Main.EXIT_OK;
    }
}
