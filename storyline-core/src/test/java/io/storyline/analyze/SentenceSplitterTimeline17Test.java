package io.storyline.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Measures the splitter on real news: the Timeline17 input articles in the shared data folder hold
 * one (machine-split, PTB-tokenised) sentence a line. Each article is detokenised, its lines joined
 * by a space, split again, and the boundaries compared. The reference splits are themselves not
 * perfect, so the floor is modest; the printed disagreements are what to read. Skips when the shared
 * folder is absent. Run alone with
 * {@code mvn -q -B -o -pl storyline-core test -Dtest=SentenceSplitterTimeline17Test}.
 */
class SentenceSplitterTimeline17Test {

    /** Every n-th article (in path order) is used, to keep the test quick. */
    private static final int STRIDE = 4;
    private static final int SHOWN_DISAGREEMENTS = 25;

    private final SentenceSplitter splitter = new SentenceSplitter();

    @Test
    void boundariesAgreeWithTimeline17() throws IOException {
        String shared = System.getProperty("storyline.shared");
        assumeTrue(shared != null, "storyline.shared not set");
        Path root = Path.of(shared, "data", "timeline17");
        assumeTrue(Files.isDirectory(root), "no Timeline17 data at " + root);

        List<Path> articles;
        try (Stream<Path> files = Files.walk(root)) {
            articles = files.filter(p -> p.toString().contains("InputDocs")
                    && p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        int truePositives = 0;
        int predicted = 0;
        int expected = 0;
        List<String> disagreements = new ArrayList<>();
        for (int a = 0; a < articles.size(); a += STRIDE) {
            List<String> gold = new ArrayList<>();
            for (String line : Files.readAllLines(articles.get(a), StandardCharsets.UTF_8)) {
                String sentence = Detokenizer.detokenize(line);
                if (!sentence.isEmpty()) {
                    gold.add(sentence);
                }
            }
            String input = String.join(" ", gold);
            Set<Integer> want = new HashSet<>();
            int end = 0;
            for (int k = 0; k < gold.size() - 1; k++) {
                end += gold.get(k).length() + (k == 0 ? 0 : 1);
                want.add(end);
            }
            Set<Integer> got = new HashSet<>();
            List<SentenceSplitter.Span> spans = splitter.spans(input);
            for (int k = 0; k < spans.size() - 1; k++) {
                got.add(spans.get(k).end());
            }
            for (int boundary : got) {
                if (want.contains(boundary)) {
                    truePositives++;
                } else if (disagreements.size() < SHOWN_DISAGREEMENTS) {
                    disagreements.add("extra  : " + around(input, boundary));
                }
            }
            for (int boundary : want) {
                if (!got.contains(boundary) && disagreements.size() < SHOWN_DISAGREEMENTS) {
                    disagreements.add("missed : " + around(input, boundary));
                }
            }
            predicted += got.size();
            expected += want.size();
        }
        double precision = (double) truePositives / predicted;
        double recall = (double) truePositives / expected;
        System.out.printf("SentenceSplitter on Timeline17 (%d articles): boundary precision %.4f"
                        + " (%d/%d), recall %.4f (%d/%d)%n", (articles.size() + STRIDE - 1) / STRIDE,
                precision, truePositives, predicted, recall, truePositives, expected);
        disagreements.forEach(System.out::println);

        assertThat(expected).as("reference boundaries").isGreaterThan(1000);
        assertThat(precision).as("boundary precision").isGreaterThan(0.95);
        assertThat(recall).as("boundary recall").isGreaterThan(0.95);
    }

    private static String around(String text, int at) {
        return text.substring(Math.max(0, at - 40), at) + " ‖ "
                + text.substring(at, Math.min(text.length(), at + 40));
    }

    /** Undoes Penn Treebank tokenisation well enough to give back ordinary news text. */
    static final class Detokenizer {
        private static final Pattern SPACE_BEFORE =
                Pattern.compile(" (?=[.,;:?!%)\\]}]|'s\\b|'re\\b|'ve\\b|'ll\\b|'d\\b|'m\\b|n't\\b|''|'\\s)");
        private static final Pattern SPACE_AFTER = Pattern.compile("(?<=[(\\[{$]|``) ");
        private static final Pattern OPEN_SINGLE = Pattern.compile("(?<!`)`(?!`) ?");
        private static final Pattern CLOSE_SINGLE = Pattern.compile(" '(?=\\s|$)");

        private Detokenizer() {
        }

        static String detokenize(String line) {
            String text = line.strip()
                    .replace("-LRB-", "(").replace("-RRB-", ")")
                    .replace("-LSB-", "[").replace("-RSB-", "]")
                    .replace("-LCB-", "{").replace("-RCB-", "}");
            text = SPACE_BEFORE.matcher(text).replaceAll("");
            text = SPACE_AFTER.matcher(text).replaceAll("");
            // PTB single quotes: ` opens, a lone ' closes
            text = OPEN_SINGLE.matcher(text).replaceAll("'");
            text = CLOSE_SINGLE.matcher(text).replaceAll("'");
            return text.replace("``", "\"").replace("''", "\"").strip();
        }
    }
}
