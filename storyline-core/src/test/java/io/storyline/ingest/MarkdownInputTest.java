package io.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.model.Article;
import io.storyline.model.Corpus;
import io.storyline.model.InputProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An article saved as Markdown is read without its markup; a folder's Markdown files are its notes. */
class MarkdownInputTest {

    private static final String STORY = """
            # Ferry crews walk out over rosters

            By Ana Lopes, *Harbour Times*

            Ferry crews on the **island route** walked out on Tuesday, the union said,
            leaving about [2,000 commuters](https://example.org/commuters) stranded at the quay.

            ![A ferry at the quay](quay.jpg)

            ## What happens next

            - Talks resume on Thursday at the port authority.
            - The company said it would run two relief boats.

            > "We gave them every chance," a union official said.

            ```
            var notCode = "never in a summary";
            ```

            [1]: https://example.org/ref
            """;

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static Corpus load(Path... inputs) {
        return new ArticleLoader(LoadOptions.defaults()).load(
                java.util.Arrays.stream(inputs).map(Path::toString).toList());
    }

    @Test
    void theMarkupIsTakenOffAndTheFirstHeadingIsTheHeadline() {
        MarkdownText.Document doc = MarkdownText.read(STORY);
        assertThat(doc.heading()).isEqualTo("Ferry crews walk out over rosters");
        assertThat(doc.text())
                .contains("Ferry crews on the island route walked out on Tuesday, the union said, leaving about"
                        + " 2,000 commuters stranded at the quay.")
                .contains("\n\nTalks resume on Thursday at the port authority.\n\nThe company said")
                .contains("\"We gave them every chance,\" a union official said.")
                .doesNotContain("#").doesNotContain("**").doesNotContain("](").doesNotContain("https://")
                .doesNotContain("What happens next").doesNotContain("notCode").doesNotContain("quay.jpg");
    }

    @Test
    void underscoresInsideWordsAndEscapedMarksStay() {
        assertThat(MarkdownText.inline("the file_name_here and _this_ and \\*not emphasis\\*"))
                .isEqualTo("the file_name_here and this and *not emphasis*");
        assertThat(MarkdownText.inline("a ~~wrong~~ right and `code` and <b>bold</b>"))
                .isEqualTo("a wrong right and code and bold");
    }

    @Test
    void privateUseCharactersOfTheTextAreKeptBesideEscapedMarks() {
        // U+E02A is where an escaped '*' would be set aside in the first block: the text's own stays as it is
        assertThat(MarkdownText.inline("icon \uE02A and \\*not emphasis\\*"))
                .isEqualTo("icon \uE02A and *not emphasis*");
        StringBuilder everyBlock = new StringBuilder();
        for (char c = '\uE000'; c < '\uF900'; c += 128) {
            everyBlock.append(c);
        }
        assertThat(MarkdownText.inline(everyBlock + " \\*kept\\* and **strong**"))
                .as("every block in use: the escapes lose their backslashes, the text keeps its characters")
                .startsWith(everyBlock.toString()).contains("kept").contains("strong").doesNotContain("\\");
    }

    @Test
    void frontMatterGivesTitleOutletDateAndAddress() throws IOException {
        Path file = write("walkout.md", """
                ---
                title: "Ferry crews walk out"
                date: 2024-05-14 09:30:00 +0100
                source: Harbour Times
                url: https://harbour.example/walkout
                tags: [ferries]
                ---
                Ferry crews on the island route walked out on Tuesday, the union said.

                Talks resume on Thursday at the port authority, the company said.
                """);
        Corpus corpus = load(file);
        assertThat(corpus.problems()).isEmpty();
        Article article = corpus.articles().get(0);
        assertThat(article.title()).isEqualTo("Ferry crews walk out");
        assertThat(article.outlet()).isEqualTo("Harbour Times");
        assertThat(article.published()).isEqualTo(LocalDate.of(2024, 5, 14));
        assertThat(article.url()).isEqualTo("https://harbour.example/walkout");
        assertThat(article.text()).startsWith("Ferry crews on the island route").doesNotContain("title:");
    }

    @Test
    void aFrontMatterDateThatIsNoDateIsSaidAndTheArticleKept() throws IOException {
        Path file = write("walkout.md", "---\ndate: last Tuesday\n---\n" + STORY);
        Corpus corpus = load(file);
        assertThat(corpus.articles()).hasSize(1);
        assertThat(corpus.articles().get(0).published()).isNull();
        assertThat(corpus.problems()).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo(file.toString());
            assertThat(p.problem()).contains("last Tuesday").contains("read as undated");
        });
    }

    @Test
    void aMarkdownArticleNamedOnTheCommandLineIsReadWithoutMarkup() throws IOException {
        Path file = write("walkout.md", STORY);
        Corpus corpus = load(file);
        assertThat(corpus.problems()).isEmpty();
        Article article = corpus.articles().get(0);
        assertThat(article.title()).isEqualTo("Ferry crews walk out over rosters");
        assertThat(article.text()).doesNotContain("**").doesNotContain("](").doesNotContain("# ");
    }

    @Test
    void aFolderOfOnlyMarkdownSaysTheyAreNotesAndHowToReadThem() throws IOException {
        Path folder = dir.resolve("story");
        write("story/a.md", STORY);
        write("story/b.md", STORY.replace("Tuesday", "Wednesday"));
        Corpus corpus = load(folder);
        assertThat(corpus.articles()).isEmpty();
        List<InputProblem> problems = corpus.problems();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.location()).isEqualTo(folder.toString());
            assertThat(p.problem()).contains("only Markdown files (2").contains("notes")
                    .contains(folder.resolve("*.md").toString());
        });
    }

    @Test
    void aFolderReadmeBesideArticlesIsStillANote() throws IOException {
        Path folder = dir.resolve("story");
        write("story/README.md", "# About these files\n\nThree outlets' reports of the ferry strike.\n");
        write("story/a.txt", "Ferry crews on the island route walked out on Tuesday, the union said.\n");
        Corpus corpus = load(folder);
        assertThat(corpus.problems()).isEmpty();
        assertThat(corpus.articles()).singleElement()
                .satisfies(a -> assertThat(a.text()).doesNotContain("About these files"));
    }

    @Test
    void otherMarkdownBesideArticlesIsLeftOutWithANote() throws IOException {
        Path folder = dir.resolve("story");
        write("story/README.md", "# About these files\n");
        write("story/walkout.md", STORY);
        write("story/a.txt", "Ferry crews on the island route walked out on Tuesday, the union said.\n");
        Corpus corpus = load(folder);
        assertThat(corpus.articles()).hasSize(1);
        assertThat(corpus.problems()).singleElement().satisfies(p -> {
            assertThat(p.noted()).isTrue();
            assertThat(p.location()).isEqualTo(folder.toString());
            assertThat(p.problem()).contains("left out 1 Markdown file(s) (such as walkout.md)");
        });
    }

    @Test
    void emptyAndBinaryMarkdownAreRefusedByName() throws IOException {
        Path empty = write("empty.md", "   \n\n");
        Path binary = dir.resolve("binary.md");
        Files.write(binary, new byte[] {0, 1, 2, (byte) 0xff, 0, 0, 7, 8});
        Path fine = write("fine.md", STORY);
        Corpus corpus = load(empty, binary, fine);
        assertThat(corpus.articles()).hasSize(1);
        assertThat(corpus.problems()).extracting(InputProblem::location)
                .containsExactly(empty.toString(), binary.toString());
    }

    @Test
    void aFenceNeverClosedAndOnlyMarkupLeaveNoArticleWithAReason() throws IOException {
        Path onlyMarks = write("marks.md", "# Heading only\n\n---\n\n![img](x.png)\n");
        Corpus corpus = load(onlyMarks);
        assertThat(corpus.articles()).isEmpty();
        assertThat(corpus.problems()).singleElement()
                .satisfies(p -> assertThat(p.location()).isEqualTo(onlyMarks.toString()));
        assertThat(MarkdownText.read("Start.\n```\nnever closed\n").text()).isEqualTo("Start.");
    }
}
