package io.storyline.cluster;

import io.storyline.model.Article;
import io.storyline.model.Story;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Event labels a person would write: a headline, or a lead sentence cut where a phrase ends. */
class StoryLabelTest {

    @Test
    void aShortLeadIsTheLabelWithoutItsFullStop() {
        assertThat(StoryLabel.shortened("Flood water rose through Kelby overnight."))
                .isEqualTo("Flood water rose through Kelby overnight");
    }

    @Test
    void aLongLeadIsCutAtItsLastPhraseBoundaryThatFits() {
        String lead = "Libyan Foreign Minister Moussa Koussa resigned on Thursday, the British government said, "
                + "as troops loyal to embattled leader Moammar Gadhafi continued to pummel the rebel opposition.";
        assertThat(StoryLabel.shortened(lead))
                .isEqualTo("Libyan Foreign Minister Moussa Koussa resigned on Thursday, the British government said");
        String clause = "Rescuers searched the collapsed apartment blocks of the mountain town of Orsk through the night "
                + "after a strong earthquake struck the valley.";
        assertThat(StoryLabel.shortened(clause))
                .isEqualTo("Rescuers searched the collapsed apartment blocks of the mountain town of Orsk through the night");
    }

    @Test
    void aLeadWithoutABoundaryIsCutBetweenWordsAndSaysSo() {
        String lead = "Thousands of protesters marched through the capital demanding the resignation of the prime "
                + "minister in the largest demonstration in decades";
        String label = StoryLabel.shortened(lead);
        assertThat(label).endsWith("\u2026").hasSizeLessThanOrEqualTo(StoryLabel.MAX_LEAD + 1);
        assertThat(lead).startsWith(label.substring(0, label.length() - 1));
    }

    @Test
    void untitledArticlesAreLabelledByTheMostRepresentativeLeadNotKeyWords() {
        LocalDate day = LocalDate.of(2024, 3, 4);
        List<Article> articles = List.of(
                new Article("a", "Herald", null, null, day, "By Jane Smith\n\nA strong earthquake struck Orsk on "
                        + "Monday, collapsing houses. Rescuers in Orsk dug through rubble.", "a"),
                new Article("b", "Courier", null, null, day, "Rescuers in Orsk kept digging through rubble after "
                        + "the earthquake struck Orsk. Aftershocks rattled the valley.", "b"));
        Story story = new StoryClusterer().cluster(articles).stories().get(0);
        assertThat(story.size()).isEqualTo(2);
        assertThat(story.label()).isIn("A strong earthquake struck Orsk on Monday, collapsing houses",
                "Rescuers in Orsk kept digging through rubble after the earthquake struck Orsk");
    }

    @Test
    void aPageStampAndABylineAreNotPartOfTheLead() {
        Article article = new Article("a", "Herald", null, null, null, "January 25, 2011 | By Jane Roe and Ann Poe, "
                + "HWN Demonstrators clashed with police in central Lisk on Tuesday.", "a");
        assertThat(StoryLabel.lead(article)).isEqualTo("Demonstrators clashed with police in central Lisk on Tuesday");
        Article staff = new Article("b", "Herald", null, null, null, "By the Herald Wire Staff Protesters filled "
                + "the square in Lisk for a third day.", "b");
        assertThat(StoryLabel.lead(staff)).isEqualTo("Protesters filled the square in Lisk for a third day");
    }

    @Test
    void aHeadlineIsPreferredOverALead() {
        LocalDate day = LocalDate.of(2024, 3, 4);
        List<Article> articles = List.of(
                new Article("a", "Herald", null, null, day, "A strong earthquake struck Orsk on Monday. Rescuers "
                        + "in Orsk dug through rubble.", "a"),
                new Article("b", "Courier", null, "Orsk counts the cost", day, "Rescuers in Orsk kept digging "
                        + "through rubble after the earthquake. Aftershocks rattled Orsk.", "b"));
        assertThat(new StoryClusterer().cluster(articles).stories().get(0).label()).isEqualTo("Orsk counts the cost");
    }

    @Test
    void aContactLineIsNoHeadline() {
        LocalDate day = LocalDate.of(2024, 3, 4);
        for (String contact : new String[] {"310-798-7338.)", "(800) 555-0199", "news@orsk.example", "https://orsk.example/quake"}) {
            List<Article> articles = List.of(new Article("a", "Herald", null, contact, day, "A strong earthquake struck"
                    + " Orsk on Monday. Rescuers in Orsk dug through rubble.", "a"));
            assertThat(new StoryClusterer().cluster(articles).stories().get(0).label()).as(contact)
                    .isEqualTo("A strong earthquake struck Orsk on Monday");
        }
        assertThat(StoryLabel.namesAStory("Quake hits Orsk; call 310-798-7338")).isTrue();
        assertThat(StoryLabel.namesAStory("OBITUARIES")).isTrue();
        assertThat(StoryLabel.namesAStory("Orsk, 2024-03-04")).isTrue(); // a date is no contact line
        assertThat(StoryLabel.namesAStory("+44 20 7946 0018")).isFalse();
    }
}
