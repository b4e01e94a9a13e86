package io.storyline.summarize;

import io.storyline.model.Article;
import io.storyline.model.Citation;
import io.storyline.model.Summary;
import io.storyline.model.SummarySentence;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** A fact three outlets tell in other words is shown once in a summary, cited to every one of them. */
class RewordedFactSummaryTest {

    private static Article article(String id, String outlet, String text) {
        return new Article(id, outlet, null, null, null, text, id + ".txt");
    }

    private static final List<Article> ARTICLES = List.of(
            article("times", "Harbour Times", """
                    Ferry captain Tomas Brenner was arrested in Vellby on Friday at the request of a Sandvik prosecutor.
                    The ferry sank in the northern channel last month with forty cars on board.
                    Divers are still searching the wreck for the ship's log.
                    """),
            article("post", "Coast Post", """
                    Police in Vellby detained the captain, Tomas Brenner, whom Sandvik prosecutors want to question, on Friday.
                    Insurers put the loss of the ferry and its cargo at twelve million crowns.
                    """),
            article("gazette", "Sandvik Gazette", """
                    Tomas Brenner, the captain of the sunken ferry, was taken into custody in Vellby at the Sandvik prosecutor's request.
                    The ferry line will run a smaller boat until spring.
                    """));

    static List<String> methods() {
        return Summarizers.names();
    }

    @ParameterizedTest
    @MethodSource("methods")
    void theArrestIsShownOnceWhateverTheMethod(String method) {
        Summary summary = new StorySummarizer(Summarizers.byNameOrThrow(method)).summarize(ARTICLES, Budget.words(200));
        assertThat(summary.sentences().stream().filter(RewordedFactSummaryTest::tellsOfTheArrest)).hasSizeLessThanOrEqualTo(1);
    }

    /**
     * Whichever telling the concept weights favour, the one shown is the one every outlet's report backs:
     * a wordier telling would be cited to its own outlet alone and read as one outlet's claim.
     */
    @ParameterizedTest
    @ValueSource(strings = {"coverage", "learned", Summarizers.DEFAULT})
    void theArrestIsCitedToEveryOutletThatReportsIt(String method) {
        Summary summary = new StorySummarizer(Summarizers.byNameOrThrow(method)).summarize(ARTICLES, Budget.words(200));
        SummarySentence arrest = summary.sentences().stream().filter(RewordedFactSummaryTest::tellsOfTheArrest)
                .findFirst().orElseThrow();
        Set<Integer> cited = arrest.citations().stream().map(Citation::source).collect(Collectors.toSet());
        assertThat(cited).hasSize(3);
    }

    private static boolean tellsOfTheArrest(SummarySentence s) {
        return s.text().contains("arrested") || s.text().contains("detained") || s.text().contains("custody");
    }
}
