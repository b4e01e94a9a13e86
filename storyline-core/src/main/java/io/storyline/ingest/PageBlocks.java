package io.storyline.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * The text blocks the extraction rules keep on a page, with their {@link BlockFeatures}: what
 * {@link BlockClassifier} is trained on and decides among.
 */
public final class PageBlocks {

    /** One block: its text and its feature vector. */
    public record Block(String text, double[] features) {
    }

    private PageBlocks() {
    }

    /** The blocks of a page. */
    public static List<Block> of(String html) {
        List<TextBlock> blocks = HtmlExtractor.ruleBlocks(html);
        List<double[]> features = BlockFeatures.of(blocks);
        List<Block> result = new ArrayList<>(blocks.size());
        for (int i = 0; i < blocks.size(); i++) {
            result.add(new Block(blocks.get(i).text(), features.get(i)));
        }
        return result;
    }

    /** The blocks of a page file ({@code .gz} files uncompressed), decoded as the loader decodes pages. */
    public static List<Block> read(Path file) {
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
            return of(HtmlFormat.decoded(in.readAllBytes(), null).text());
        } catch (IOException | UnusableInputException e) {
            throw new IllegalArgumentException("cannot read the page " + file + ": " + e.getMessage());
        }
    }

    /** The number of features a block has. */
    public static int featureCount() {
        return BlockFeatures.SIZE;
    }
}
