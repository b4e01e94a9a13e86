package io.storyline.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.compare.OutletComparison;
import io.storyline.model.Article;
import io.storyline.model.Citation;
import io.storyline.model.Comparison;
import io.storyline.model.Fact;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A comparison loses no sentence unsaid: the sentences no fact lists (short ones, or naming no one and no
 * figure) are counted in Markdown and text with where to read them, shown folded in HTML and listed in JSON.
 */
class UnlistedSentencesTest {

    private static Article article(String id, String outlet, String text) {
        return new Article(id, outlet, null, null, LocalDate.of(2026, 2, 6), text, id + ".txt");
    }

    private static Comparison derailment() {
        return OutletComparison.compare(List.of(
                article("a", "Fjord Post", "A passenger train derailed near Arnvik on Friday evening, the rail operator said.\n\n"
                        + "Police held the driver at the scene.\n\nThe line between Arnvik and Solheim will stay closed until Monday."),
                article("b", "Nordland News", "A passenger train derailed near Arnvik on Friday evening, the operator said.\n\n"
                        + "Dozens of passengers were hurt when the train left the track.\n\n"
                        + "The line between Arnvik and Solheim will stay closed until Monday."),
                article("c", "West Coast Radio", "Investigators opened an inquiry.\n\n"
                        + "The line between Arnvik and Solheim will stay closed until Monday.")));
    }

    @Test
    void everySentenceIsInAFactOrUnlisted() {
        Comparison comparison = derailment();
        Set<String> seen = new HashSet<>();
        for (Fact fact : comparison.facts()) {
            fact.reports().forEach(c -> seen.add(c.sentence()));
            fact.related().forEach(c -> seen.add(c.sentence()));
        }
        comparison.unlisted().forEach(c -> seen.add(c.sentence()));
        assertThat(seen).contains("Police held the driver at the scene.", "Investigators opened an inquiry.",
                "Dozens of passengers were hurt when the train left the track.");
        assertThat(comparison.unlisted()).extracting(Citation::sentence)
                .contains("Police held the driver at the scene.", "Investigators opened an inquiry.");
    }

    @Test
    void markdownAndTextSayHowManyAndWhereToReadThem() {
        Comparison comparison = derailment();
        int n = comparison.unlisted().size();
        String md = OutputFormats.MD.render(RecordType.COMPARISON, comparison, null);
        assertThat(md).contains(n + " more sentences are in no list").contains("--format json");
        String text = OutputFormats.TEXT.render(RecordType.COMPARISON, comparison, null);
        assertThat(text).contains(n + " more sentences are in no list");
    }

    @Test
    void htmlShowsThemAndJsonListsThem() throws Exception {
        Comparison comparison = derailment();
        var page = Jsoup.parse(OutputFormats.HTML.render(RecordType.COMPARISON, comparison, null));
        assertThat(page.select("details.unlisted li")).hasSize(comparison.unlisted().size());
        assertThat(page.select("details.unlisted").text()).contains("Police held the driver at the scene.");
        JsonNode json = new ObjectMapper().readTree(OutputFormats.JSON.render(RecordType.COMPARISON, comparison, null));
        assertThat(json.get("unlisted").findValuesAsText("sentence")).contains("Investigators opened an inquiry.");
        assertThat(json.get("unlisted")).hasSize(comparison.unlisted().size());
    }

    @Test
    void onlyNewKeepsTheFreshArticlesUnlistedSentences() {
        Comparison comparison = derailment();
        Comparison fresh = comparison.onlyNew(Set.of("c"));
        int c = comparison.sources().stream().filter(s -> s.articleId().equals("c")).findFirst().orElseThrow().number();
        assertThat(fresh.unlisted()).isNotEmpty().allMatch(x -> x.source() == c);
    }
}
