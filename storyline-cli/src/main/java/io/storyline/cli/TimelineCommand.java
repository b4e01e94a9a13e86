package io.storyline.cli;

import io.storyline.Storyline;
import io.storyline.model.Corpus;
import io.storyline.model.InferredDate;
import io.storyline.model.Timeline;
import io.storyline.render.OutputFormat;
import io.storyline.render.RecordType;
import io.storyline.timeline.NoDatedArticlesException;
import io.storyline.timeline.TimelineOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code storyline timeline PATH...}: the key dates of a story, each with cited sentences. */
@Command(name = "timeline",
        mixinStandardHelpOptions = true,
        description = {
            "Makes a timeline of the story the given articles cover: its key dates, oldest first, each with "
                + "a few sentences taken from the articles and cited to every article that reports them.",
            "Dates are chosen by how much is said about them: articles published that day and, more, "
                + "references to the day (\"on Thursday\", \"March 19\") from other days' articles. "
                + "Articles without a date are used for content and listed as undated."})
final class TimelineCommand implements Callable<Integer> {

    @Mixin
    ArticleInputs articles = new ArticleInputs();

    /** Null when not given: the timeline chooses (TimelineOptions reads 0 as "choose"). */
    @Option(names = "--dates", paramLabel = "N",
            description = "Number of dates (default: about one for every three days of coverage, 3 to 12).")
    Integer dates;

    @Option(names = "--sentences-per-date", paramLabel = "K",
            description = "Sentences per date (default: 2).")
    Integer sentencesPerDate;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "md",
            description = "Output: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.",
            completionCandidates = FormatChoices.Timeline.class)
    String format;


    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of stdout.")
    Path output;


    private final Terminal terminal;

    TimelineCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws Exception {
        OutputFormat outputFormat = BadOption.format(format, RecordType.TIMELINE);
        int dateCount = dates == null ? 0 : BadOption.positive("--dates", dates);
        int perDate = sentencesPerDate == null ? 0 : BadOption.positive("--sentences-per-date", sentencesPerDate);
        Corpus corpus = articles.read(terminal);
        if (corpus.articles().isEmpty()) {
            return Main.EXIT_NO_ARTICLES;
        }
        Timeline timeline;
        try {
            timeline = Storyline.timeline(corpus.articles(), new TimelineOptions(dateCount, perDate, List.of()));
        } catch (NoDatedArticlesException undatable) {
            terminal.stderr().println("storyline: " + undatable.getMessage());
            return Main.EXIT_NO_ARTICLES;
        }
        for (InferredDate d : timeline.inferred()) {
            terminal.stderr().println("storyline: no date given; dated " + d.date() + " from " + d.evidence()
                    + ": " + d.origin());
        }
        for (String origin : timeline.undated()) {
            terminal.stderr().println("storyline: undated (used for content only): " + origin);
        }
        Output.write(Storyline.render(timeline, outputFormat, Storyline.title(corpus.articles())), output, terminal.stdout());
        return corpus.hasProblems() ? Main.EXIT_SKIPPED_INPUT : Main.EXIT_OK;
    }
}
