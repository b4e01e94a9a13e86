package io.storyline;

import io.storyline.model.Article;
import io.storyline.summarize.Budget;
import io.storyline.render.OutputFormats;
import io.storyline.timeline.TimelineOptions;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One story, one title: the summary, the timeline and the comparison of the example are titled alike, with the
 * label the story gets when clustered (each had been titled by its own first source, and the summary's first
 * citation is not the timeline's).
 */
class StoryTitleTest {

    private static List<Article> example() {
        return Storyline.read(Path.of("..", "examples", "harbour-bridge")).articles();
    }

    @Test
    void theSummaryTimelineAndComparisonOfTheExampleShareTheClusterLabel() {
        List<Article> articles = example();
        String title = Storyline.title(articles);
        assertThat(title).isEqualTo(Storyline.cluster(articles).stories().get(0).label());

        String summary = Storyline.render(Storyline.report(articles, Storyline.summarize(articles, Budget.words(100),
                "coverage"), OutputFormats.MD), OutputFormats.MD, title);
        String timeline = Storyline.render(Storyline.timeline(articles, TimelineOptions.defaults()), OutputFormats.MD,
                title);
        String comparison = Storyline.render(Storyline.compare(articles), OutputFormats.MD, title);
        for (String document : List.of(summary, timeline, comparison)) {
            assertThat(document.lines().findFirst().orElseThrow()).isEqualTo("# " + title);
        }
    }

    @Test
    void theTitleDoesNotDependOnTheOrderOfTheArticles() {
        List<Article> articles = new ArrayList<>(example());
        String title = Storyline.title(articles);
        Collections.reverse(articles);
        assertThat(Storyline.title(articles)).isEqualTo(title);
    }

    @Test
    void articlesWithoutHeadlinesGiveNoTitle() {
        Article one = new Article("a", "Courier", null, null, LocalDate.of(2026, 3, 3),
                "The ferry Lindholm ran aground on Tuesday with 120 passengers aboard, the coast guard said.", "a.txt");
        Article two = new Article("b", "Wire", null, null, LocalDate.of(2026, 3, 3),
                "Coast guard boats took 120 passengers off the ferry Lindholm after it ran aground.", "b.txt");
        assertThat(Storyline.title(List.of(one, two))).isNull();
        Article titled = new Article("c", "Post", null, "Ferry runs aground off Lindholm", LocalDate.of(2026, 3, 3),
                "The Lindholm ferry ran aground on Tuesday; all 120 passengers were taken off safely.", "c.txt");
        assertThat(Storyline.title(List.of(one, two, titled))).isEqualTo("Ferry runs aground off Lindholm");
    }
}
