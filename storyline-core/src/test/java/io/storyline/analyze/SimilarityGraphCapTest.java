package io.storyline.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.model.Article;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which stems open pairs: those in at most a tenth of the story, and in a whole graph at most 1,000 sentences. */
class SimilarityGraphCapTest {

    private static final String REPEATED = "The pier wobbled badly.";

    /** {@code repeated} copies of one sentence among filler sentences of rare invented words. */
    private static StoryAnalysis story(int sentences, int repeated) {
        List<Article> articles = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            text.append(i < repeated ? REPEATED : filler(i)).append(i % 20 == 19 ? "\n\n" : " ");
            if (i % 200 == 199 || i == sentences - 1) {
                articles.add(new Article("a" + articles.size(), "Outlet " + articles.size() % 7, null, null,
                        LocalDate.of(2020, 1, 1), text.toString().strip(), "a" + articles.size(), List.of()));
                text.setLength(0);
            }
        }
        return StoryAnalysis.of(articles);
    }

    /** Three words, each shared by few sentences. */
    private static String filler(int i) {
        return "Zo" + word(i % 997) + " " + word(i % 991 + 1000) + " " + word(i % 983 + 2000) + ".";
    }

    private static String word(int n) {
        StringBuilder w = new StringBuilder("q");
        for (int k = n; k > 0; k /= 20) {
            w.append("bcdfghjklmnprstvwxyz".charAt(k % 20)).append('a');
        }
        return w.toString();
    }

    private static AnalyzedSentence firstRepeated(StoryAnalysis story) {
        return story.sentences().stream().filter(s -> s.text().equals(REPEATED)).findFirst().orElseThrow();
    }

    @Test
    void aStemInATenthOfAStoryOfUnderTenThousandSentencesOpensPairs() {
        StoryAnalysis story = story(5_000, 450);
        int id = firstRepeated(story).id();
        assertThat(SimilarityGraph.of(story, 0.1).neighbours(id)).hasSizeGreaterThanOrEqualTo(449);
    }

    @Test
    void inALargerStoryAStemInMoreThanAThousandSentencesOpensNoPairsOfTheWholeGraph() {
        StoryAnalysis story = story(10_500, 1_020);
        int id = firstRepeated(story).id();
        assertThat(java.util.Arrays.stream(SimilarityGraph.of(story, 0.1).neighbours(id)))
                .noneMatch(other -> story.sentences().get(other).text().equals(REPEATED));
        // a graph around a few sentences keeps a tenth of the story: 1,050 here
        assertThat(SimilarityGraph.around(story, 0.1, java.util.Set.of(id)).neighbours(id))
                .hasSizeGreaterThanOrEqualTo(1_019);
    }
}
