package io.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.model.Article;
import io.storyline.model.Corpus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One article's text is used up to a megabyte, cut at a paragraph break, and the cut is reported. */
class ArticleLengthTest {

    private static final String PARAGRAPH = "The harbour board voted on Tuesday to close the old pier to traffic "
            + "from next spring, after engineers found rust in its beams.";

    private static Article article(String text) {
        return new Article("a", "Tidewater Times", null, null, null, text, "a.txt", List.of());
    }

    @Test
    void anOrdinaryArticleIsKeptWhole() {
        Article article = article(PARAGRAPH);
        assertThat(ArticleLength.tooLong(article)).isFalse();
        assertThat(ArticleLength.cut(article)).isSameAs(article);
    }

    @Test
    void aHugeArticleIsCutAtTheLastParagraphBreakBeforeTheLimit() {
        String text = (PARAGRAPH + "\n\n").repeat(ArticleLength.MAX_TEXT_CHARS / PARAGRAPH.length() + 10);
        Article cut = ArticleLength.cut(article(text));
        assertThat(cut.text().length()).isLessThanOrEqualTo(ArticleLength.MAX_TEXT_CHARS)
                .isGreaterThan(ArticleLength.MAX_TEXT_CHARS - PARAGRAPH.length() - 2);
        assertThat(cut.text()).startsWith(PARAGRAPH).endsWith(PARAGRAPH);
        assertThat(cut.id()).isEqualTo("a");
        assertThat(cut.outlet()).isEqualTo("Tidewater Times");
    }

    @Test
    void textWithoutBreaksIsCutAtASpaceAndNeverInsideACharacter() {
        String words = "beam ".repeat(ArticleLength.MAX_TEXT_CHARS / 5 + 100);
        assertThat(ArticleLength.cut(article(words)).text()).endsWith("beam").hasSizeLessThanOrEqualTo(ArticleLength.MAX_TEXT_CHARS);
        String emoji = "😀".repeat(ArticleLength.MAX_TEXT_CHARS);
        String cut = ArticleLength.cut(article(emoji)).text();
        assertThat(Character.isHighSurrogate(cut.charAt(cut.length() - 1))).isFalse();
    }

    @Test
    void theLoaderKeepsTheFirstMegabyteAndNamesTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("dump.txt");
        Files.writeString(file, "Old pier to close\n\n"
                + (PARAGRAPH + "\n\n").repeat(2 * ArticleLength.MAX_TEXT_CHARS / PARAGRAPH.length()));
        Corpus corpus = new ArticleLoader(LoadOptions.defaults()).load(List.of(file.toString()));
        assertThat(corpus.articles()).hasSize(1);
        assertThat(corpus.articles().get(0).text()).hasSizeLessThanOrEqualTo(ArticleLength.MAX_TEXT_CHARS)
                .startsWith(PARAGRAPH);
        assertThat(corpus.problems()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo(file.toString());
            // one sentence: the text's size, the limit and what was read
            assertThat(p.problem()).matches(
                    "its text is [12]\\.\\d MB, over the 1\\.0 MB limit for one article, so only its first 1\\.0 MB was read");
            assertThat(p.skipped()).as("the article is used, only its tail is lost").isFalse();
        });
    }
}
