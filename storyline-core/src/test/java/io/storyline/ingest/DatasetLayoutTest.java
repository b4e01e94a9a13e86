package io.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.model.Article;
import io.storyline.model.Corpus;
import io.storyline.model.InputProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A benchmark topic folder is read through its article folder only; its answer key never becomes an article. */
class DatasetLayoutTest {

    private static final String ARTICLE = "The ferry to Kesslow ran aground on Monday near the north pier.\n\n"
            + "All forty passengers were taken off by lifeboat, the harbour master said.\n";
    private static final String GOLD = "2009-04-23\nThe ferry to Kesslow runs aground near the north pier.\n";

    @TempDir
    Path dir;

    private void write(String relative, String text) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static Corpus load(Path folder) {
        return new ArticleLoader(LoadOptions.defaults()).load(List.of(folder.toString()));
    }

    @Test
    void aTimelineTopicFolderIsReadThroughItsInputDocsOnly() throws IOException {
        write("ferry/InputDocs/2009-04-23/1.htm.txt", ARTICLE);
        write("ferry/timelines/ferry_gold.txt", GOLD);
        write("ferry/keywords.json", "[\"ferry\"]");
        Corpus corpus = load(dir.resolve("ferry"));
        assertThat(corpus.articles()).extracting(Article::origin).singleElement()
                .satisfies(origin -> assertThat(origin).contains("InputDocs"));
        assertThat(corpus.problems()).singleElement().satisfies(p -> {
            assertThat(p.noted()).isTrue();
            assertThat(p.problem()).contains("only its InputDocs/", "timelines", "keywords.json");
        });
        assertThat(InputProblem.anyProblem(corpus.problems())).isFalse();
        // the set's parent folder holds many topics: each is read the same way
        write("ferry2/InputDocs/2009-04-24/2.htm.txt", ARTICLE.replace("Monday", "Tuesday"));
        write("ferry2/timelines/ferry_gold.txt", GOLD);
        assertThat(load(dir).articles()).extracting(Article::origin).allMatch(o -> o.contains("InputDocs")).hasSize(2);
        // named directly, the gold folder is read: the user asked for it
        assertThat(load(dir.resolve("ferry/timelines")).articles()).hasSize(1);
    }

    @Test
    void aSummaryTopicFolderIsReadThroughItsDocsWhenReferencesLieBeside() throws IOException {
        write("d01/docs/APW1.txt", ARTICLE);
        write("d01/references/D01.A", "The ferry ran aground and all were rescued.\n");
        write("d01/peers/D01.1", "A ferry ran aground.\n");
        assertThat(load(dir.resolve("d01")).articles()).extracting(Article::origin).singleElement()
                .satisfies(origin -> assertThat(origin).contains("docs"));
    }

    @Test
    void aFolderWithAPlainDocsFolderAndNoAnswersIsReadWhole() throws IOException {
        write("mine/docs/one.txt", ARTICLE);
        write("mine/two.txt", ARTICLE.replace("Kesslow", "Marlow").replace("Monday", "Friday"));
        Corpus corpus = load(dir.resolve("mine"));
        assertThat(corpus.articles()).hasSize(2);
        assertThat(corpus.problems()).isEmpty();
    }
}
