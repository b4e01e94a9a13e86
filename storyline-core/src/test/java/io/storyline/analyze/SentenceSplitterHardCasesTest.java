package io.storyline.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the hand-written hard cases in {@code hard-sentences.txt} (format described at its top),
 * prints case accuracy and boundary precision/recall, lists failures, and holds the splitter to a
 * floor. Run alone with {@code mvn -q -B -o -pl storyline-core test -Dtest=SentenceSplitterHardCasesTest}.
 */
class SentenceSplitterHardCasesTest {

    private static final String RESOURCE = "hard-sentences.txt";

    /** One case: the sentences expected, in order. */
    record HardCase(int line, List<String> sentences) {
        String input() {
            return String.join(" ", sentences);
        }
    }

    private static List<HardCase> cases;
    private final SentenceSplitter splitter = new SentenceSplitter();

    @BeforeAll
    static void load() throws IOException {
        cases = parse(read());
    }

    static String read() throws IOException {
        try (InputStream in = SentenceSplitterHardCasesTest.class.getResourceAsStream(RESOURCE)) {
            assertThat(in).as(RESOURCE).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static List<HardCase> parse(String text) {
        List<HardCase> parsed = new ArrayList<>();
        List<String> block = new ArrayList<>();
        int blockLine = 0;
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.startsWith("#")) {
                continue;
            }
            if (line.isEmpty()) {
                if (!block.isEmpty()) {
                    parsed.add(new HardCase(blockLine, List.copyOf(block)));
                    block.clear();
                }
                continue;
            }
            if (block.isEmpty()) {
                blockLine = i + 1;
            }
            block.add(line);
        }
        if (!block.isEmpty()) {
            parsed.add(new HardCase(blockLine, List.copyOf(block)));
        }
        return parsed;
    }

    /** Offsets (in the joined input) where each sentence but the last ends. */
    private static Set<Integer> boundaries(List<String> sentences, String input) {
        Set<Integer> ends = new HashSet<>();
        int from = 0;
        for (int k = 0; k < sentences.size(); k++) {
            int at = input.indexOf(sentences.get(k), from);
            if (at < 0) {
                return Set.of(-1 - k); // a sentence not found verbatim can match no expected end
            }
            from = at + sentences.get(k).length();
            if (k < sentences.size() - 1) {
                ends.add(from);
            }
        }
        return ends;
    }

    @Test
    void hardCasesReachTheAccuracyFloor() {
        int right = 0;
        int truePositives = 0;
        int predicted = 0;
        int expected = 0;
        List<String> failures = new ArrayList<>();
        for (HardCase hardCase : cases) {
            String input = hardCase.input();
            List<String> actual = splitter.split(input);
            Set<Integer> want = boundaries(hardCase.sentences(), input);
            Set<Integer> got = boundaries(actual, input);
            Set<Integer> hit = new HashSet<>(want);
            hit.retainAll(got);
            truePositives += hit.size();
            predicted += got.size();
            expected += want.size();
            if (actual.equals(hardCase.sentences())) {
                right++;
            } else {
                failures.add("line " + hardCase.line() + "\n  expected " + hardCase.sentences()
                        + "\n  actual   " + actual);
            }
        }
        double accuracy = (double) right / cases.size();
        double precision = predicted == 0 ? 1 : (double) truePositives / predicted;
        double recall = expected == 0 ? 1 : (double) truePositives / expected;
        System.out.printf("SentenceSplitter hard cases: %d/%d right (%.1f%%), boundary precision %.3f"
                        + " (%d/%d), recall %.3f (%d/%d)%n", right, cases.size(), 100 * accuracy,
                precision, truePositives, predicted, recall, truePositives, expected);
        failures.forEach(f -> System.out.println("FAIL " + f));

        assertThat(cases).as("hard cases in " + RESOURCE).hasSizeGreaterThanOrEqualTo(80);
        assertThat(accuracy).as("case accuracy; failures:%n%s", String.join("\n", failures))
                .isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void everyCaseIsWellFormed() {
        for (HardCase hardCase : cases) {
            for (String sentence : hardCase.sentences()) {
                assertThat(sentence).as("line %d", hardCase.line()).isEqualTo(sentence.strip());
            }
        }
        assertThat(cases.stream().filter(c -> c.sentences().size() == 1).count())
                .as("cases that must not be split at all").isGreaterThanOrEqualTo(20);
        assertThat(cases.stream().filter(c -> c.sentences().size() > 1).count())
                .as("cases that must be split").isGreaterThanOrEqualTo(40);
    }

    @Test
    void parserReadsBlocksAndSkipsComments() {
        List<HardCase> parsed = parse("# note\nOne.\nTwo.\n\n\n# more\nThree.\n");
        assertThat(parsed).extracting(HardCase::sentences)
                .containsExactly(List.of("One.", "Two."), List.of("Three."));
        assertThat(parsed.get(0).input()).isEqualTo("One. Two.");
    }
}
