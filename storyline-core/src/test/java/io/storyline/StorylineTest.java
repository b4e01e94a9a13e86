package io.storyline;

import io.storyline.model.Corpus;
import io.storyline.model.Summary;
import io.storyline.render.OutputFormats;
import io.storyline.summarize.Budget;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The library call the README shows, on the bundled example story. */
class StorylineTest {

    @Test
    void theReadmeLibraryExampleWorks() {
        // surefire runs in storyline-core/, so the examples are one folder up
        Corpus corpus = Storyline.read(Path.of("../examples/harbour-bridge"));
        assertThat(corpus.problems()).isEmpty();
        assertThat(corpus.articles()).hasSize(5);

        Summary summary = Storyline.summarize(corpus.articles(), Budget.words(100));
        assertThat(summary.method()).isEqualTo("coverage");
        assertThat(summary.wordCount()).isBetween(40, 100);
        assertThat(summary.sources()).hasSize(5);
        assertThat(summary.sentences()).allSatisfy(s -> assertThat(s.citations()).isNotEmpty());
        assertThat(summary.sentences().stream().anyMatch(s -> s.citations().size() > 1))
                .as("some fact is reported by more than one outlet").isTrue();

        String markdown = Storyline.render(summary, OutputFormats.MD);
        assertThat(markdown).startsWith("# ").contains("## Sources").contains("[1]");
    }

    @Test
    void anyMethodCanBeChosenByName() {
        Corpus corpus = Storyline.read(Path.of("../examples/harbour-bridge"));
        assertThat(Storyline.summarize(corpus.articles(), Budget.sentences(3), "lexrank").sentences()).hasSize(3);
    }

    @Test
    void aFolderNoteSuchAsReadmeIsNotAnArticle() {
        // examples/ holds README.md beside the story folders
        Corpus corpus = Storyline.read(Path.of("../examples"));
        assertThat(corpus.articles()).hasSize(5).noneMatch(a -> a.origin().endsWith("README.md"));
    }
}
