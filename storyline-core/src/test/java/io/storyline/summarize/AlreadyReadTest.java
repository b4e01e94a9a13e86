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
        AlreadyRead read = AlreadyRead.of(EARLIER, FRESH);
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
        ConceptWeights update = plain.discounted(AlreadyRead.of(EARLIER, FRESH), story);
        long strike = concept(story, "harbour strike");
        long timetable = concept(story, "ferri timet");
        assertThat(plain.weight(strike)).isEqualTo(plain.weight(timetable));
        assertThat(update.weight(timetable)).isGreaterThan(update.weight(strike));
        assertThat(update.weight(strike)).isCloseTo(plain.weight(strike) * (1 - AlreadyRead.NOVELTY_DISCOUNT),
                within(1e-9));
    }

    private static AnalyzedSentence sentence(StoryAnalysis story, String start) {
        return story.sentences().stream().filter(s -> s.text().startsWith(start)).findFirst().orElseThrow();
    }

    private static final List<Article> READ = List.of(
            article("r1", "Police arrested the former interior minister Ali Demir in Ankara on Tuesday. "
                    + "Five workers were killed in the blast at the Tarvo chemical plant. "
                    + "A 21-year-old roofer pleaded guilty to kidnapping and murder and was sentenced to serve two "
                    + "consecutive life sentences."),
            article("r2", "The Tarvo plant had been inspected in March."));

    private static final List<Article> NEW = List.of(
            article("u1", "Former interior minister Ali Demir was detained by police in Ankara on Tuesday, officials said. "
                    + "Twelve workers were killed in the blast at the Tarvo chemical plant, officials said. "
                    + "Prosecutors opened an inquiry into the plant's owners. "
                    + "Under the agreement, McKinney will serve two consecutive life sentences for kidnapping and murder."));

    @Test
    void aNewSentenceThatSaysAnEarlierFactInOtherWordsWasReadANewValueOrANewFactWasNot() {
        StoryAnalysis story = StoryAnalysis.of(NEW);
        AnalyzedSentence reworded = sentence(story, "Former interior minister");
        AnalyzedSentence newToll = sentence(story, "Twelve workers");
        AnalyzedSentence inquiry = sentence(story, "Prosecutors");
        // by words alone the rewording is news: fewer than REPEAT_OVERLAP of its words are in one earlier sentence
        AlreadyRead byWords = AlreadyRead.of(READ, NEW, AlreadyRead.NOVELTY_DISCOUNT, AlreadyRead.REPEAT_OVERLAP,
                AlreadyRead.SaidBefore.NONE);
        assertThat(byWords.repeats(reworded, story)).isFalse();
        for (AlreadyRead.SaidBefore how : List.of(AlreadyRead.SaidBefore.CITED, AlreadyRead.SaidBefore.CITED_NAMED,
                AlreadyRead.SaidBefore.SAME_FACT)) {
            AlreadyRead byFact = AlreadyRead.of(READ, NEW, AlreadyRead.NOVELTY_DISCOUNT, AlreadyRead.REPEAT_OVERLAP, how);
            assertThat(byFact.repeats(reworded, story)).as(how.name()).isTrue();
            // one event with another value is a change the reader has not read; another fact is news
            assertThat(byFact.repeats(newToll, story)).as(how.name()).isFalse();
            assertThat(byFact.repeats(inquiry, story)).as(how.name()).isFalse();
        }
    }

    @Test
    void aSentenceThatNamesSomeoneTheEarlierReportDoesNotNameWasNotRead() {
        StoryAnalysis story = StoryAnalysis.of(NEW);
        AnalyzedSentence other = sentence(story, "Under the agreement");
        // one fact by its words and backed by them, but of a defendant the earlier report does not name
        assertThat(AlreadyRead.of(READ, NEW, AlreadyRead.NOVELTY_DISCOUNT, AlreadyRead.REPEAT_OVERLAP,
                AlreadyRead.SaidBefore.CITED).repeats(other, story)).isTrue();
        assertThat(AlreadyRead.of(READ, NEW, AlreadyRead.NOVELTY_DISCOUNT, AlreadyRead.REPEAT_OVERLAP,
                AlreadyRead.SaidBefore.CITED_NAMED).repeats(other, story)).isFalse();
    }

    @Test
    void nothingWasReadBeforeAnUpdateWithNoEarlierArticles() {
        StoryAnalysis story = StoryAnalysis.of(NEW);
        AlreadyRead read = AlreadyRead.of(List.of(), NEW);
        assertThat(story.sentences()).noneMatch(s -> read.repeats(s, story));
    }

    /** A wire story read before, then a statement that repeats its crew count and adds an inspection. */
    private static final List<Article> WIRE = List.of(article("w1",
            "Three crew members of the Kestrel were hurt in the collision with the pier. The pier was closed."));
    private static final List<Article> STATEMENT = List.of(article("s1",
            "Greyhaven said three crew members of the Kestrel were hurt in the collision with the pier and that the"
                    + " ship had passed its last safety inspection in November. Divers will examine the pier on Friday."));

    @Test
    void aSentenceJoiningAReadClauseToANewOneCountsForTheNewOneOnly() {
        StoryAnalysis story = StoryAnalysis.of(STATEMENT);
        AnalyzedSentence fused = sentence(story, "Greyhaven said");
        AlreadyRead read = AlreadyRead.of(WIRE, STATEMENT, AlreadyRead.NOVELTY_DISCOUNT, AlreadyRead.REPEAT_OVERLAP,
                AlreadyRead.SaidBefore.NONE, true);

        assertThat(read.repeats(fused, story)).isFalse();  // the sentence as a whole is news
        boolean[] readWords = read.readClauses(fused, story);
        List<String> words = io.storyline.analyze.Tokens.matchWords(fused.text());
        assertThat(readWords).isNotNull();
        for (int w = 0; w < words.size(); w++) {
            assertThat(readWords[w]).as(words.get(w)).isEqualTo(w < words.indexOf("and"));
        }
        // its concepts are the new clause's only: the crew's are left out, the inspection's counted
        List<String> concepts = ConceptWeights.concepts(fused, readWords).stream()
                .map(c -> ConceptWeights.spelled(c, story)).toList();
        assertThat(concepts).contains("w:inspect", "safeti inspect").doesNotContain("w:crew", "crew member");

        AlreadyRead whole = AlreadyRead.of(WIRE, STATEMENT, AlreadyRead.NOVELTY_DISCOUNT, AlreadyRead.REPEAT_OVERLAP,
                AlreadyRead.SaidBefore.NONE, false);
        assertThat(whole.readClauses(fused, story)).isNull();
        assertThat(read.readClauses(sentence(story, "Divers"), story)).isNull();
    }
}
