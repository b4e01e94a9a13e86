package io.storyline;

import io.storyline.model.Comparison;
import io.storyline.model.Corpus;
import io.storyline.model.Summary;
import io.storyline.model.SummaryReport;
import io.storyline.render.OutputFormats;
import io.storyline.summarize.Budget;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
    void theOutletsAreComparedOnlyForTheFormatsThatShowIt() {
        Corpus corpus = Storyline.read(Path.of("../examples/harbour-bridge"));
        Summary summary = Storyline.summarize(corpus.articles(), Budget.words(60));

        SummaryReport json = Storyline.report(corpus.articles(), summary, OutputFormats.JSON);
        assertThat(json.comparison()).isNotNull();
        assertThat(json.comparison().sources()).as("numbered like the summary").isEqualTo(summary.sources());
        assertThat(Storyline.report(corpus.articles(), summary, OutputFormats.HTML).comparison()).isNotNull();
        assertThat(Storyline.report(corpus.articles(), summary, OutputFormats.MD).comparison()).isNull();
        assertThat(Storyline.report(corpus.articles(), summary, OutputFormats.TEXT).comparison()).isNull();

        assertThat(Storyline.render(json, OutputFormats.JSON)).contains("\"comparison\": {");
        assertThat(Storyline.render(summary, OutputFormats.JSON)).doesNotContain("\"comparison\"");
    }

    @Test
    void eachRecordIsTitledWithItsFirstHeadline() {
        Corpus corpus = Storyline.read(Path.of("../examples/harbour-bridge"));
        Comparison comparison = Storyline.compare(corpus.articles());
        String firstTitle = comparison.sources().get(0).title();
        assertThat(Storyline.render(comparison, OutputFormats.MD)).startsWith("# " + firstTitle + "\n");
        assertThatThrownBy(() -> Storyline.render(comparison, OutputFormats.TLS))
                .hasMessage("format 'tls' is not available for a comparison; choose md, json, html or text");
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
