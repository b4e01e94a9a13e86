package io.storyline.summarize;

import io.storyline.analyze.AnalyzedSentence;
import io.storyline.analyze.Openings;
import io.storyline.analyze.Quotations;
import io.storyline.ingest.Articles;
import io.storyline.model.Article;
import io.storyline.model.Citation;
import io.storyline.model.Summary;
import io.storyline.model.SummarySentence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StorySummarizerTest {

    static List<String> methods() {
        return Summarizers.names();
    }

    private static Summary summarize(String method, Budget budget) {
        return new StorySummarizer(Summarizers.byNameOrThrow(method)).summarize(FloodStory.articles(), budget);
    }

    @ParameterizedTest
    @MethodSource("methods")
    void everyMethodKeepsToAWordBudget(String method) {
        Summary summary = summarize(method, Budget.words(45));
        assertThat(summary.sentences()).isNotEmpty();
        assertThat(summary.wordCount()).isLessThanOrEqualTo(45);
        assertThat(summary.method()).isEqualTo(method);
    }

    @ParameterizedTest
    @MethodSource("methods")
    void everyMethodKeepsToSentenceAndByteBudgets(String method) {
        assertThat(summarize(method, Budget.sentences(2)).sentences()).hasSizeLessThanOrEqualTo(2);
        Summary bytes = summarize(method, Budget.bytes(300));
        int used = bytes.sentences().stream()
                .mapToInt(s -> s.text().getBytes(StandardCharsets.UTF_8).length + 1).sum();
        assertThat(used).isLessThanOrEqualTo(300);
    }

    @ParameterizedTest
    @MethodSource("methods")
    void everySentenceStandsVerbatimInItsFirstCitedSource(String method) {
        Summary summary = summarize(method, Budget.words(120));
        for (SummarySentence sentence : summary.sentences()) {
            Citation own = sentence.citations().get(0);
            // the shown sentence may close a quotation it cuts (Quotations.balanced) and drop a connective whose
            // sentence is not shown before it (Openings.withoutConnective), nothing else
            assertThat(sentence.text()).isIn(Quotations.balanced(own.sentence()),
                    Quotations.balanced(Openings.withoutConnective(own.sentence())));
            String sourceText = FloodStory.articles().stream()
                    .filter(a -> a.id().equals(summary.sources().get(own.source() - 1).articleId()))
                    .findFirst().orElseThrow().text();
            assertThat(sourceText).contains(own.sentence());
        }
    }

    @Test
    void aQuotationCutAtTheSentencesEndIsClosedForTheReaderAndCitedAsWritten() {
        String quoted = "David Bonior, the Democratic whip, said: \"This is wrong.";
        List<Article> articles = List.of(Articles.fromText("The House voted on Saturday to impeach the president. "
                + quoted + " It is a surrender to partisanship.\"", "wire"));
        Summary summary = new StorySummarizer(choosing(quoted)).summarize(articles, Budget.words(100));
        assertThat(summary.sentences()).singleElement().satisfies(sentence -> {
            assertThat(sentence.text()).isEqualTo(quoted + "\"");
            assertThat(sentence.citations().get(0).sentence()).isEqualTo(quoted);
        });
    }

    @Test
    void aConnectiveStaysOnlyAfterTheSentenceItFollowsInItsSource() {
        String before = "The harbour board said on Monday that the old pier at Tidewater would close for a year.";
        String contrast = "But the ferry to Coast Island will keep sailing from the north quay.";
        List<Article> articles = List.of(Articles.fromText(before + " " + contrast, "wire"));
        Summary alone = new StorySummarizer(choosing(contrast)).summarize(articles, Budget.words(100));
        assertThat(alone.sentences()).singleElement().satisfies(sentence -> {
            assertThat(sentence.text()).isEqualTo("The ferry to Coast Island will keep sailing from the north quay.");
            assertThat(sentence.citations().get(0).sentence()).isEqualTo(contrast);
        });
        Summary both = new StorySummarizer(choosing(before, contrast)).summarize(articles, Budget.words(100));
        assertThat(both.sentences()).extracting(SummarySentence::text).containsExactly(before, contrast);
        // another outlet's word-for-word copy of the sentence before it is its context too
        List<Article> copies = List.of(Articles.fromText(before + " " + contrast, "wire"),
                Articles.fromText("Ferries were busy. " + before, "daily"));
        Summarizer copyThenContrast = new Summarizer() {
            @Override
            public String name() {
                return "copy";
            }

            @Override
            public List<AnalyzedSentence> choose(SummaryInput input, Budget budget) {
                return List.of(input.story().sentencesOf(1).get(1), input.story().sentencesOf(0).get(1));
            }
        };
        Summary copied = new StorySummarizer(copyThenContrast).summarize(copies, Budget.words(100));
        assertThat(copied.sentences()).extracting(SummarySentence::text).containsExactly(before, contrast);
    }

    private static Summarizer choosing(String... texts) {
        return new Summarizer() {
            @Override
            public String name() {
                return "chosen";
            }

            @Override
            public List<AnalyzedSentence> choose(SummaryInput input, Budget budget) {
                return input.story().sentences().stream().filter(s -> List.of(texts).contains(s.text())).toList();
            }
        };
    }

    @ParameterizedTest
    @MethodSource("methods")
    void noFactIsToldTwice(String method) {
        Summary summary = summarize(method, Budget.words(200));
        List<String> texts = summary.sentences().stream().map(SummarySentence::text).toList();
        long evacuations = texts.stream().filter(t -> t.contains("600")).count();
        long highest = texts.stream().filter(t -> t.contains("1987")).count();
        assertThat(evacuations).isLessThanOrEqualTo(1);
        assertThat(highest).isLessThanOrEqualTo(1);
    }

    @Test
    void aFactReportedInOtherWordsCitesEveryOutletThatReportsIt() {
        Summary summary = summarize("coverage", Budget.words(100));
        SummarySentence flooding = summary.sentences().stream()
                .filter(s -> s.text().contains("200 homes")).findFirst().orElseThrow();
        Set<String> outlets = flooding.citations().stream()
                .map(c -> summary.sources().get(c.source() - 1).outlet()).collect(Collectors.toSet());
        assertThat(outlets).containsExactlyInAnyOrder("Valley Post", "River News");
    }

    @Test
    void sourcesAreNumberedInTheOrderTheyAreFirstCited() {
        Summary summary = summarize("coverage", Budget.words(100));
        assertThat(summary.sources()).hasSize(3);
        assertThat(summary.sentences().get(0).citations().get(0).source()).isEqualTo(1);
        for (int i = 0; i < summary.sources().size(); i++) {
            assertThat(summary.sources().get(i).number()).isEqualTo(i + 1);
        }
    }

    @Test
    void theSummaryReadsInStoryOrderNotRankOrder() {
        Summary summary = summarize("coverage", Budget.words(200));
        List<String> texts = summary.sentences().stream().map(SummarySentence::text).toList();
        int flood = indexOfContaining(texts, "burst its banks");
        int aftermath = indexOfContaining(texts, "count the cost");
        assertThat(flood).isNotNegative();
        if (aftermath >= 0) {
            assertThat(flood).isLessThan(aftermath);
        }
    }

    @Test
    void leadTakesTheNewestArticleFirst() {
        Summary summary = summarize("lead", Budget.sentences(1));
        assertThat(summary.sentences().get(0).text()).startsWith("Eastmere began to count the cost");
    }

    @Test
    void anEmptyStoryGivesAnEmptySummary() {
        Summary summary = new StorySummarizer(new ConceptCoverageSummarizer()).summarize(List.of(), Budget.words(100));
        assertThat(summary.sentences()).isEmpty();
        assertThat(summary.sources()).isEmpty();
    }

    @Test
    void unknownMethodsAreNamedWithTheChoices() {
        assertThatThrownBy(() -> Summarizers.byNameOrThrow("magic"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("magic").hasMessageContaining("lexrank");
    }

    @Test
    void budgetsMustBePositive() {
        assertThatThrownBy(() -> Budget.words(0)).isInstanceOf(IllegalArgumentException.class);
    }

    private static int indexOfContaining(List<String> texts, String fragment) {
        for (int i = 0; i < texts.size(); i++) {
            if (texts.get(i).contains(fragment)) {
                return i;
            }
        }
        return -1;
    }
}
