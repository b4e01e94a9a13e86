package io.storyline.analyze;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@link Clauses}: a sentence cut into the clauses that each state a fact. */
class ClausesTest {

    @Test
    void aSecondReportAfterAndThatSharesTheSpeaker() {
        String sentence = "Kessel Freight, the barge's owner, said two deckhands were hurt in the crash and that the barge"
                + " had passed its last inspection in March.";
        List<Clauses.Clause> clauses = Clauses.of(sentence);

        assertThat(clauses).extracting(Clauses.Clause::text).containsExactly(
                "Kessel Freight, the barge's owner, said two deckhands were hurt in the crash",
                "that the barge had passed its last inspection in March.");
        assertThat(clauses.get(1).standAlone())
                .isEqualTo("Kessel Freight, the barge's owner, said that the barge had passed its last inspection in March.");
        assertThat(clauses.get(0).standAlone()).endsWith("in the crash.");
    }

    @Test
    void theClausesWordsAreTheSentencesWordsInOrder() {
        String sentence = "Police arrested two men on Monday; a third suspect is still at large, officials said.";
        List<Clauses.Clause> clauses = Clauses.of(sentence);
        List<String> words = Tokens.matchWords(sentence);

        assertThat(clauses).hasSize(2);
        assertThat(words.subList(clauses.get(0).from(), clauses.get(0).to()))
                .containsExactly("police", "arrested", "two", "men", "on", "monday");
        assertThat(words.subList(clauses.get(1).from(), clauses.get(1).to())).startsWith("a", "third").endsWith("said");
        assertThat(clauses.get(1).to()).isEqualTo(words.size());
        assertThat(sentence.substring(clauses.get(1).start(), clauses.get(1).end())).isEqualTo(clauses.get(1).text());
        assertThat(clauses.get(1).speaker()).isEmpty();
    }

    @Test
    void butJoinsTwoClausesAndTheWordsBetweenThemAreCounted() {
        String sentence = "The company added 1,000 jobs this year, but its profits fell sharply in the autumn.";
        List<Clauses.Clause> clauses = Clauses.of(sentence);

        assertThat(clauses).extracting(Clauses.Clause::text)
                .containsExactly("The company added 1,000 jobs this year", "its profits fell sharply in the autumn.");
        // "but" is the one word between them
        assertThat(clauses.get(1).from()).isEqualTo(clauses.get(0).to() + 1);
    }

    @Test
    void aListsLastItemOrAQuotedJointIsNoClause() {
        assertThat(Clauses.of("The minister visited Paris, London, and Rome.")).hasSize(1);
        assertThat(Clauses.of("Most of the suspected fatalities were, and still are, in the capital, Mexico City."))
                .hasSize(1);
        assertThat(Clauses.of("The outbreak led to the quarantine of a luxury hotel in Hong Kong, and the slaughter of"
                + " all the pigs in Egypt.")).hasSize(1);
        assertThat(Clauses.of("The mayor said the council \"will act on Monday, and that is final\" this week.")).hasSize(1);
        assertThat(Clauses.of("Two men were arrested.")).singleElement()
                .satisfies(c -> assertThat(c.text()).isEqualTo("Two men were arrested."));
    }
}
