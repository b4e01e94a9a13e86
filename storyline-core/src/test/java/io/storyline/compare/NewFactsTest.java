package io.storyline.compare;

import io.storyline.Storyline;
import io.storyline.analyze.StoryAnalysis;
import io.storyline.model.Article;
import io.storyline.model.Comparison;
import io.storyline.model.Fact;
import io.storyline.model.StoryUpdate;
import io.storyline.summarize.SummaryOptions;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link NewFacts}: the facts only new articles report, less those an earlier article reports in other words. */
class NewFactsTest {

    private static Article article(String id, String outlet, int day, String... paragraphs) {
        return new Article(id, outlet, null, outlet + " report", LocalDate.of(2026, 4, day),
                String.join("\n\n", paragraphs), id + ".txt");
    }

    private static final String CLOSED = "Mayor Elin Varro closed the bridge to all traffic on Tuesday and said it would not "
            + "reopen until it had been fully inspected.";
    private static final String REOPEN = "Mayor Elin Varro has said the bridge will not reopen until engineers confirm it is safe.";
    private static final String DIVERS = "Divers found a long crack in the damaged support of the Corran Street Bridge on "
            + "Thursday, city engineers said.";
    private static final String COUNCIL = "The city council approved 2 million dollars for emergency repairs on Thursday evening.";

    /** Three articles read before the 3rd, one new: it repeats the mayor's promise in other words. */
    private static final List<Article> STORY = List.of(
            article("courier", "Valley Courier", 1,
                    "A freight barge struck the Corran Street Bridge late on Monday, damaging one of its concrete supports.",
                    CLOSED, "Two deckhands were treated for minor injuries at Saint Aude Hospital."),
            article("radio", "Delta Radio", 2, "Commuters waited up to forty minutes for the Pellan ferry on Tuesday morning.",
                    "The bus company added six extra buses on the western route.",
                    "Shop owners near the river said their trade had fallen sharply."),
            article("wire", "North Wire", 2, "Owner Kessel Freight said an engine failure left the barge drifting with the current.",
                    "The company said it was cooperating with investigators from the waterways board.",
                    "The barge carried gravel from the quarry at Amsel."),
            article("post", "Riverside Post", 3, DIVERS, REOPEN, COUNCIL));

    private static Set<String> texts(Comparison comparison) {
        return comparison.facts().stream().map(Fact::text).collect(Collectors.toSet());
    }

    @Test
    void aFactAnEarlierArticleReportsInOtherWordsIsNotNew() {
        StoryAnalysis story = StoryAnalysis.of(STORY);
        Comparison whole = OutletComparison.compare(story, List.of());
        // the fact groups may or may not join the two tellings (FactMatcher joins pairs Facts.same accepts);
        // whichever they do, the view of what is new must not list the reworded promise
        assertThat(texts(whole.onlyNew(Set.of("post")))).contains(DIVERS, COUNCIL);

        Comparison fresh = NewFacts.of(story, whole, Set.of("post"));

        assertThat(texts(fresh)).contains(DIVERS, COUNCIL).doesNotContain(REOPEN);
        assertThat(fresh.conflicts()).isEqualTo(whole.onlyNew(Set.of("post")).conflicts());
        assertThat(fresh.sources()).isEqualTo(whole.sources());
    }

    @Test
    void withEveryArticleNewEveryFactStays() {
        StoryAnalysis story = StoryAnalysis.of(STORY);
        Comparison whole = OutletComparison.compare(story, List.of());
        Set<String> all = STORY.stream().map(Article::id).collect(Collectors.toSet());
        assertThat(NewFacts.of(story, whole, all).facts()).isEqualTo(whole.facts());
        assertThat(NewFacts.of(story, whole, Set.of()).facts()).isEmpty();
    }

    @Test
    void summarizeSinceListsOnlyTheNewFacts() {
        StoryUpdate update = Storyline.whatsNew(STORY, LocalDate.of(2026, 4, 3), SummaryOptions.defaults(), true);
        assertThat(update.fresh()).extracting(Article::id).containsExactly("post");
        assertThat(texts(update.comparison())).contains(DIVERS).doesNotContain(REOPEN);
    }

    private static final String FUSED = "Kessel Freight, the barge's owner, said two deckhands were treated for minor"
            + " injuries at Saint Aude Hospital and that the barge had passed its last safety inspection in March.";
    private static final String FUSED_READ = "Kessel Freight, the barge's owner, said two deckhands were treated for minor"
            + " injuries at Saint Aude Hospital and that an engine failure left the barge drifting with the current.";

    @Test
    void aFactJoiningAReadClauseToANewOneIsShownByItsNewClause() {
        List<Article> story = List.of(STORY.get(0), STORY.get(1), STORY.get(2),
                article("post", "Riverside Post", 3, DIVERS, FUSED, COUNCIL));
        StoryAnalysis analysis = StoryAnalysis.of(story);
        Comparison whole = OutletComparison.compare(analysis, List.of());
        // the comparison may group the sentence with the read deckhands fact (then it is no new fact at all) or
        // keep it apart; either way the inspection is new and the deckhands are not

        Comparison fresh = NewFacts.of(analysis, whole, Set.of("post"));

        // the deckhands were read (Valley Courier), the inspection was not: shown with what is new, citing the sentence
        String shown = "Kessel Freight, the barge's owner, said \u2026 that the barge had passed its last safety"
                + " inspection in March.";
        assertThat(texts(fresh)).contains(shown, DIVERS, COUNCIL).doesNotContain(FUSED);
        Fact fact = fresh.facts().stream().filter(f -> f.text().equals(shown)).findFirst().orElseThrow();
        assertThat(fact.reports()).singleElement().satisfies(c -> assertThat(c.sentence()).isEqualTo(FUSED));
        assertThat(fact.outlets()).containsExactly("Riverside Post");
    }

    @Test
    void aFactAllOfWhoseClausesWereReadIsNotNew() {
        List<Article> story = List.of(STORY.get(0), STORY.get(1), STORY.get(2),
                article("post", "Riverside Post", 3, DIVERS, FUSED_READ, COUNCIL));
        StoryAnalysis analysis = StoryAnalysis.of(story);
        Comparison whole = OutletComparison.compare(analysis, List.of());

        assertThat(texts(NewFacts.of(analysis, whole, Set.of("post"))))
                .contains(DIVERS, COUNCIL).noneMatch(t -> t.contains("deckhands") || t.contains("drifting"));
    }

    @Test
    void aNewClauseAndANewClauseStayOneFactAsWritten() {
        String bothNew = "Kessel Freight said its insurers would pay for the repairs and that the barge would be towed to"
                + " Amsel on Friday.";
        List<Article> story = List.of(STORY.get(0), STORY.get(1), STORY.get(2),
                article("post", "Riverside Post", 3, DIVERS, bothNew, COUNCIL));
        StoryAnalysis analysis = StoryAnalysis.of(story);
        Comparison whole = OutletComparison.compare(analysis, List.of());

        assertThat(texts(NewFacts.of(analysis, whole, Set.of("post")))).contains(bothNew, DIVERS, COUNCIL);
    }
}
