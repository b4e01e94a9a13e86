package io.storyline.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.analyze.time.TimeExpressions;
import io.storyline.model.Article;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The quick tests that spare sentences the long expressions, and the caches added for speed, give the
 * answers the full work gives: a quick test may only say "cannot match" when the expression cannot.
 */
class QuickTestsTest {

    @Test
    void numberWordsAreFoundWholeInAnyCaseAndFiguresAnywhere() {
        assertThat(NumberWords.mayHoldNumber("Twenty-five firefighters came")).isTrue();
        assertThat(NumberWords.mayHoldNumber("a DOZEN people")).isTrue();
        assertThat(NumberWords.mayHoldNumber("flight 990 landed")).isTrue();
        assertThat(NumberWords.mayHoldNumber("often someone phoned the tension office")).isFalse();
        assertThat(NumberWords.mayHoldNumber("")).isFalse();
        assertThat(NumberWords.hasDigit("no figures here")).isFalse();
        assertThat(NumberWords.hasDigit("since 1998")).isTrue();
    }

    @Test
    void sentencesWithoutFiguresOrNumberWordsHaveNoQuantities() {
        assertThat(Quantity.in("Someone often phoned the office in tension.")).isEmpty();
        assertThat(Quantity.in("Two dozen people were hurt.")).extracting(Quantity::value).containsExactly(24.0);
    }

    @Test
    void aLabelCountsOnlyAsAWholeWordBeforeTheNumber() {
        // "grade 7 pupils": a label; "upgrade 7 pupils" holds the letters of one inside a word, and counts
        assertThat(Quantity.in("The grade 7 pupils left.")).isEmpty();
        assertThat(Quantity.in("They will upgrade 7 pupils.")).extracting(Quantity::value).containsExactly(7.0);
        assertThat(Quantity.in("Flight     990 landed with 200 passengers.")).extracting(Quantity::value)
                .containsExactly(200.0);
    }

    @Test
    void clockTimesNeedAFigureAndNamedHoursTheirWord() {
        assertThat(Slots.of("It happened at MIDNIGHT on Tuesday.").times()).hasSize(1);
        assertThat(Slots.of("It happened at 11:40 p.m. on Tuesday.").times()).hasSize(1);
        assertThat(Slots.of("It happened late on Tuesday.").times()).isEmpty();
        assertThat(Slots.of("It happened late on Tuesday.").weekdays()).containsExactly("Tuesday");
        assertThat(Slots.of("The firm DIDN'T pay.").negated()).isTrue();
        assertThat(Slots.of("The northern firm paid.").negated()).isFalse();
    }

    @Test
    void timeExpressionsOfAllCapsTextAreStillFound() {
        TimeExpressions resolver = new TimeExpressions();
        LocalDate published = LocalDate.of(2011, 3, 21);
        assertThat(resolver.resolve("the talks resumed at once", published)).isEmpty();
        assertThat(resolver.resolve("THE TALKS RESUMED YESTERDAY.", published)).hasSize(1);
        // the second sweep finds each expression where the first found it: both dates, in order
        assertThat(resolver.resolve("Talks on March 3 failed, and on March 10 resumed.", published))
                .extracting(r -> r.date().getDayOfMonth()).containsExactly(3, 10);
    }

    @Test
    void stemsAreTheSameWhenRemembered() {
        PorterStemmer stemmer = new PorterStemmer();
        String first = stemmer.stem("generalizations");
        assertThat(stemmer.stem("generalizations")).isEqualTo(first).isEqualTo("gener");
        assertThat(new PorterStemmer().stem("generalizations")).isEqualTo("gener");
    }

    @Test
    void sharedStemsCountsTermsBothSentencesHold() {
        StoryAnalysis story = StoryAnalysis.of(List.of(
                new Article("a", "Outlet A", null, null, LocalDate.of(2011, 3, 21),
                        "Rescuers pulled three miners from the collapsed shaft on Monday.", "a"),
                new Article("b", "Outlet B", null, null, LocalDate.of(2011, 3, 21),
                        "Three miners were pulled from the shaft by rescuers.", "b")));
        AnalyzedSentence a = story.sentences().get(0);
        AnalyzedSentence b = story.sentences().get(1);
        assertThat(Facts.sharedStems(a, b)).isEqualTo(Facts.sharedStems(b, a)).isEqualTo(5);
    }

    @Test
    void factsOverAnotherGraphAnswerAsFactsBuiltAfresh() {
        StoryAnalysis story = StoryAnalysis.of(List.of(
                new Article("a", "Outlet A", null, null, LocalDate.of(2011, 3, 21),
                        "Rescuers pulled three miners from the collapsed shaft on Monday.", "a"),
                new Article("b", "Outlet B", null, null, LocalDate.of(2011, 3, 21),
                        "Rescuers pulled five miners from the collapsed shaft on Monday.", "b")));
        SimilarityGraph whole = SimilarityGraph.of(story, SimilarityGraph.FLOOR);
        SimilarityGraph around = SimilarityGraph.around(story, SimilarityGraph.FLOOR, java.util.Set.of(0));
        Facts first = Facts.of(story, SimilarityGraph.around(story, SimilarityGraph.FLOOR, java.util.Set.of()));
        AnalyzedSentence a = story.sentences().get(0);
        AnalyzedSentence b = story.sentences().get(1);
        first.relation(a, b);
        assertThat(first.over(around).relation(a, b)).isEqualTo(Facts.of(story, whole).relation(a, b))
                .isEqualTo(Facts.Relation.DISPUTED);
        assertThat(around.weights(0)).containsExactly(whole.weights(0));
    }
}
