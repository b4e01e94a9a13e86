package io.storyline.evaluate.cli;

import io.storyline.cli.Main;
import io.storyline.cli.Terminal;
import io.storyline.evaluate.StreamGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/** {@code storyline generate-stream}: a synthetic news stream with known stories, for benchmarks. */
@Command(name = "generate-stream",
        mixinStandardHelpOptions = true,
        description = {
            "Writes a synthetic, news-like stream of articles as JSON Lines, each with its gold story in a "
                + "\"story\" field: invented names per story, recurring subjects, a few days per story, "
                + "several outlets. Measure clustering on it with: eval cluster --dataset generated FILE."})
final class GenerateStreamCommand implements Callable<Integer> {

    @Option(names = "--articles", paramLabel = "N", defaultValue = "100000",
            description = "How many articles (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write to FILE instead of stdout.")
    Path output;

    private final Terminal terminal;

    GenerateStreamCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() throws IOException {
        io.storyline.cli.BadOption.positive("--articles", articles);
        StreamGenerator generator = new StreamGenerator(seed);
        if (output == null) {
            Writer out = new OutputStreamWriter(terminal.stdout(), StandardCharsets.UTF_8);
            generator.write(articles, out);
            return Main.EXIT_OK;
        }
        Path parent = output.toAbsolutePath().getParent();
        if (!Files.isDirectory(parent)) {
            throw new IOException("cannot write " + output + ": folder " + parent + " does not exist");
        }
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(output, StandardCharsets.UTF_8))) {
            generator.write(articles, out);
        }
        terminal.stderr().printf(Locale.ROOT, "storyline: wrote %d articles to %s%n", articles, output);
        return Main.EXIT_OK;
    }
}
