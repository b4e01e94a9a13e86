package io.storyline.cli;

import io.storyline.ingest.ArticleLoader;
import io.storyline.ingest.Extraction;
import io.storyline.ingest.LoadOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code storyline extract PATH|URL...}: each page's article and metadata, as every command reads it. */
@Command(name = "extract",
        mixinStandardHelpOptions = true,
        description = {
            "Prints the article found in each input: title, byline, outlet, publication time, canonical URL "
                + "and the main text in paragraphs. The same reading every other command does.",
            "",
            "Inputs: web pages (.html, .htm, also .html.gz), RSS and Atom feeds (each item's full text, or "
                + "the page it links to), WARC files (.warc, .warc.gz: each HTML response), http(s) URLs, "
                + "plain text and JSON Lines; folders are read recursively. The same article reached twice "
                + "is printed once, with all its URLs."})
final class ExtractCommand implements Callable<Integer> {

    @Parameters(arity = "0..*", paramLabel = "PATH|URL", description = "Files, folders, http(s) URLs, or '-' for stdin.")
    List<String> inputs;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "Output: text (one block per article), json (one array), jsonl (one object a line). "
                    + "Default: ${DEFAULT-VALUE}.")
    String format;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", converter = PublicationDay.class,
            description = "Publication date for articles whose date is not known otherwise.")
    LocalDate date;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of stdout.")
    Path output;

    @Option(names = "--no-progress", description = "Never show a progress bar.")
    boolean noProgress;

    @Mixin
    WebInput web;

    private final Terminal terminal;

    ExtractCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws Exception {
        ExtractView.Style style = switch (format.toLowerCase(Locale.ROOT)) {
            case "text" -> ExtractView.Style.TEXT;
            case "json" -> ExtractView.Style.JSON;
            case "jsonl" -> ExtractView.Style.JSONL;
            default -> throw new BadOption("unknown format '" + format + "'; choose text, json or jsonl");
        };
        List<String> all = web.inputs(inputs);
        Extraction extraction;
        try (Progress progress = Progress.on(terminal.stderr(), !noProgress, "Reading")) {
            LoadOptions options = web.apply(LoadOptions.defaults().withStdin(terminal.stdin())
                    .withFallbackDate(date).withListener(progress));
            extraction = new ArticleLoader(options).extract(all);
        }
        InputReport.print(extraction.corpus(), terminal.stderr());
        if (extraction.articles().isEmpty()) {
            terminal.stderr().println("storyline: no usable article in the input");
            return Main.EXIT_NO_ARTICLES;
        }
        Output.write(ExtractView.render(extraction.articles(), style), output, terminal.stdout());
        return extraction.hasProblems() ? Main.EXIT_SKIPPED_INPUT : Main.EXIT_OK;
    }
}
