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

    @Test
    void theSearchNearCandidatesFindsWhatFindFinds() {
        // every match holds a "day" at most six letters from its start, as a weekday does; \b must see the text before
        java.util.regex.Pattern weekday = java.util.regex.Pattern.compile("\\b(Monday|Wednesday|day)\\b");
        String text = "Today, on Wednesday and someday Monday; xMonday day. Wednesday";
        for (int from = 0; from <= text.length(); from++) {
            java.util.regex.Matcher expected = weekday.matcher(text);
            java.util.regex.Matcher near = weekday.matcher(text);
            boolean found = expected.find(from);
            assertThat(NearCandidates.find(near, text, from, at -> text.indexOf("day", at), day -> day - 6))
                    .as("from %d", from).isEqualTo(found);
            if (found) {
                assertThat(near.start()).as("from %d", from).isEqualTo(expected.start());
                assertThat(near.group()).isEqualTo(expected.group());
            }
        }
    }

    @Test
    void aTailHoldsEveryCharacterAnExpressionEndingThereCanMatch() {
        // the range "10 to" before a number, and one character that cannot be part of it
        assertThat(TextScan.tail("they said 10 to 12", 16, "0123456789to")).isEqualTo("d 10 to ");
        assertThat(TextScan.tail("10 to 12", 6, "0123456789to")).isEqualTo("10 to ");
        // an expression opening with ^ cannot match at the cut: the character before the run stays
        assertThat(TextScan.tail("(by 10 p.m.", 4, "by")).isEqualTo("(by ");
        assertThat(TextScan.startsWithAnyCase("a THIRD one", 2, "third")).isTrue();
        assertThat(TextScan.startsWithAnyCase("a thirst", 2, "third")).isFalse();
    }

    @Test
    void theNextNumberIsAFigureOrANumberWordStandingWhole() {
        String text = "Someone phoned; twenty-five came at 9, not seventeenth";
        assertThat(NumberWords.nextNumber(text, 0)).isEqualTo(text.indexOf("twenty"));
        assertThat(NumberWords.nextNumber(text, text.indexOf("twenty") + 1)).isEqualTo(text.indexOf("five"));
        assertThat(NumberWords.nextNumber(text, text.indexOf("five") + 1)).isEqualTo(text.indexOf('9'));
        assertThat(NumberWords.nextNumber(text, text.indexOf('9') + 1)).isEqualTo(-1);
    }

    @Test
    void aWholeArticlesSlotsAreEachSentencesSlotsTogether() {
        // near copies compare whole articles: the slots read in one long text are those read sentence by sentence
        String[] sentences = {"Three of the five miners were freed on Tuesday at 10 a.m., police said.",
            "The vote was 7 to 2 on March 19.", "Smith, 44, and Jones, 31, are accused.",
            "Two people died outside the centre and then a third.", "About 1,000 people, 10 to 12 of them hurt, fled."};
        List<Quantity> quantities = new java.util.ArrayList<>();
        List<TimeOfDay> times = new java.util.ArrayList<>();
        java.util.Set<String> dates = new java.util.LinkedHashSet<>();
        java.util.Set<String> weekdays = new java.util.LinkedHashSet<>();
        for (String sentence : sentences) {
            Slots slots = Slots.of(sentence);
            quantities.addAll(slots.quantities());
            times.addAll(slots.times());
            dates.addAll(slots.dates());
            weekdays.addAll(slots.weekdays());
        }
        StringBuilder article = new StringBuilder();
        for (int copy = 0; copy < 40; copy++) {
            article.append(" ".repeat(copy)).append("Nothing was counted here at all. ");
        }
        Slots whole = Slots.of(article + String.join(" ", sentences));
        assertThat(whole.quantities()).containsExactlyInAnyOrderElementsOf(quantities); // ages are read last
        assertThat(whole.times()).isEqualTo(times);
        assertThat(whole.dates()).isEqualTo(dates);
        assertThat(whole.weekdays()).isEqualTo(weekdays);
    }
}
