package io.storyline.compare;

import io.storyline.model.Quote;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Speaker attribution on the project's own quote cases (quotes.txt). A found quote is matched to
 * the gold quote whose snippet it contains; it is correct when its speaker equals the gold
 * speaker (case aside). Precision is over the quotes found, recall over the gold quotes.
 */
class QuoteAttributionTest {

    record GoldQuote(String snippet, String speaker) {
    }

    record Case(String text, List<GoldQuote> quotes) {
    }

    static List<Case> cases() throws IOException {
        List<Case> cases = new ArrayList<>();
        try (InputStream in = QuoteAttributionTest.class.getResourceAsStream("quotes.txt")) {
            String all = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            for (String block : all.split("\n---\n")) {
                StringBuilder text = new StringBuilder();
                List<GoldQuote> quotes = new ArrayList<>();
                for (String line : block.split("\n")) {
                    if (line.startsWith("#") || line.isBlank() || line.equals("---")) {
                        continue;
                    }
                    if (line.startsWith("= ")) {
                        String[] parts = line.substring(2).split("\\|");
                        quotes.add(new GoldQuote(parts[0].strip(), parts[1].strip()));
                    } else {
                        text.append(text.length() > 0 ? "\n\n" : "").append(line.strip());
                    }
                }
                if (text.length() > 0) {
                    cases.add(new Case(text.toString(), quotes));
                }
            }
        }
        return cases;
    }

    static List<Quote> quotesOf(String text) {
        return QuoteFixture.quotes(io.storyline.InventedStory.articles("Test Desk", null, text));
    }

    @Test
    void attributesQuotesToTheirSpeakers() throws IOException {
        List<Case> cases = cases();
        int gold = cases.stream().mapToInt(c -> c.quotes().size()).sum();
        assertThat(gold).isGreaterThanOrEqualTo(50);
        int found = 0;
        int correct = 0;
        List<String> errors = new ArrayList<>();
        for (Case c : cases) {
            List<Quote> quotes = quotesOf(c.text()).stream().filter(Quote::direct).toList();
            found += quotes.size();
            for (GoldQuote g : c.quotes()) {
                Quote match = quotes.stream().filter(q -> q.text().contains(g.snippet())).findFirst().orElse(null);
                if (match == null) {
                    // an indirect attribution ("according to X") is a quote too
                    match = quotesOf(c.text()).stream().filter(q -> q.text().contains(g.snippet())).findFirst().orElse(null);
                    if (match != null) {
                        found++;
                    }
                }
                if (match != null && match.speaker().toLowerCase(Locale.ROOT).equals(g.speaker().toLowerCase(Locale.ROOT))) {
                    correct++;
                } else {
                    errors.add((match == null ? "missed" : "wrong speaker '" + match.speaker() + "'")
                            + " for \"" + g.snippet() + "\" (gold: " + g.speaker() + ")");
                }
            }
        }
        double precision = (double) correct / found;
        double recall = (double) correct / gold;
        System.out.printf("quotes: %d cases, %d gold quotes, %d found; speaker P=%.3f R=%.3f%n",
                cases.size(), gold, found, precision, recall);
        errors.forEach(e -> System.out.println("  " + e));
        assertThat(precision).as("speaker precision").isGreaterThanOrEqualTo(0.85);
        assertThat(recall).as("speaker recall").isGreaterThanOrEqualTo(0.8);
    }

    @Test
    void aPronounSpeakerIsTheLastNamedPerson() {
        List<Quote> quotes = quotesOf("Finance Minister Olga Brandt met the bankers on Monday.\n\n"
                + "\"Nobody will lose their savings,\" she said.");
        assertThat(quotes).extracting(Quote::speaker).containsExactly("Olga Brandt");
    }

    @Test
    void aQuoteOverSeveralSentencesIsOneQuote() {
        List<Quote> quotes = quotesOf("\"The dam held. The town is safe. We can go home,\" said engineer Tomas Weber.");
        assertThat(quotes).hasSize(1);
        assertThat(quotes.get(0).text()).isEqualTo("The dam held. The town is safe. We can go home");
        assertThat(quotes.get(0).speaker()).isEqualTo("Tomas Weber");
    }
}
