package io.storyline.cli;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code summarize --focus}: the summary weighed towards a question, still the articles' own cited sentences. */
class SummarizeFocusTest {

    private static final String STORY = "../examples/harbour-bridge";

    private static List<String> lines(String text) {
        return text.lines().filter(l -> !l.isBlank()).toList();
    }

    private static long mentioning(List<String> sentences, String... words) {
        return sentences.stream().filter(s -> Arrays.stream(words)
                .anyMatch(w -> s.toLowerCase(Locale.ROOT).contains(w))).count();
    }

    @Test
    void aFocusBringsTheSentencesThatAnswerItIntoTheSummary() {
        CommandRun ordinary = CommandRun.of("summarize", "--no-progress", "--format", "text", STORY);
        CommandRun focused = CommandRun.of("summarize", "--no-progress", "--format", "text",
                "--focus", "How many crew were injured, and which hospital treated them?", STORY);
        assertThat(focused.exitCode()).as(focused.stderr()).isZero();
        assertThat(focused.stderr()).doesNotContain("focus");
        List<String> plain = lines(ordinary.stdout());
        List<String> answer = lines(focused.stdout());
        assertThat(answer).isNotEqualTo(plain);
        assertThat(mentioning(answer, "injur", "hospital", "crew"))
                .isGreaterThan(mentioning(plain, "injur", "hospital", "crew"));
        assertThat(answer).anyMatch(s -> s.contains("Hospital"));
    }

    @Test
    void aFocusedSummaryIsStillCitedToTheArticles() {
        CommandRun focused = CommandRun.of("summarize", "--no-progress", "--focus", "hospital crew injured", STORY);
        assertThat(focused.exitCode()).as(focused.stderr()).isZero();
        List<String> sentences = focused.stdout().lines()
                .filter(l -> !l.isBlank() && !l.startsWith("#") && !l.startsWith("- ")).toList();
        assertThat(sentences).isNotEmpty().allMatch(l -> l.matches(".*\\[\\d+](\\[\\d+])*(\\s*\\(.*\\))?$"));
    }

    @Test
    void aFocusNoneOfWhoseWordsIsInTheArticlesGivesTheOrdinarySummaryAndSaysSo() {
        CommandRun ordinary = CommandRun.of("summarize", "--no-progress", "--format", "text", STORY);
        CommandRun unknown = CommandRun.of("summarize", "--no-progress", "--format", "text",
                "--focus", "the zebra's cryptocurrency", STORY);
        assertThat(unknown.exitCode()).isZero();
        assertThat(unknown.stdout()).isEqualTo(ordinary.stdout());
        assertThat(unknown.stderr().lines().toList()).singleElement().asString()
                .startsWith("storyline: no word of the focus \"the zebra's cryptocurrency\" is in the articles");
    }

    @Test
    void aMethodThatWeighsNoFocusIsAUsageError() {
        CommandRun lead = CommandRun.of("summarize", "--no-progress", "--method", "lead", "--focus", "crew", STORY);
        assertThat(lead.exitCode()).isEqualTo(Main.EXIT_USAGE);
        assertThat(lead.stderr()).contains("--focus works with the methods").contains("lead");
    }

    @Test
    void overflowLetsTheLastSentenceRunPastTheLength() {
        CommandRun whole = CommandRun.of("summarize", "--no-progress", "--format", "text", "--words", "40", STORY);
        CommandRun over = CommandRun.of("summarize", "--no-progress", "--format", "text", "--words", "40",
                "--overflow", STORY);
        assertThat(words(whole.stdout())).isLessThanOrEqualTo(40);
        assertThat(words(over.stdout())).isGreaterThan(40);
    }

    private static int words(String text) {
        return text.isBlank() ? 0 : text.strip().split("\\s+").length;
    }
}
