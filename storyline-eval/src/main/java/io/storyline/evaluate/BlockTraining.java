package io.storyline.evaluate;

import io.storyline.ingest.BlockClassifier;
import io.storyline.ingest.PageBlocks;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Fits the {@link BlockClassifier} on every text block of a page (read before any furniture goes), labelled
 * from gold text, on the training half of the Readability and trafilatura sets; the other half of each and
 * the whole article-extraction benchmark are never read here, so they stay for reporting. A page's half is
 * the parity of the first byte of the MD5 of its name (even: {@link Half#TRAIN}), as the extraction rules'
 * tuning halves have been since session 8.
 *
 * <p>A block is the article's text when most of its words are in the gold text: half of its words lie in
 * a three-word run of the gold (Readability's expected text; a trafilatura page's snippets that must be
 * found), or, for a block of one or two words, the whole block is a run of the gold. On a trafilatura page
 * a block that is not the article's is labelled boilerplate only when its words are, by the same test, in
 * the snippets that must not be found; blocks in neither are not used.
 */
public final class BlockTraining {

    /** The halves of a set's pages. */
    public enum Half {
        TRAIN, REPORT;

        /** The half of a page by its name. */
        public static Half of(String name) {
            return (md5(name)[0] & 0xff) % 2 == 0 ? TRAIN : REPORT;
        }
    }

    /** The fold (0 or 1) of a training page for choosing the threshold: the parity of the MD5's second byte. */
    static int fold(String name) {
        return (md5(name)[1] & 0xff) % 2;
    }

    private static byte[] md5(String name) {
        try {
            return MessageDigest.getInstance("MD5").digest(name.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A labelled block, and the page it is from. */
    record Example(ExtractionDataset set, int page, String text, double[] features, boolean content) {
    }

    /** What the training read and chose. */
    public record Outcome(BlockClassifier model, int pages, int content, int boilerplate, double trainingAccuracy,
                          List<String> thresholdLines) {
    }

    static final double L2 = 1e-3;
    static final int STEPS = 400;
    private static final double[] THRESHOLDS = {0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6};

    private BlockTraining() {
    }

    /**
     * Trains on the {@link Half#TRAIN} pages of the Readability and trafilatura sets under {@code data}
     * (../shared/data), and picks the threshold that gives the best mean F1 of the two sets' training pages,
     * their text read as the kept blocks joined, each page's blocks judged by a model fit on the other fold
     * of the training pages (two folds by the MD5's second byte), so the threshold is not chosen on
     * probabilities the model learnt from the very blocks.
     */
    public static Outcome train(Path data) {
        List<ExtractionDataset> sets = List.of(ExtractionDataset.READABILITY, ExtractionDataset.TRAFILATURA);
        List<Example> examples = new ArrayList<>();
        List<PageBlocks> pageBlocks = new ArrayList<>();
        List<ExtractionDataset.Page> pages = new ArrayList<>();
        List<ExtractionDataset> pageSets = new ArrayList<>();
        for (ExtractionDataset set : sets) {
            for (ExtractionDataset.Page page : set.pages(data.resolve(set.folderName()))) {
                if (Half.of(page.key()) != Half.TRAIN) {
                    continue;
                }
                PageBlocks blocks = PageBlocks.read(page.file());
                int index = pages.size();
                pages.add(page);
                pageSets.add(set);
                pageBlocks.add(blocks);
                Gold gold = set == ExtractionDataset.TRAFILATURA ? new Gold(page.with(), page.without())
                        : new Gold(List.of(page.reference()), List.of());
                for (PageBlocks.Block block : blocks.blocks()) {
                    Boolean label = gold.label(block.text(), set == ExtractionDataset.TRAFILATURA);
                    if (label != null) {
                        examples.add(new Example(set, index, block.text(), block.features(), label));
                    }
                }
            }
        }
        if (examples.stream().map(Example::content).distinct().count() < 2) {
            throw new IllegalArgumentException("the training pages under " + data + " give " + examples.size()
                    + " labelled blocks, not both content and boilerplate: nothing to learn from");
        }
        BlockClassifier model = fit(examples, e -> true);
        // the threshold is chosen on probabilities the blocks get from a model fit without their page's fold
        List<double[]> outOfFold = new ArrayList<>();
        pageBlocks.forEach(blocks -> outOfFold.add(new double[blocks.blocks().size()]));
        for (int f = 0; f < 2; f++) {
            int held = f;
            // with no labelled block in the other fold (a tiny set), the model fit on all judges this one
            BlockClassifier other = examples.stream().anyMatch(e -> fold(pages.get(e.page()).key()) != held)
                    ? fit(examples, e -> fold(pages.get(e.page()).key()) != held) : model;
            for (int p = 0; p < pages.size(); p++) {
                if (fold(pages.get(p).key()) == held) {
                    for (int b = 0; b < pageBlocks.get(p).blocks().size(); b++) {
                        outOfFold.get(p)[b] = other.probability(pageBlocks.get(p).blocks().get(b).features());
                    }
                }
            }
        }
        int right = 0;
        for (Example e : examples) {
            right += (model.probability(e.features()) >= 0.5) == e.content() ? 1 : 0;
        }
        List<String> lines = new ArrayList<>();
        double best = Double.NEGATIVE_INFINITY;
        double chosen = 0;
        for (double t : THRESHOLDS) {
            double sum = 0;
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "threshold %.2f:", t));
            for (ExtractionDataset set : sets) {
                List<PageScore> scores = new ArrayList<>();
                for (int p = 0; p < pages.size(); p++) {
                    if (pageSets.get(p) == set) {
                        scores.add(pages.get(p).score(set, pageBlocks.get(p).text(outOfFold.get(p), t)));
                    }
                }
                double f1 = f1(scores);
                sum += f1;
                line.append(String.format(Locale.ROOT, "  %s F1 %.4f", set.label(), f1));
            }
            lines.add(line.toString());
            if (sum > best + 1e-9) {
                best = sum;
                chosen = t;
            }
        }
        StringBuilder rules = new StringBuilder("rules alone:   ");
        for (ExtractionDataset set : sets) {
            List<PageScore> scores = new ArrayList<>();
            for (int p = 0; p < pages.size(); p++) {
                if (pageSets.get(p) == set) {
                    scores.add(pages.get(p).score(set, pageBlocks.get(p).text(outOfFold.get(p), 0)));
                }
            }
            rules.append(String.format(Locale.ROOT, "  %s F1 %.4f", set.label(), f1(scores)));
        }
        lines.add(0, rules.toString());
        int content = (int) examples.stream().filter(Example::content).count();
        return new Outcome(model.withThreshold(chosen), pages.size(), content, examples.size() - content,
                examples.isEmpty() ? 0 : right / (double) examples.size(), lines);
    }

    private static BlockClassifier fit(List<Example> examples, java.util.function.Predicate<Example> used) {
        List<Example> chosen = examples.stream().filter(used).toList();
        boolean[] labels = new boolean[chosen.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = chosen.get(i).content();
        }
        return BlockClassifier.fit(chosen.stream().map(Example::features).toList(), labels, L2, STEPS, 0.5);
    }

    private static double f1(List<PageScore> scores) {
        int[] all = new int[scores.size()];
        java.util.Arrays.setAll(all, i -> i);
        return ExtractionComparison.f1(scores.toArray(PageScore[]::new), all);
    }

    /** Gold text as runs of words: what the article holds, and (trafilatura) what it must not. */
    static final class Gold {
        private final Set<String> contentRuns = new HashSet<>();
        private final String contentWords;
        private final Set<String> boilerplateRuns = new HashSet<>();
        private final String boilerplateWords;

        Gold(List<String> content, List<String> boilerplate) {
            contentWords = runs(content, contentRuns);
            boilerplateWords = runs(boilerplate, boilerplateRuns);
        }

        /**
         * Whether the block is content (true), boilerplate (false), or neither known (null: only when
         * {@code needBoth}, for gold that lists boilerplate too).
         */
        Boolean label(String text, boolean needBoth) {
            if (in(text, contentRuns, contentWords)) {
                return true;
            }
            if (!needBoth || in(text, boilerplateRuns, boilerplateWords)) {
                return false;
            }
            return null;
        }

        private static boolean in(String text, Set<String> runs, String allWords) {
            List<String> words = words(text);
            if (words.isEmpty()) {
                return false;
            }
            if (words.size() < 3) {
                return allWords.contains(" " + String.join(" ", words) + " ");
            }
            boolean[] covered = new boolean[words.size()];
            for (int i = 0; i + 3 <= words.size(); i++) {
                if (runs.contains(words.get(i) + " " + words.get(i + 1) + " " + words.get(i + 2))) {
                    covered[i] = covered[i + 1] = covered[i + 2] = true;
                }
            }
            int n = 0;
            for (boolean c : covered) {
                n += c ? 1 : 0;
            }
            return n * 2 > words.size();
        }

        /** Adds each text's three-word runs; returns every text's words, space-separated, with spaces around. */
        private static String runs(List<String> texts, Set<String> runs) {
            StringBuilder all = new StringBuilder(" ");
            for (String text : texts) {
                List<String> words = words(text);
                for (int i = 0; i + 3 <= words.size(); i++) {
                    runs.add(words.get(i) + " " + words.get(i + 1) + " " + words.get(i + 2));
                }
                words.forEach(w -> all.append(w).append(' '));
                all.append("| ");
            }
            return all.toString();
        }

        private static List<String> words(String text) {
            return ShingleMatch.words(text.toLowerCase(Locale.ROOT));
        }
    }
}
