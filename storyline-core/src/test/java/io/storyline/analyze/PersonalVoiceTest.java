package io.storyline.analyze;

import io.storyline.model.Article;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PersonalVoiceTest {

    private static final Article REPORT = new Article("report", "Valley Post", null, "Fever spreads",
            LocalDate.of(2026, 3, 2), """
            Marsh fever has spread from Orlen to four other provinces, health officials said on Monday.
            Hospitals in the capital have opened extra wards for patients with high temperatures.
            The health ministry said the outbreak began in a market in Orlen last month.
            """, "report.txt");

    /** An explainer's question: it asks whether the fever will spread, and says nothing of where it has. */
    private static final Article EXPLAINER = new Article("explainer", "Valley Post", null, "Fever questions",
            LocalDate.of(2026, 3, 4), """
            Marsh fever began in Orlen, but how did it start and has it spread from Orlen to four other provinces?
            Doctors are still studying samples taken at the market.
            """, "explainer.txt");

    /** A readers' page: a news line at the top, then readers; not every reader's line says "I". */
    private static final Article READERS = new Article("readers", "Valley Post", null, "Your views on the fever",
            LocalDate.of(2026, 3, 3), """
            Health officials say marsh fever is now found in five provinces.
            Tell us what you are doing to stay safe.
            I have stopped taking the bus to work since last week.
            My mother lives near Orlen and she is scared to go out.
            The fever has spread from Orlen to four provinces by now.
            We should close the markets until the fever is gone.
            I think the papers are making too much of it.
            """, "readers.txt");

    /** A quoted speech run over several sentences: the middle one has no marks, but is the speaker's. */
    private static final Article SPEECH = new Article("speech", "Orlen Daily", null, "Mayor speaks",
            LocalDate.of(2026, 3, 3), """
            The mayor of Orlen spoke to reporters outside the town hall on Tuesday.
            "Our hospitals are ready.
            The fever has spread from Orlen to four other provinces, and we will help them all.
            Nobody will be turned away," she said.
            """, "speech.txt");

    private final StoryAnalysis story = StoryAnalysis.of(List.of(REPORT, READERS, SPEECH, EXPLAINER));
    private final Facts facts = Facts.of(story, SimilarityGraph.of(story, SimilarityGraph.FLOOR));

    private AnalyzedSentence sentence(String opening) {
        return HarbourStory.sentence(story, opening);
    }

    @Test
    void theFirstPersonCountsOnlyOutsideQuotationMarks() {
        assertThat(PersonalVoice.firstPerson("I think the papers are making too much of it.")).isTrue();
        assertThat(PersonalVoice.firstPerson("Me and my family are staying at home.")).isTrue();
        assertThat(PersonalVoice.firstPerson("\"We are ready,\" the mayor said.")).isFalse();
        assertThat(PersonalVoice.firstPerson("Tell us what you are doing to stay safe.")).isTrue();
        // "you" is the outlet speaking to its reader; "US" is a country; "World War I" a numeral
        assertThat(PersonalVoice.firstPerson("What precautions should you take?")).isFalse();
        assertThat(PersonalVoice.firstPerson("The US has sent doctors, as it did after World War I.")).isFalse();
    }

    @Test
    void anIIsThePronounUnlessACapitalisedWordStandsJustBeforeIt() {
        assertThat(PersonalVoice.firstPerson("The report, as far as I can tell, is wrong.")).isTrue();
        assertThat(PersonalVoice.firstPerson("I")).isTrue();
        assertThat(PersonalVoice.firstPerson("It was built under King Henry I and rebuilt later.")).isFalse();
        assertThat(PersonalVoice.firstPerson("The Phase I trial ended; the results came in.")).isFalse();
        // a word holding an I is no pronoun, nor is a capital I inside a name
        assertThat(PersonalVoice.firstPerson("Iran and IBM signed in Italy.")).isFalse();
        assertThat(PersonalVoice.firstPerson("The ship, called Maria I, sank.")).isFalse();
        assertThat(PersonalVoice.firstPerson("the ship sank and I swam.")).isTrue();
    }

    @Test
    void aReadersLineAmongReadersIsInAPersonalVoiceAndTheNewsLineAboveThemIsNot() {
        var voiced = PersonalVoice.of(story);
        assertThat(voiced.get(sentence("The fever has spread from Orlen to four provinces").id())).isTrue();
        assertThat(voiced.get(sentence("Health officials say marsh fever").id())).isFalse();
        assertThat(voiced.get(sentence("Marsh fever has spread").id())).isFalse();
        assertThat(voiced.get(sentence("Hospitals in the capital").id())).isFalse();
    }

    @Test
    void aReaderOrAQuotedSpeakerIsNoSourceForTheOutletsFact() {
        AnalyzedSentence news = sentence("Marsh fever has spread from Orlen");
        // both say the fever spread from Orlen to four provinces, in a reader's and in the mayor's words
        assertThat(facts.same(news, sentence("The fever has spread from Orlen to four provinces"))).isTrue();
        assertThat(facts.reportsElsewhere(news)).isEmpty();
        assertThat(facts.reportedBy(news, sentence("The fever has spread from Orlen to four other"))).isFalse();
    }

    @Test
    void aSpeakersWordsBackTheSameSpeakersWordsElsewhere() {
        Article other = new Article("other", "Coast Wire", null, "Mayor", LocalDate.of(2026, 3, 4), """
                The mayor of Orlen spoke on Tuesday.
                "Our hospitals are ready.
                The fever has spread from Orlen to four other provinces and we will help them.
                Nobody will be turned away," she said.
                """, "other.txt");
        StoryAnalysis both = StoryAnalysis.of(List.of(SPEECH, other));
        Facts over = Facts.of(both, SimilarityGraph.of(both, SimilarityGraph.FLOOR));
        AnalyzedSentence shown = HarbourStory.sentence(both, "The fever has spread from Orlen to four other provinces, and");
        assertThat(over.reportsElsewhere(shown)).extracting(AnalyzedSentence::text)
                .containsExactly("The fever has spread from Orlen to four other provinces and we will help them.");
    }

    @Test
    void aQuestionStatesNothing() {
        assertThat(PersonalVoice.asks("Has it spread to other provinces?")).isTrue();
        assertThat(PersonalVoice.asks("\"Has it spread?\"")).isTrue();
        assertThat(PersonalVoice.asks("\"Has it spread?\" the mayor asked.")).isFalse();
        AnalyzedSentence news = sentence("Marsh fever has spread from Orlen");
        AnalyzedSentence question = sentence("Marsh fever began in Orlen, but how");
        assertThat(Backing.backs(question.text(), news.text())).isTrue(); // its words alone would back it
        assertThat(facts.reportedBy(news, question)).isFalse();
    }

    @Test
    void aSentenceInAPersonalVoiceStillBacksItsOwnWords() {
        Article copy = new Article("copy", "Other Post", null, "Views", LocalDate.of(2026, 3, 4),
                "I have stopped taking the bus to work since last week.\n", "copy.txt");
        StoryAnalysis both = StoryAnalysis.of(List.of(READERS, copy));
        Facts over = Facts.of(both, SimilarityGraph.of(both, SimilarityGraph.FLOOR));
        AnalyzedSentence shown = HarbourStory.sentence(both, "I have stopped");
        assertThat(over.reportsElsewhere(shown)).hasSize(1);
    }
}
