package io.storyline.cli;

import io.storyline.Storyline;
import io.storyline.model.Corpus;
import io.storyline.model.StoryUpdate;
import io.storyline.model.Summary;
import io.storyline.model.SummaryReport;
import io.storyline.render.OutputFormat;
import io.storyline.render.RecordType;
import io.storyline.summarize.Budget;
import io.storyline.summarize.Summarizers;
import io.storyline.summarize.SummaryOptions;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import io.storyline.ingest.LoadListener;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code storyline summarize PATH...}: one cited summary of the story the articles cover. */
@Command(name = "summarize",
        mixinStandardHelpOptions = true,
        description = {
            "Summarizes the story that the given articles cover. Every sentence of the summary is "
                + "taken from an article and cited to every article that reports the same fact.",
            "",
            "Reads plain text (first line may be the headline), HTML (also .html.gz), JSON Lines "
                + "(id, outlet, url, title, published, text), Timeline17-style YYYY-MM-DD/ folders, RSS and "
                + "Atom feeds, WARC files and http(s) URLs. "
                + "Folders are read recursively; '-' reads one article from standard input."})
final class SummarizeCommand implements Callable<Integer> {

    @picocli.CommandLine.Mixin
    ArticleInputs articles = new ArticleInputs();

    @ArgGroup(exclusive = true)
    Length length;

    static final class Length {
        @Option(names = "--words", paramLabel = "N", description = "At most N words (default: "
                + SummaryOptions.DEFAULT_WORDS + ").")
        Integer words;
        @Option(names = "--sentences", paramLabel = "N", description = "At most N sentences.")
        Integer sentences;
        @Option(names = "--bytes", paramLabel = "N", description = "At most N bytes.")
        Integer bytes;
    }

    @Option(names = "--method", paramLabel = "NAME", defaultValue = Summarizers.DEFAULT,
            description = "Summarization method: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
            completionCandidates = MethodNames.class)
    String method;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "md",
            description = "Output: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.",
            completionCandidates = FormatChoices.Summary.class)
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of stdout.")
    Path output;

    @Option(names = "--focus", paramLabel = "TEXT", description = "A question or topic the summary should answer: "
            + "sentences about it weigh more (Biased LexRank), still taken from the articles and cited. A focus "
            + "none of whose words the articles use gives the ordinary summary, with a note on stderr.")
    String focus;

    @Option(names = "--overflow", description = "Let the last sentence run past the length, for scorers that "
            + "cut every summary at the length themselves (ROUGE's -l, as DUC scores summaries).")
    boolean overflow;

    @Option(names = "--since", paramLabel = "DATE", converter = SinceDay.class,
            description = "What's new since DATE (YYYY-MM-DD, or an ISO-8601 date-time, whose day counts): articles "
                    + "dated before it are taken as read, those dated on it or after it as new, undated ones as read. "
                    + "The summary says only what the new articles add to the read ones and cites only the new ones; "
                    + "json and html add the facts only new articles report and the conflicts a new article is in.")
    LocalDate since;

    @Option(names = "--each", description = "Summarize every PATH as a story of its own (batch mode). "
            + "With -o, the output is a folder (created when missing) holding one file per story, named after "
            + "its PATH (d30001t/docs gives d30001t.md; a name taken already gets -2, -3).")
    boolean each;

    private final Terminal terminal;

    SummarizeCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws Exception {
        OutputFormat outputFormat = BadOption.format(format, RecordType.SUMMARY);
        SummaryOptions options = BadOption.check(() -> SummaryOptions.defaults().withBudget(budget()).withMethod(method)
                .withFocus(focus));
        if (options.focus() != null && !Summarizers.focusing().contains(options.method().toLowerCase(java.util.Locale.ROOT))) {
            throw new BadOption("--focus works with the methods " + Summarizers.focusing()
                    + ", not '" + method + "'");
        }
        if (each) {
            return summarizeEach(outputFormat, options);
        }
        return summarizeAll(outputFormat, options);
    }

    private int summarizeAll(OutputFormat outputFormat, SummaryOptions options) throws IOException {
        Corpus corpus = articles.read(terminal);
        if (corpus.articles().isEmpty()) {
            return Main.EXIT_NO_ARTICLES;
        }
        String document = document(corpus, options, outputFormat);
        if (document == null) {
            return Main.EXIT_NO_ARTICLES;
        }
        Output.write(document, output, terminal.stdout());
        return corpus.hasProblems() ? Main.EXIT_SKIPPED_INPUT : Main.EXIT_OK;
    }

    /** Batch mode: one story per input, so one bad story never stops the others. */
    private int summarizeEach(OutputFormat outputFormat, SummaryOptions options) throws IOException {
        if (output != null) {
            createFolder(output);
        }
        List<String> inputs = articles.all();
        Set<String> names = new HashSet<>();
        boolean skipped = false;
        int summarized = 0;
        try (Progress progress = Progress.on(terminal.stderr(), !articles.noProgress, "Summarizing")) {
            for (int i = 0; i < inputs.size(); i++) {
                String input = inputs.get(i);
                Corpus corpus = Storyline.read(List.of(input), articles.options(terminal, LoadListener.NONE));
                InputReport.print(corpus, terminal.stderr());
                skipped |= corpus.hasProblems();
                String document = corpus.articles().isEmpty() ? null : document(corpus, options, outputFormat);
                if (corpus.articles().isEmpty()) {
                    terminal.stderr().println("storyline: no usable article in " + input);
                } else if (document != null) {
                    if (output != null) {
                        String name = StoryName.unique(StoryName.of(input), names);
                        Output.write(document, output.resolve(name + "." + outputFormat.fileExtension()),
                                terminal.stdout());
                    } else {
                        terminal.stdout().print((summarized > 0 ? "\n" : "") + document);
                    }
                    summarized++;
                }
                progress.step(i + 1, inputs.size());
            }
        }
        if (summarized == 0) {
            return Main.EXIT_NO_ARTICLES;
        }
        return skipped || summarized < inputs.size() ? Main.EXIT_SKIPPED_INPUT : Main.EXIT_OK;
    }

    /** The folder {@code --each} writes into, made when missing; a file in its place is refused, saying so. */
    private static void createFolder(Path folder) throws IOException {
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new IOException("cannot write the summaries into " + folder + ": it is a file, and with --each"
                    + " -o names the folder that gets one file per story");
        }
        try {
            Files.createDirectories(folder);
        } catch (java.nio.file.FileSystemException e) {
            throw new IOException("cannot create the folder " + folder + " for the summaries: "
                    + (e.getReason() == null ? e.getClass().getSimpleName() : e.getReason())
                    + (e.getFile() == null || e.getFile().equals(folder.toString()) ? "" : " (" + e.getFile() + ")"), e);
        }
    }

    /**
     * The summary as printed; a note about how it was made (a focus not found) goes to stderr. Null when no
     * sentence was selected, which stderr explains (too short, no sentence): no document, as when no article
     * is usable.
     */
    private String document(Corpus corpus, SummaryOptions options, OutputFormat outputFormat) {
        if (since != null) {
            return update(corpus, options, outputFormat);
        }
        SummaryReport report = Storyline.report(corpus.articles(), options, outputFormat);
        if (report.summary().notice() != null) {
            terminal.stderr().println("storyline: " + report.summary().notice());
        }
        if (report.summary().sentences().isEmpty()) {
            return null;
        }
        return Storyline.render(report, outputFormat, Storyline.title(corpus.articles()));
    }

    /**
     * {@code --since}: what the articles dated on or after the day add to the others; when none is, a document
     * saying there is nothing new (the JSON summary with no sentence and its notice).
     */
    private String update(Corpus corpus, SummaryOptions options, OutputFormat outputFormat) {
        StoryUpdate update = Storyline.whatsNew(corpus.articles(), since, options, outputFormat.showsComparison());
        terminal.stderr().println("storyline: since " + since + ": " + count(update.fresh().size(), "new article")
                + ", " + count(update.read().size(), "read before") + (update.undated().isEmpty() ? ""
                : " (" + update.undated().size() + " undated, taken as read: "
                + String.join(", ", update.undated().stream().map(a -> a.origin()).toList()) + ")"));
        for (io.storyline.model.InferredDate day : update.inferred()) {
            terminal.stderr().println("storyline: " + day.origin() + " is undated; taken as of " + day.date() + " from "
                    + day.evidence());
        }
        Summary summary = update.summary();
        if (!update.hasNews()) {
            return NothingNew.document(since, summary, outputFormat);
        }
        if (summary.notice() != null) {
            terminal.stderr().println("storyline: " + summary.notice());
        }
        return Storyline.render(update, outputFormat);
    }

    private static String count(int n, String what) {
        return n + " " + (n == 1 || !what.endsWith("article") ? what : what + "s");
    }

    /** {@code --since}'s day: a date, or the day of an ISO-8601 date-time, else a clear usage error. */
    static final class SinceDay implements picocli.CommandLine.ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            try {
                return StoryUpdate.sinceDay(value);
            } catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException(e.getMessage());
            }
        }
    }

    private Budget budget() {
        Budget budget;
        if (length == null) {
            budget = SummaryOptions.defaults().budget();
        } else if (length.words != null) {
            budget = Budget.words(BadOption.positive("--words", length.words));
        } else if (length.sentences != null) {
            budget = Budget.sentences(BadOption.positive("--sentences", length.sentences));
        } else {
            budget = Budget.bytes(BadOption.positive("--bytes", length.bytes));
        }
        return overflow ? budget.cutByScorer() : budget;
    }


    static final class MethodNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Summarizers.names().iterator();
        }
    }
}
