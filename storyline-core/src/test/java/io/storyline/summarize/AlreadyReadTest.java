package io.storyline.summarize;

import io.storyline.analyze.AnalyzedSentence;
import io.storyline.analyze.StoryAnalysis;
import io.storyline.model.Article;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** What an update's concepts keep of their weight, measured against how widely the new articles carry them. */
class AlreadyReadTest {

    private static Article article(String id, String text) {
        return new Article(id, "Outlet " + id, null, "Harbour", LocalDate.of(2026, 5, 1), text, id + ".txt");
    }

    /** Four earlier reports: all tell of the harbour strike, one mentions the ferry timetable. */
    private static final List<Article> EARLIER = List.of(
            article("e1", "Dock workers began a harbour strike in Portwell on Monday. The ferry timetable was cut."),
            article("e2", "The harbour strike closed the container quay in Portwell."),
            article("e3", "Union leaders called the harbour strike over pay and night shifts."),
            article("e4", "Shipping lines diverted cargo as the harbour strike went on."));

    /** Two new reports: both tell of the strike and of the ferry timetable, one of a court ruling. */
    private static final List<Article> FRESH = List.of(
            article("n1", "A court ruled the harbour strike lawful. The ferry timetable will stay cut until June."),
            article("n2", "The harbour strike entered its second week and the ferry timetable stayed cut."));

    private static long concept(StoryAnalysis story, String spelled) {
        for (AnalyzedSentence s : story.sentences()) {
            for (long c : ConceptWeights.concepts(s)) {
                if (ConceptWeights.spelled(c, story).equals(spelled)) {
                    return c;
                }
            }
        }
        throw new AssertionError("no concept '" + spelled + "'");
    }

    @Test
    void aConceptReadAsWidelyAsItIsNowToldLosesMostOneToldMoreWidelyNowKeepsMore() {
        AlreadyRead read = AlreadyRead.of(EARLIER);
        StoryAnalysis story = StoryAnalysis.of(FRESH);
        // carried by every earlier report and every new one: the running background
        assertThat(read.keep(concept(story, "harbour strike"), story, 1.0))
                .isCloseTo(1 - AlreadyRead.NOVELTY_DISCOUNT, within(1e-9));
        // once before (1 of 4), now in every new report: mostly news
        assertThat(read.keep(concept(story, "ferri timet"), story, 1.0))
                .isCloseTo(1 - AlreadyRead.NOVELTY_DISCOUNT * 0.25, within(1e-9));
        // once before, now in one new report of two: half as wide as now, discounted by half the discount
        assertThat(read.keep(concept(story, "ferri timet"), story, 0.5))
                .isCloseTo(1 - AlreadyRead.NOVELTY_DISCOUNT * 0.5, within(1e-9));
        // never read
        assertThat(read.keep(concept(story, "court rule"), story, 0.5)).isEqualTo(1.0);
    }

    @Test
    void anUpdatesWeightsAreTheNewArticlesDiscountedByWhatWasRead() {
        StoryAnalysis story = StoryAnalysis.of(FRESH);
        ConceptWeights plain = ConceptWeights.of(story, 1);
        ConceptWeights update = plain.discounted(AlreadyRead.of(EARLIER), story);
        long strike = concept(story, "harbour strike");
        long timetable = concept(story, "ferri timet");
        assertThat(plain.weight(strike)).isEqualTo(plain.weight(timetable));
        assertThat(update.weight(timetable)).isGreaterThan(update.weight(strike));
        assertThat(update.weight(strike)).isCloseTo(plain.weight(strike) * (1 - AlreadyRead.NOVELTY_DISCOUNT),
                within(1e-9));
    }
}
