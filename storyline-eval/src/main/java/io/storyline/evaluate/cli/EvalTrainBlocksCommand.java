package io.storyline.evaluate.cli;

import io.storyline.cli.Main;
import io.storyline.cli.Terminal;
import io.storyline.evaluate.BlockTraining;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code storyline eval train-blocks}: fits the extraction's block classifier ({@link BlockTraining}) and
 * writes it as a model file; copied to storyline-core's {@code io/storyline/ingest/block-classifier.txt}
 * it becomes the shipped model.
 */
@Command(name = "train-blocks",
        mixinStandardHelpOptions = true,
        description = {
            "Fits the block classifier extraction can use (--blocks model): logistic regression over each text "
                + "block's shallow features (words, link and text density, punctuation, place in the page, tag, "
                + "class and id tokens, the neighbouring blocks), on every block of a page before furniture goes; "
                + "with --blocks model, extraction drops a block the rules keep when the model's probability for it is "
                + "below the model's threshold (chosen on the training pages, two folds).",
            "Trains on half of the Readability and trafilatura pages (MD5 of the page name, even first byte), "
                + "labelled from their gold text; the other halves and the scrapinghub pages are left for "
                + "`eval extract --blocks FILE --compare-to ...`.",
            "To ship a model: storyline eval train-blocks --out storyline-core/src/main/resources/io/storyline/"
                + "ingest/block-classifier.txt ../shared/data"})
final class EvalTrainBlocksCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "FOLDER",
            description = "The folder holding extraction-readability/ and extraction-trafilatura/ (../shared/data).")
    Path folder;

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "Where to write the model.")
    Path out;

    private final Terminal terminal;

    EvalTrainBlocksCommand(Terminal terminal) {
        this.terminal = terminal;
    }

    @Override
    public Integer call() {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException(folder + " is not a folder");
        }
        BlockTraining.Outcome outcome = BlockTraining.train(folder);
        PrintStream stdout = terminal.stdout();
        stdout.printf(Locale.ROOT, "training pages %d; blocks labelled content %d, boilerplate %d; accuracy on them %.4f%n",
                outcome.pages(), outcome.content(), outcome.boilerplate(), outcome.trainingAccuracy());
        outcome.thresholdLines().forEach(stdout::println);
        stdout.printf(Locale.ROOT, "chosen threshold %.2f%n", outcome.model().threshold());
        outcome.model().write(out, "Block classifier for article extraction (BlockClassifier), written by\n"
                + "storyline eval train-blocks --out FILE ../shared/data\n"
                + String.format(Locale.ROOT, "trained on %d pages (Readability and trafilatura, MD5 half with an even first byte): "
                        + "%d content and %d boilerplate blocks", outcome.pages(), outcome.content(), outcome.boilerplate()));
        stdout.println("wrote " + out);
        return Main.EXIT_OK;
    }
}
