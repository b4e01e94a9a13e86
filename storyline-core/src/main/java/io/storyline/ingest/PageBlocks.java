package io.storyline.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import org.jsoup.nodes.Element;

/**
 * A page's text blocks as {@link BlockClassifier} is trained on them: every block of the page with its
 * {@link BlockFeatures}, read before any furniture goes, and the blocks the extraction rules keep, each
 * tied to the page's blocks of the same element (the classifier judges a kept block by them).
 *
 * @param blocks every block of the page, in page order
 * @param kept   the blocks the rules keep, in the article's order
 */
public record PageBlocks(List<Block> blocks, List<Kept> kept) {

    /** One block of the page. */
    public record Block(String text, double[] features) {
    }

    /**
     * A block the rules keep.
     *
     * @param sameElement the indexes in {@link #blocks} of the blocks of the same element (none when the rules
     *                    read it from a copy of the page's markup: the classifier keeps it)
     * @param judged      whether the classifier decides on it at all ({@link BlockClassifier#judges(TextBlock)})
     */
    public record Kept(String text, int[] sameElement, boolean judged) {
    }

    /** The blocks of a page. */
    public static PageBlocks of(String html) {
        HtmlExtractor.PageRead read = HtmlExtractor.ruleBlocks(html);
        Map<Element, List<Integer>> byElement = new IdentityHashMap<>();
        List<Block> blocks = new ArrayList<>(read.page().size());
        for (int i = 0; i < read.page().size(); i++) {
            TextBlock block = read.page().get(i);
            blocks.add(new Block(block.text(), read.pageFeatures().get(i)));
            byElement.computeIfAbsent(block.owner(), e -> new ArrayList<>()).add(i);
        }
        List<Kept> kept = new ArrayList<>(read.kept().size());
        for (TextBlock block : read.kept()) {
            int[] same = byElement.getOrDefault(block.owner(), List.of()).stream().mapToInt(Integer::intValue).toArray();
            kept.add(new Kept(block.text(), same, BlockClassifier.judges(block)));
        }
        return new PageBlocks(blocks, kept);
    }

    /** The blocks of a page file ({@code .gz} files uncompressed), decoded as the loader decodes pages. */
    public static PageBlocks read(Path file) {
        try (InputStream raw = Files.newInputStream(file);
             InputStream in = file.getFileName().toString().endsWith(".gz") ? new GZIPInputStream(raw) : raw) {
            return of(HtmlFormat.decoded(in.readAllBytes(), null).text());
        } catch (IOException | UnusableInputException e) {
            throw new IllegalArgumentException("cannot read the page " + file + ": " + e.getMessage());
        }
    }

    /**
     * The article's text when the kept blocks the classifier {@link Kept#judged judges} whose
     * element's best block has a probability below {@code threshold} are dropped, as {@link BlockClassifier}
     * drops them; all kept blocks when it would drop every one.
     *
     * @param probabilities the probability of each of {@link #blocks}
     */
    public String text(double[] probabilities, double threshold) {
        List<String> chosen = new ArrayList<>();
        for (Kept k : kept) {
            double best = k.sameElement().length == 0 ? 1 : 0;
            for (int i : k.sameElement()) {
                best = Math.max(best, probabilities[i]);
            }
            if (best >= threshold || !k.judged()) {
                chosen.add(k.text());
            }
        }
        if (chosen.isEmpty()) {
            kept.forEach(k -> chosen.add(k.text()));
        }
        return String.join("\n\n", chosen);
    }
}
