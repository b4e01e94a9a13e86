package io.storyline.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.analyze.AnalyzedSentence;
import io.storyline.analyze.StoryAnalysis;
import io.storyline.analyze.time.TimeExpressions;
import io.storyline.model.Article;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RepeatedItemsTest {

    private static final LocalDate JUNE_1 = LocalDate.of(2009, 6, 1);
    private static final LocalDate JUNE_30 = LocalDate.of(2009, 6, 30);
    private static final String ITEM = "Another fifteen cases of the fever were confirmed yesterday in the harbour "
            + "towns, bringing the county's total to 244.";

    private static Article article(String id, LocalDate published, String text) {
        return new Article(id, "Harbour " + id, null, "Fever", published, text, id + ".txt");
    }

    @Test
    void anEarlierArticlesItemKeptOnALaterPageIsDatedAsTheFirstCopy() {
        StoryAnalysis story = StoryAnalysis.of(List.of(
                article("late", JUNE_30, "Schools in the county will reopen next week. " + ITEM),
                article("early", JUNE_1, "The fever has spread along the coast. " + ITEM)));
        SentenceDating dating = SentenceDating.of(story, new TimeExpressions(), ReaderComments.of(story));
        List<AnalyzedSentence> copies = story.sentences().stream().filter(s -> s.text().startsWith("Another")).toList();
        assertThat(copies).hasSize(2).allSatisfy(s -> assertThat(dating.mentioned(s)).isEqualTo(JUNE_1.minusDays(1)));
        assertThat(dating.coverage()).as("the later page's 'yesterday' names no day")
                .noneSatisfy(d -> assertThat(d.date()).isEqualTo(JUNE_30.minusDays(1)));
        var candidates = TimelineBuilder.candidates(story, dating, ReaderComments.of(story));
        assertThat(candidates.getOrDefault(JUNE_30, List.of())).noneMatch(s -> s.text().startsWith("Another"));
    }

    @Test
    void aShortStockLineOrACopyOnTheSameDayIsReadOnItsOwnPage() {
        StoryAnalysis story = StoryAnalysis.of(List.of(
                article("a", JUNE_1, "Police said on Sunday they were investigating."),
                article("b", JUNE_30, "Police said on Sunday they were investigating."),
                article("c", JUNE_30, "A ferry ran aground on Sunday near the harbour mouth, the coastguard said "
                        + "in a statement."),
                article("d", JUNE_30, "A ferry ran aground on Sunday near the harbour mouth, the coastguard said "
                        + "in a statement.")));
        int[] copies = RepeatedItems.firstCopies(story);
        assertThat(copies).containsOnly(-1);
    }
}
