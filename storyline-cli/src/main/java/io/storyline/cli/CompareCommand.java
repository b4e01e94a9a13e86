package io.storyline.cli;

import io.storyline.Storyline;
import io.storyline.model.Comparison;
import io.storyline.model.Corpus;
import io.storyline.render.OutputFormat;
import io.storyline.render.RecordType;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code storyline compare PATH...}: where the outlets of one story agree, add or disagree. */
@Command(name = "compare",
        mixinStandardHelpOptions = true,
        description = {
            "Compares the outlets that report one story: the facts every outlet carries, the facts only "
                + "one outlet carries, conflicts (numbers, days, dates, names, places that differ), "
                + "quotes with their speakers, and the people, places and organisations involved.",
            "",
            "Reads the same inputs as 'summarize'."})
final class CompareCommand implements Callable<Integer> {

    @Mixin
    ArticleInputs articles = new ArticleInputs();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "md",
            description = "Output: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.",
            completionCandidates = FormatChoices.Comparison.class)
    String format;


    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of stdout.")
    Path output;


    private final Terminal terminal;

    CompareCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws Exception {
        OutputFormat outputFormat = BadOption.format(format, RecordType.COMPARISON);
        Corpus corpus = articles.read(terminal);
        if (corpus.articles().isEmpty()) {
            return Main.EXIT_NO_ARTICLES;
        }
        Comparison comparison = Storyline.compare(corpus.articles());
        Output.write(Storyline.render(comparison, outputFormat, Storyline.title(corpus.articles())), output,
                terminal.stdout());
        return corpus.hasProblems() ? Main.EXIT_SKIPPED_INPUT : Main.EXIT_OK;
    }
}
