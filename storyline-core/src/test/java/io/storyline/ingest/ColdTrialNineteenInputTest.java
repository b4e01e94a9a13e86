package io.storyline.ingest;

import io.storyline.model.Article;
import io.storyline.model.Corpus;
import io.storyline.model.InputProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Near copies of the session-19 cold trial's findings, written for this test: a syndicated copy that changes a
 * detail is kept, and a copy merged under another outlet's name is told on stderr.
 */
class ColdTrialNineteenInputTest {

    @TempDir
    Path dir;

    private static final String BODY = "The mill on the Varg river flooded on Sunday after a week of rain, and water"
            + " stood a metre deep in the grinding hall by the evening, the fire service said. Pumps were brought from"
            + " the town of Hessle and ran through the night while volunteers carried sacks of flour to the upper"
            + " floor. The river road stayed closed on Monday and the school bus took the long way round by the ridge.";

    private Corpus load(Path... files) {
        return new ArticleLoader(LoadOptions.defaults())
                .load(java.util.Arrays.stream(files).map(Path::toString).toList());
    }

    private Path jsonl(String name, String... lines) throws IOException {
        return Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n");
    }

    private static String line(String outlet, String title, String text) {
        return "{\"outlet\":\"" + outlet + "\",\"published\":\"2026-06-08\",\"title\":\"" + title + "\",\"text\":\""
                + text + "\"}";
    }

    @Test
    void aCopyThatGivesAPersonAnotherTitleIsNotMergedAway() throws IOException {
        Corpus corpus = load(jsonl("mill.jsonl",
                line("Lake Courier", "Mill flooded", "Mill owner Tove Rask said the dam had been checked in May. " + BODY),
                line("Hill Post", "Flood at the mill", "Site manager Tove Rask said the dam had been checked in May. " + BODY)));
        assertThat(corpus.articles()).extracting(Article::outlet).containsExactly("Lake Courier", "Hill Post");
    }

    @Test
    void aCopyThatDeniesASentenceIsNotMergedAway() throws IOException {
        Corpus corpus = load(jsonl("mill.jsonl",
                line("Lake Courier", "Mill flooded", "The alarm sounded before the water came in. " + BODY),
                line("Hill Post", "Flood at the mill", "The alarm did not sound before the water came in. " + BODY)));
        assertThat(corpus.articles()).hasSize(2);
    }

    @Test
    void aCopyMergedUnderAnotherOutletsNameIsNoted() throws IOException {
        Path file = jsonl("mill.jsonl",
                line("Lake Courier", "Mill flooded", BODY),
                line("Hill Post", "Flood at the mill", BODY));
        Corpus corpus = load(file);
        assertThat(corpus.articles()).extracting(Article::outlet).containsExactly("Lake Courier");
        assertThat(corpus.problems()).singleElement().satisfies(p -> {
            assertThat(p.noted()).isTrue();
            assertThat(p.location()).isEqualTo(file + ":2");
            assertThat(p.problem()).contains(file + ":1", "Lake Courier", "Hill Post", "--keep-duplicates");
        });
        // one outlet's copies merge quietly, as before
        Corpus same = load(jsonl("same.jsonl", line("Lake Courier", "Mill flooded", BODY), line("Lake Courier", "Mill", BODY)));
        assertThat(same.articles()).hasSize(1);
        assertThat(same.problems()).isEmpty();
    }
}
