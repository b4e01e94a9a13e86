package io.storyline.analyze.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the hand-written cases of {@code time-expressions.txt} (format at its top), prints the
 * accuracy and every miss, and holds the resolver to a floor. Run alone with
 * {@code mvn -q -B -o -pl storyline-core test -Dtest=TimeExpressionsTest}.
 */
class TimeExpressionsTest {

    record Case(int line, LocalDate published, String sentence, String expected) {
    }

    private static List<Case> cases;
    private final TimeExpressions resolver = new TimeExpressions();

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = TimeExpressionsTest.class.getResourceAsStream("time-expressions.txt")) {
            assertThat(in).isNotNull();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r?\n");
            cases = new ArrayList<>();
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].strip();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] fields = line.split("\\s*\\|\\s*");
                assertThat(fields).as("line %d", i + 1).hasSize(3);
                cases.add(new Case(i + 1, LocalDate.parse(fields[0]), fields[1], fields[2]));
            }
        }
    }

    private String resolved(Case c) {
        List<TimeReference> found = resolver.resolve(c.sentence(), c.published());
        if (found.isEmpty()) {
            return "-";
        }
        return found.stream().map(r -> (r.quoted() ? "q:" : "") + r.value()).collect(Collectors.joining(" "));
    }

    @Test
    void resolvesTheHandWrittenCases() {
        int right = 0;
        List<String> misses = new ArrayList<>();
        for (Case c : cases) {
            String got = resolved(c);
            if (got.equals(c.expected())) {
                right++;
            } else {
                misses.add("  line " + c.line() + ": " + c.sentence() + " expected " + c.expected() + ", got " + got);
            }
        }
        System.out.printf("time expressions: %d/%d cases right (%.1f%%)%n", right, cases.size(),
                100.0 * right / cases.size());
        misses.forEach(System.out::println);
        assertThat(cases).hasSizeGreaterThanOrEqualTo(80);
        assertThat((double) right / cases.size()).as("accuracy; misses:%n%s", String.join("\n", misses))
                .isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void thursdayInAFridayArticleIsTheDayBefore() {
        List<TimeReference> found = resolver.resolve("The minister resigned on Thursday.", LocalDate.of(2011, 4, 1));
        assertThat(found).singleElement().satisfies(r -> {
            assertThat(r.date()).isEqualTo(LocalDate.of(2011, 3, 31));
            assertThat(r.granularity()).isEqualTo(Granularity.DAY);
            assertThat(r.text()).isEqualTo("Thursday");
            assertThat(r.quoted()).isFalse();
        });
    }

    @Test
    void aPlanInThePastTenseStillLooksAhead() {
        LocalDate thursday = LocalDate.of(2011, 3, 31);
        assertThat(resolver.resolve("The mayor planned to visit the flooded quay again on Friday.", thursday))
                .extracting(TimeReference::date).containsExactly(LocalDate.of(2011, 4, 1));
        assertThat(resolver.resolve("The mayor visited the flooded quay on Friday.", thursday))
                .extracting(TimeReference::date).containsExactly(LocalDate.of(2011, 3, 25));
    }

    @Test
    void aWeekdayInADaysNameIsNoWeekday() {
        LocalDate published = LocalDate.of(2011, 4, 1);
        assertThat(resolver.resolve("On Black Friday, shoppers queued outside the harbour stores.", published))
                .isEmpty();
        assertThat(resolver.resolve("The vote was held on Super Tuesday.", published)).isEmpty();
        assertThat(resolver.resolve("The black Friday sale ended on Thursday.", published))
                .extracting(TimeReference::text).containsExactly("Friday", "Thursday");
    }

    @Test
    void offsetsPointAtTheExpression() {
        String sentence = "Prices rose last month and will rise next year.";
        List<TimeReference> found = resolver.resolve(sentence, LocalDate.of(2011, 4, 1));
        assertThat(found).extracting(r -> sentence.substring(r.start(), r.end()))
                .containsExactly("last month", "next year");
        assertThat(found).extracting(TimeReference::granularity).containsExactly(Granularity.MONTH, Granularity.YEAR);
    }

    @Test
    void impossibleDatesAndEmptyInputGiveNothing() {
        LocalDate published = LocalDate.of(2011, 4, 1);
        assertThat(resolver.resolve("The file was dated 2011-13-45.", published)).isEmpty();
        assertThat(resolver.resolve("It happened on February 30.", published)).isEmpty();
        assertThat(resolver.resolve("", published)).isEmpty();
        assertThat(resolver.resolve("The minister resigned on Thursday.", null)).isEmpty();
    }

    private List<LocalDate> days(String sentence, LocalDate published) {
        return resolver.resolve(sentence, published).stream().map(TimeReference::date).toList();
    }

    @Test
    void aComingWeekdayIsReadForwardWhateverStandsBetweenItAndItsFutureVerb() {
        LocalDate monday = LocalDate.of(2011, 2, 7);
        assertThat(days("The chairman and two other directors of the airline will meet the transport minister at "
                + "his office on Wednesday ready to offer refunds.", monday)).containsExactly(LocalDate.of(2011, 2, 9));
        assertThat(days("On Wednesday, the chairman and the chief executive, Ann Smith, will meet the minister.", monday))
                .as("a fronted day takes the tense of the main verb").containsExactly(LocalDate.of(2011, 2, 9));
        LocalDate friday = LocalDate.of(2011, 4, 1);
        assertThat(days("The fate of the merger could be decided at a board meeting on Sunday or Monday.", friday))
                .containsExactly(LocalDate.of(2011, 4, 3), LocalDate.of(2011, 4, 4));
    }

    @Test
    void aModalOfObligationOrAClauseOfTimeInThePresentReadsItsWeekdayForward() {
        LocalDate sunday = LocalDate.of(2011, 2, 13);
        LocalDate wednesday = LocalDate.of(2011, 2, 16);
        assertThat(days("By Wednesday, divers should finish sealing the hull, the harbour master said.", sunday))
                .as("a fronted day before 'should'").containsExactly(wednesday);
        assertThat(days("On Wednesday, the council must decide whether the quay reopens.", sunday))
                .containsExactly(wednesday);
        LocalDate saturday = LocalDate.of(2011, 2, 19);
        LocalDate thursday = LocalDate.of(2011, 2, 17);
        assertThat(days("When the mayors of the coast meet on Saturday, they must agree on one plan for the harbour.",
                thursday)).as("a clause of time in the present, its main clause looking ahead").containsExactly(saturday);
        assertThat(days("When the mayors of the coast met on Saturday, they agreed on one plan for the harbour.",
                thursday)).as("in the past").containsExactly(LocalDate.of(2011, 2, 12));
        assertThat(days("When the mayors of the coast meet on Saturday, the talks collapsed within an hour.",
                thursday)).as("a main clause in the past keeps the day back").containsExactly(LocalDate.of(2011, 2, 12));
        assertThat(days("On Wednesday, the divers should have sealed the hull.", sunday))
                .as("'should have' looks back").containsExactly(LocalDate.of(2011, 2, 9));
        assertThat(days("The union said the dismissals on Wednesday must be investigated.", sunday))
                .as("a modal at a distance, after a past verb, governs no fronted day")
                .containsExactly(LocalDate.of(2011, 2, 9));
    }

    @Test
    void aPlanOrAWaitForWhatIsToComeReadsItsWeekdayForward() {
        LocalDate monday = LocalDate.of(2011, 2, 7);
        LocalDate tuesday = LocalDate.of(2011, 2, 8);
        assertThat(days("The port city braced for a march of thousands in protests Tuesday as the governor tried "
                + "to close the roads.", monday)).containsExactly(tuesday);
        assertThat(days("The ferry company says it plans to tow the wreck and its cargo into the harbour on Tuesday.",
                monday)).containsExactly(tuesday);
        assertThat(days("Shopkeepers are preparing for the parade on Tuesday with flags.", monday))
                .containsExactly(tuesday);
        LocalDate friday = LocalDate.of(2011, 2, 11);
        assertThat(days("High winds were in the forecast through Sunday and could push the slick ashore.", friday))
                .as("a forecast looks ahead").containsExactly(LocalDate.of(2011, 2, 13));
        assertThat(days("The town braced for the storm that hit the coast on Tuesday.", monday))
                .as("a verb in the past governs the day").containsExactly(LocalDate.of(2011, 2, 1));
        assertThat(days("The company planned a sale, and its shares fell on Tuesday.", monday))
                .as("a plan without 'to' is no plan for the day").containsExactly(LocalDate.of(2011, 2, 1));
    }

    @Test
    void aPastVerbOrARelativeClauseKeepsTheWeekdayInThePast() {
        LocalDate thursday = LocalDate.of(2011, 3, 31);
        assertThat(days("On Tuesday his sisters, who will sing at the gala, defended the decision to hold it.", thursday))
                .containsExactly(LocalDate.of(2011, 3, 29));
        assertThat(days("The mayor said the ferry will run again, as he told the harbour board on Tuesday.", thursday))
                .containsExactly(LocalDate.of(2011, 3, 29));
        assertThat(days("As expected, the bank cut its rates at the end of a long meeting on Tuesday.", thursday))
                .as("'expected' far off is a participle, not a future").containsExactly(LocalDate.of(2011, 3, 29));
    }

    @Test
    void aDayStillToComeWhenSomeoneSpokeIsReadForward() {
        LocalDate friday = LocalDate.of(2011, 3, 18);
        assertThat(days("The harbour master said the ferry line would reopen on Wednesday after repairs.", friday))
                .as("a reported 'would'").containsExactly(LocalDate.of(2011, 3, 23));
        assertThat(days("The council announced that the quay would be closed to traffic on Monday.", friday))
                .containsExactly(LocalDate.of(2011, 3, 21));
        assertThat(days("The harbour master says the new pier would be in place Tuesday.", friday))
                .containsExactly(LocalDate.of(2011, 3, 22));
        assertThat(days("The mayor said the divers would resume the search later on Friday.", friday))
                .as("the article's own weekday is its own day, not a week on").containsExactly(friday);
        assertThat(days("A spokesman for the ferry company would not comment on Wednesday.", friday))
                .as("a refusal keeps its day back").containsExactly(LocalDate.of(2011, 3, 16));
        assertThat(days("The mayor said the harbour would have reopened on Wednesday without the storm.", friday))
                .as("the conditional perfect looks back").containsExactly(LocalDate.of(2011, 3, 16));
        assertThat(days("The mayor said the ferry would carry the cars that were damaged on Wednesday.", friday))
                .as("a past verb after 'would' governs the day").containsExactly(LocalDate.of(2011, 3, 16));
    }

    @Test
    void asSoonAsADayLooksForward() {
        LocalDate thursday = LocalDate.of(2011, 3, 17);
        assertThat(days("Officials in the port say the strike could come as soon as Friday and could close the quay.",
                thursday)).containsExactly(LocalDate.of(2011, 3, 18));
        assertThat(days("Forecasters said the slick may reach the beaches as soon as Monday.", thursday))
                .containsExactly(LocalDate.of(2011, 3, 21));
        assertThat(days("The slick reached the beaches on Monday.", thursday))
                .containsExactly(LocalDate.of(2011, 3, 14));
    }
}
