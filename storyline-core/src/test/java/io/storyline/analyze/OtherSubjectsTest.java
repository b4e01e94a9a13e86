package io.storyline.analyze;

import io.storyline.model.Article;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Two values of two named things are no disagreement; the same thing told by two tellers still is. */
class OtherSubjectsTest {

    private static final List<SlotDifference> METRES = List.of(new SlotDifference("number", "length", "9 metres", "12 metres"));
    private static final List<SlotDifference> TOLL = List.of(new SlotDifference("number", "people", "three", "five"));

    @Test
    void aNamedPlaceReplacingAnotherThingIsAnotherSubject() {
        assertThat(OtherSubjects.differ("A drone survey of the caravan park found fresh fissures 9 metres from the edge.",
                "A drone survey of Mill Cove found fresh fissures 12 metres from the edge.", METRES)).isTrue();
        assertThat(OtherSubjects.differ("The quake killed three people in Padang.",
                "The quake killed five people in Bukittinggi.", TOLL)).isTrue();
    }

    @Test
    void theTellerTheDatelineAndTheDisputedValueAreNotSubjects() {
        assertThat(OtherSubjects.differ("Three workers were killed in the fire at the Eastport terminal, police said.",
                "Five workers were killed in the fire at the Eastport terminal, Reuters reported.",
                List.of(new SlotDifference("number", "worker", "Three workers", "Five workers")))).isFalse();
        assertThat(OtherSubjects.differ("KELLAN (Reuters) - Three workers were killed in the fire.",
                "LONDON (AP) - Five workers were killed in the fire.",
                List.of(new SlotDifference("number", "worker", "Three workers", "Five workers")))).isFalse();
        assertThat(OtherSubjects.differ("Prime Minister John Key said the border would close on Tuesday.",
                "Prime Minister Helen Clark said the border would close on Tuesday.",
                List.of(new SlotDifference("role", "prime minister", "John Key", "Helen Clark")))).isFalse();
        assertThat(OtherSubjects.differ("The plant in Oakdale closed on Tuesday night.", "The plant in Oakdale closed on Wednesday night.",
                List.of(new SlotDifference("day", "day", "Tuesday", "Wednesday")))).isFalse();
    }

    @Test
    void otherEntriesOfALongListAreNotWhatTheFigureCounts() {
        assertThat(OtherSubjects.differ("US: one death, at least 109 confirmed cases New Zealand: 3 confirmed, 13 probable "
                        + "cases The Netherlands, Switzerland, Austria: 1 confirmed case each Peru case now unconfirmed by "
                        + "the national government",
                "US: one death, at least 109 confirmed cases New Zealand: 4 confirmed, 12 probable cases Israel, Costa "
                        + "Rica: 2 confirmed cases each The Netherlands, Switzerland, Austria, Denmark: 1 confirmed case each",
                List.of(new SlotDifference("number", "confirmed", "3 confirmed", "4 confirmed")))).isFalse();
    }

    @Test
    void aMoreSpecificReportIsStillTheSameThing() {
        assertThat(OtherSubjects.differ("Fresh fissures were found 9 metres from the edge.",
                "Fresh fissures were found 12 metres from the edge at Mill Cove.", METRES)).isFalse();
    }

    @Test
    void factsOfTwoNamedPlacesAreNeitherOneFactNorAConflict() {
        StoryAnalysis story = StoryAnalysis.of(List.of(
                article("a", "Kellan Courier", "A landslide buried the coast road on Tuesday night. "
                        + "A drone survey of the caravan park found fresh fissures 9 metres from the edge."),
                article("b", "Coast Record", "A landslide buried the coast road on Tuesday night. "
                        + "A drone survey of Mill Cove found fresh fissures 12 metres from the edge."),
                article("c", "Harbour Herald", "A landslide buried the coast road on Tuesday night. "
                        + "A drone survey of the caravan park found fresh fissures 14 metres from the edge.")));
        Facts facts = Facts.of(story, SimilarityGraph.of(story, SimilarityGraph.FLOOR));
        AnalyzedSentence caravan = story.sentencesOf(0).get(1);
        assertThat(facts.relation(caravan, story.sentencesOf(1).get(1))).isEqualTo(Facts.Relation.OTHER);
        assertThat(facts.relation(caravan, story.sentencesOf(2).get(1))).as("one place, two lengths")
                .isEqualTo(Facts.Relation.DISPUTED);
    }

    private static Article article(String id, String outlet, String text) {
        return new Article(id, outlet, null, null, LocalDate.of(2026, 3, 5), text, id + ".txt");
    }

    @Test
    void aNameBothSentencesWriteIsTheSameThingPutElsewhere() {
        List<SlotDifference> fee = List.of(new SlotDifference("number", "amount (euro)", "90,000 euros", "1.4 million euros"));
        assertThat(OtherSubjects.differ("Brightway's lease with the port is worth 90,000 euros a year.",
                "The operator, Brightway, holds a lease worth 1.4 million euros a year with the port.", fee)).isFalse();
        // another name beside the figure still makes two things
        assertThat(OtherSubjects.differ("The port said the lease Brightway holds is worth 90,000 euros a year.",
                "The port said the lease Sealine holds is worth 1.4 million euros a year.", fee)).isTrue();
    }
}
