package io.storyline.cluster;

import io.storyline.model.Article;
import io.storyline.model.Story;
import io.storyline.model.Storyline;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Events linked into storylines: one continuing subject over weeks, time gaps, undated and stray dates. */
class StorylinesTest {

    private static final LocalDate DAY = LocalDate.of(2024, 3, 4);

    private static Article article(String id, LocalDate date, String title, String text) {
        return new Article(id, "Herald", null, title, date, text, id);
    }

    /** A flood in Kelby, its inquiry three weeks later, and an unrelated ferry strike. */
    private static List<Article> desk() {
        List<Article> articles = new ArrayList<>();
        articles.add(article("flood1", DAY, "Kelby flood forces hundreds from homes",
                "The river Wend burst its banks at Kelby on Monday. Mayor Ada Quist opened the Kelby school hall "
                        + "to families and said the Wend flood was the worst in forty years."));
        articles.add(article("flood2", DAY.plusDays(1), "Kelby counts the cost of the Wend flood",
                "Volunteers in Kelby cleared mud from homes as the river Wend fell. Mayor Ada Quist said the "
                        + "flood had damaged three hundred houses in Kelby."));
        articles.add(article("inquiry1", DAY.plusDays(24), "Inquiry into Kelby flood defences opens",
                "An inquiry into the Wend flood at Kelby opened on Tuesday. Mayor Ada Quist told the inquiry the "
                        + "Kelby flood defences on the river Wend had not been repaired since 2009."));
        articles.add(article("inquiry2", DAY.plusDays(25), "Quist blames budget cuts for Kelby flood defences",
                "Mayor Ada Quist told the Wend flood inquiry that budget cuts left the Kelby flood walls unrepaired. "
                        + "The inquiry into the Kelby flood will report in June."));
        articles.add(article("ferry1", DAY.plusDays(2), "Ferry crews strike at Brannock",
                "Ferry crews at Brannock walked out over wages on Wednesday. Calloway Lines called the Brannock "
                        + "ferry strike unlawful and cancelled every crossing."));
        articles.add(article("ferry2", DAY.plusDays(3), "Brannock ferry strike enters second day",
                "No ferries left Brannock on Thursday as the strike by Calloway Lines crews went on. The union said "
                        + "Calloway Lines had refused to talk about wages."));
        return articles;
    }

    private static String lineOf(Clustering clustering, String article) {
        return clustering.storylineOfArticle().get(article);
    }

    @Test
    void eventsOfOneSubjectWeeksApartAreOneStorylineAndOtherSubjectsAnother() {
        Clustering clustering = new StoryClusterer().cluster(desk());
        Map<String, String> eventOf = clustering.storyOfArticle();
        assertThat(eventOf.get("flood1")).isEqualTo(eventOf.get("flood2")).isNotEqualTo(eventOf.get("inquiry1"));
        assertThat(eventOf.get("inquiry1")).isEqualTo(eventOf.get("inquiry2"));
        assertThat(lineOf(clustering, "flood1")).isEqualTo(lineOf(clustering, "inquiry2"))
                .isNotEqualTo(lineOf(clustering, "ferry1"));
        Storyline flood = clustering.storylines().stream().filter(l -> l.id().equals(lineOf(clustering, "flood1")))
                .findFirst().orElseThrow();
        assertThat(flood.eventIds()).hasSize(2).containsExactly(eventOf.get("flood1"), eventOf.get("inquiry1"));
        assertThat(flood.first()).isEqualTo(DAY);
        assertThat(flood.last()).isEqualTo(DAY.plusDays(25));
        assertThat(flood.articles()).isEqualTo(4);
        assertThat(flood.label()).contains("Kelby").doesNotContain("Brannock");
        assertThat(clustering.storylines().stream().mapToInt(l -> l.eventIds().size()).sum())
                .isEqualTo(clustering.stories().size());
    }

    /**
     * Two uprisings told in one vocabulary (protesters, security forces, the regime) about different
     * people and places, each article an event of its own. Linking is off (threshold 0.9) and merging
     * wide open (0.01), so only the
     * names decide: with a name floor of 0.1, held to storylines of any size, each uprising's two events
     * are one storyline and the two uprisings two; with the floor off, all four merge.
     */
    @Test
    void storylinesWithDisjointNamesDoNotMergeHoweverAlikeTheirWords() {
        List<Article> articles = new ArrayList<>();
        String[][] uprisings = {{"Velmora", "Adrik Soln", "Orvath Square"}, {"Castrel", "Mirov Tal", "Denna Gate"}};
        for (int u = 0; u < 2; u++) {
            String place = uprisings[u][0];
            String leader = uprisings[u][1];
            String square = uprisings[u][2];
            articles.add(article(place + "1", DAY.plusDays(u), "Protesters fill the streets of " + place,
                    "Thousands of protesters marched on " + square + " in " + place + " demanding that President "
                            + leader + " resign. Security forces fired tear gas and the regime cut the internet."));
            articles.add(article(place + "2", DAY.plusDays(20 + u), "Security forces open fire on marchers",
                    "Security forces opened fire on marchers near " + square + " as the uprising against " + leader
                            + " entered its third week. The regime of " + leader + " blamed foreign agitators in "
                            + place + "."));
        }
        StorylineSettings namesOnly = StorylineSettings.defaults().withLinkThreshold(0.9).withMergeThreshold(0.01)
                .withNameFloor(0.1).withNameMinArticles(1);
        ClusterSettings eventEach = ClusterSettings.defaults().withJoinThreshold(0.99).withMergeThreshold(0.99);
        Clustering clustering = new StoryClusterer(eventEach, namesOnly).cluster(articles);
        assertThat(clustering.stories()).hasSize(4);
        assertThat(lineOf(clustering, "Velmora1")).isEqualTo(lineOf(clustering, "Velmora2"))
                .isNotEqualTo(lineOf(clustering, "Castrel1"));
        assertThat(lineOf(clustering, "Castrel1")).isEqualTo(lineOf(clustering, "Castrel2"));
        Clustering without = new StoryClusterer(eventEach, namesOnly.withNameFloor(0)).cluster(articles);
        assertThat(without.storylines()).hasSize(1);
    }

    @Test
    void anUndatedArticleJoinsByContentAndIsCountedAsUndated() {
        List<Article> articles = desk();
        articles.add(article("undated", null, "Kelby flood inquiry hears from Mayor Ada Quist",
                "Mayor Ada Quist told the inquiry into the Wend flood at Kelby that the flood defences on the river "
                        + "Wend were never repaired. The Kelby flood inquiry will report in June."));
        Clustering clustering = new StoryClusterer().cluster(articles);
        assertThat(lineOf(clustering, "undated")).isEqualTo(lineOf(clustering, "flood1"));
        Storyline flood = clustering.storylines().stream().filter(l -> l.id().equals(lineOf(clustering, "flood1")))
                .findFirst().orElseThrow();
        assertThat(flood.undated()).isEqualTo(1);
        assertThat(flood.last()).isEqualTo(DAY.plusDays(25));
    }

    @Test
    void anArticleDatedDecadesAwayDoesNotDragAStorylinesSpan() {
        List<Article> articles = desk();
        articles.add(article("stray", LocalDate.of(1994, 3, 5), "Kelby flood inquiry hears from Mayor Ada Quist",
                "Mayor Ada Quist told the inquiry into the Wend flood at Kelby that the flood defences on the river "
                        + "Wend were never repaired. The Kelby flood inquiry will report in June."));
        Clustering clustering = new StoryClusterer().cluster(articles);
        for (Storyline line : clustering.storylines()) {
            if (line.first() != null && line.first().getYear() < 2024) {
                assertThat(line.last().getYear()).as(line.toString()).isLessThan(2000);
            }
        }
        Storyline flood = clustering.storylines().stream().filter(l -> l.id().equals(lineOf(clustering, "flood1")))
                .findFirst().orElseThrow();
        assertThat(flood.first()).isEqualTo(DAY);
    }

    @Test
    void aSpanLeavesOutADateFarFromTheRest() {
        long day = DAY.toEpochDay();
        StorylineSpan span = StorylineSpan.of(new long[] {day, day + 3, day + 40, day + 41, day - 30 * 365});
        assertThat(span.first()).isEqualTo(DAY);
        assertThat(span.last()).isEqualTo(DAY.plusDays(41));
        assertThat(span.outsideSpan()).isEqualTo(1);
        assertThat(StorylineSpan.of(new long[0]).first()).isNull();
    }

    @Test
    void tenThousandCopiesOfOneArticleAreOneEventAndOneStoryline() {
        List<Article> copies = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            copies.add(article("copy" + i, DAY, "Kelby flood forces hundreds from homes",
                    "The river Wend burst its banks at Kelby on Monday. Mayor Ada Quist opened the Kelby school hall "
                            + "to families and said the Wend flood was the worst in forty years."));
        }
        Clustering clustering = new StoryClusterer().cluster(copies);
        assertThat(clustering.stories()).hasSize(1);
        Story event = clustering.stories().get(0);
        assertThat(event.size()).isEqualTo(10_000);
        assertThat(clustering.storylines()).hasSize(1);
        assertThat(clustering.storylines().get(0).articles()).isEqualTo(10_000);
    }

    @Test
    void aStorylineListsItsEventsInTimeOrderWhateverOrderTheyArrivedIn() {
        // a server places articles as they are posted: here the inquiry's coverage arrives before the flood's
        List<Article> desk = new ArrayList<>(desk());
        java.util.Collections.reverse(desk);
        StoryStream stream = new StoryStream(ClusterSettings.defaults());
        desk.forEach(stream::add);
        Clustering clustering = stream.finish();
        Storyline flood = clustering.storylines().stream()
                .filter(l -> l.id().equals(lineOf(clustering, "flood1"))).findFirst().orElseThrow();
        Map<String, Story> events = new java.util.HashMap<>();
        clustering.stories().forEach(story -> events.put(story.id(), story));
        assertThat(flood.eventIds()).hasSizeGreaterThanOrEqualTo(2);
        List<LocalDate> starts = flood.eventIds().stream().map(id -> events.get(id).first()).toList();
        assertThat(starts).isSorted();
        assertThat(flood.eventIds().get(0)).isEqualTo(clustering.storyOfArticle().get("flood1"));
    }
}
