package io.storyline.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.storyline.model.Article;
import io.storyline.model.DayCoverage;
import io.storyline.model.Timeline;
import io.storyline.model.TimelineEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An invented river-flood story told over a week by three outlets. */
class TimelineBuilderTest {

    private static final LocalDate MON = LocalDate.of(2024, 3, 4);

    private static Article article(String id, String outlet, LocalDate published, String text) {
        return new Article(id, outlet, null, "Flood on the Arun", published, text, id + ".txt");
    }

    static List<Article> story() {
        List<Article> articles = new ArrayList<>();
        articles.add(article("a1", "Courier", MON.plusDays(1),
                "The river Arun burst its banks at Pulford on Monday night, flooding two hundred homes. "
                        + "Emergency crews moved families from the low streets to the village hall. "
                        + "The county council opened a relief fund for the flooded households."));
        articles.add(article("a2", "Gazette", MON.plusDays(1),
                "Floodwater from the Arun reached the Pulford market square on Monday night. "
                        + "Residents of the low streets spent the night in the village hall. "
                        + "Forecasters warned that more rain would fall over the catchment."));
        articles.add(article("a3", "Herald", MON.plusDays(3),
                "The Arun flood on Monday was the worst at Pulford in forty years, engineers said. "
                        + "On Wednesday the army built a temporary wall of sandbags along the quay. "
                        + "The sandbag wall held the river back through a second night of rain."));
        articles.add(article("a4", "Courier", MON.plusDays(4),
                "Engineers said on Friday that the flood on Monday had damaged the old stone bridge at Pulford. "
                        + "The army finished its sandbag wall on Wednesday, two days after the flood. "
                        + "The stone bridge will stay closed while divers inspect its piers."));
        articles.add(article("a5", "Gazette", MON.plusDays(4),
                "Pulford's stone bridge, damaged when the Arun flooded on Monday, was closed to traffic. "
                        + "Shops in the market square reopened as the water fell back into the river. "
                        + "Insurers sent assessors to the flooded homes of the low streets."));
        return articles;
    }

    @Test
    void aDenialOfAPickedSentenceLeavesTheDaysOtherPlaceToAnotherEvent() {
        LocalDate monday = LocalDate.of(2026, 1, 19);
        List<Article> articles = List.of(
                new Article("g", "Grid Desk", null, "Blackout in Sorrel", monday,
                        "A substation fire cut power to 200,000 homes in Sorrel on Monday. "
                                + "Police said the fire was not caused by sabotage.", "g.txt"),
                new Article("t", "Sorrel Times", null, "Sorrel in the dark", monday,
                        "Police said the fire was caused by sabotage. "
                                + "Crews worked through the night at the substation.", "t.txt"));
        Timeline timeline = new TimelineBuilder(new TimelineOptions(1, 2, List.of())).build(articles);
        List<String> texts = timeline.entries().get(0).sentences().stream().map(s -> s.text()).toList();
        assertThat(texts).as("the two sides of one denial are one entry, noted beside it; the other place is the day's news")
                .hasSize(2).filteredOn(t -> t.contains("sabotage")).hasSize(1);
    }

    @Test
    void datesAreOldestFirstWithinTheirBoundsAndCited() {
        Timeline timeline = new TimelineBuilder(new TimelineOptions(3, 2, List.of())).build(story());
        List<LocalDate> dates = timeline.entries().stream().map(TimelineEntry::date).toList();
        assertThat(dates).isSortedAccordingTo(LocalDate::compareTo).hasSizeBetween(1, 3).doesNotHaveDuplicates();
        for (TimelineEntry entry : timeline.entries()) {
            assertThat(entry.sentences()).hasSizeBetween(1, 2);
            entry.sentences().forEach(s -> assertThat(s.citations()).isNotEmpty());
        }
        assertThat(timeline.sources()).hasSize(5);
        assertThat(timeline.sources()).extracting(s -> s.number()).containsExactly(1, 2, 3, 4, 5);
        assertThat(timeline.undated()).isEmpty();
    }

    @Test
    void theDayOthersKeepReferringToOutranksABusyPublicationDay() {
        Timeline timeline = new TimelineBuilder(new TimelineOptions(1, 1, List.of())).build(story());
        // Monday is named by four later articles; no article is published on it
        assertThat(timeline.entries()).singleElement()
                .satisfies(e -> assertThat(e.date()).isEqualTo(MON));
        DayCoverage monday = timeline.coverage().stream().filter(d -> d.date().equals(MON)).findFirst().orElseThrow();
        assertThat(monday.articles()).isZero();
        assertThat(monday.mentions()).isGreaterThanOrEqualTo(4);
        assertThat(timeline.entries().get(0).sentences().get(0).text()).contains("Monday");
    }

    @Test
    void noSentenceRepeatsAFactAcrossDates() {
        Timeline timeline = new TimelineBuilder(new TimelineOptions(4, 3, List.of())).build(story());
        List<String> texts = timeline.entries().stream().flatMap(e -> e.sentences().stream())
                .map(s -> s.text()).toList();
        assertThat(texts).doesNotHaveDuplicates();
    }

    @Test
    void undatedArticlesAreUsedButReported() {
        List<Article> articles = new ArrayList<>(story());
        articles.add(article("u1", "Blog", null, "The Arun flood left the Pulford quay under a metre of water."));
        Timeline timeline = new TimelineBuilder(TimelineOptions.defaults()).build(articles);
        assertThat(timeline.undated()).containsExactly("u1.txt");
        assertThat(timeline.inferred()).isEmpty();
        assertThat(timeline.sources()).extracting(s -> s.articleId()).contains("u1");
    }

    @Test
    void aStoryWithoutAnyDateIsAnErrorNotAnEmptyTimeline() {
        List<Article> undated = story().stream().map(a -> a.withPublished(null)).toList();
        assertThatThrownBy(() -> new TimelineBuilder(TimelineOptions.defaults()).build(undated))
                .isInstanceOf(NoDatedArticlesException.class)
                .hasMessageContaining("none of the 5 article(s) has a publication date")
                .hasMessageContaining("--date");
        assertThatThrownBy(() -> new TimelineBuilder(TimelineOptions.defaults()).build(List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theSpanBoundsTheDates() {
        Timeline timeline = new TimelineBuilder(new TimelineOptions(5, 1, List.of())
                .within(MON.plusDays(2), MON.plusDays(4))).build(story());
        assertThat(timeline.entries()).isNotEmpty()
                .allSatisfy(e -> assertThat(e.date()).isBetween(MON.plusDays(2), MON.plusDays(4)));
    }

    @Test
    void defaultsPickAReadableSize() {
        Timeline timeline = new TimelineBuilder(TimelineOptions.defaults()).build(story());
        assertThat(timeline.entries()).hasSizeBetween(1, TimelineOptions.MAX_DATES);
        assertThat(timeline.entries()).allSatisfy(e -> assertThat(e.sentences())
                .hasSizeLessThanOrEqualTo(TimelineOptions.DEFAULT_SENTENCES));
        assertThatThrownBy(() -> new TimelineOptions(-1, 0, List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aDayCountsOnceForEachArticleThatRefersToIt() {
        List<Article> articles = new ArrayList<>(story());
        LocalDate wednesday = MON.plusDays(2);
        // one long look back at Wednesday, naming it four times, against four articles naming Monday
        articles.add(article("a6", "Herald", MON.plusDays(5),
                "The sandbag wall went up along the quay on Wednesday. "
                        + "Soldiers filled the sandbags in the market square on Wednesday. "
                        + "The quay road was shut to traffic on Wednesday. "
                        + "By the evening of Wednesday the wall stretched past the old mill."));
        Timeline timeline = new TimelineBuilder(new TimelineOptions(1, 1, List.of())).build(articles);
        DayCoverage named = timeline.coverage().stream().filter(d -> d.date().equals(wednesday)).findFirst()
                .orElseThrow();
        assertThat(named.mentions()).isEqualTo(3);
        assertThat(timeline.entries()).singleElement().satisfies(e -> assertThat(e.date()).isEqualTo(MON));
    }

    @Test
    void aDayNamedWeeksLaterOutranksOneNamedOnlyTheNextMorning() {
        LocalDate march = LocalDate.of(2024, 3, 1);
        List<Article> articles = List.of(
                article("n1", "Courier", march.plusDays(4),
                        "The harbour board met in Pulford on March 4 to discuss the dredging contract."),
                article("n2", "Gazette", march.plusDays(4),
                        "Members of the harbour board argued about dredging costs on March 4 in Pulford."),
                article("w1", "Courier", march.plusDays(26),
                        "The quay wall at Pulford collapsed into the river on March 6, engineers now say."),
                article("w2", "Herald", march.plusDays(26),
                        "Since the quay wall fell into the Arun on March 6, no ship has docked at Pulford."));

        Timeline timeline = new TimelineBuilder(new TimelineOptions(1, 1, List.of())).build(articles);

        // each day is named by two articles; the day still named three weeks on is the turning point
        assertThat(timeline.entries()).extracting(TimelineEntry::date).containsExactly(march.plusDays(5));
        assertThat(SentenceDating.referenceWeight(march.plusDays(5), march.plusDays(26)))
                .isGreaterThan(SentenceDating.referenceWeight(march.plusDays(3), march.plusDays(4)));
    }

    @Test
    void anEntryThatCutsAQuotationClosesItAndItsCitationKeepsTheSource() {
        String said = "The mayor of Pulford said on Monday: \"The sandbag wall on the quay will hold back the river Arun.";
        List<Article> one = List.of(article("q1", "Courier", MON.plusDays(1), said
                + " The army built it in two days and it is still rising.\" Engineers inspected the stone bridge"
                + " at Pulford on Tuesday."));
        Timeline timeline = new TimelineBuilder(new TimelineOptions(3, 2, List.of())).build(one);
        var shown = timeline.entries().stream().flatMap(e -> e.sentences().stream())
                .filter(s -> s.citations().get(0).sentence().equals(said)).toList();
        assertThat(shown).singleElement().satisfies(s -> assertThat(s.text()).isEqualTo(said + "\""));
    }

    @Test
    void anEntryDropsAConnectiveWhoseSentenceIsNotShownBeforeIt() {
        String however = "However, engineers inspected the stone bridge at Pulford on Tuesday.";
        List<Article> one = List.of(article("c1", "Courier", MON.plusDays(1), "The river Arun rose past the flood"
                + " mark at Pulford on Monday. " + however));
        Timeline timeline = new TimelineBuilder(new TimelineOptions(3, 2, List.of())).build(one);
        var shown = timeline.entries().stream().flatMap(e -> e.sentences().stream())
                .filter(s -> s.citations().get(0).sentence().equals(however)).toList();
        assertThat(shown).singleElement()
                .satisfies(s -> assertThat(s.text()).isEqualTo("Engineers inspected the stone bridge at Pulford on Tuesday."));
    }

    @Test
    void anUndatedLeadIsACandidateOfItsArticlesDayOnly() {
        LocalDate day = LocalDate.of(2024, 5, 10);
        Article commentary = article("c1", "Courier", day,
                "The flooded town of Pulford is still without clean drinking water for its families. "
                        + "Volunteers are handing out bottled water from the village hall every morning.");
        Article report = article("r1", "Gazette", day,
                "Army engineers opened a temporary bridge across the river at Pulford for the families. "
                        + "Lorries carried bottled water into the town over the new bridge.");
        io.storyline.analyze.StoryAnalysis story = io.storyline.analyze.StoryAnalysis.of(List.of(commentary, report));
        ReaderComments comments = ReaderComments.of(story);
        SentenceDating dating = SentenceDating.of(story, new io.storyline.analyze.time.TimeExpressions(), comments);
        var candidates = TimelineBuilder.candidates(story, dating, comments);
        assertThat(candidates.keySet()).containsExactly(day);
        assertThat(candidates.get(day)).hasSize(4);
    }
}
