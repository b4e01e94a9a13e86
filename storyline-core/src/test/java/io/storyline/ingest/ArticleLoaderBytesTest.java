package io.storyline.ingest;

import io.storyline.model.Article;
import io.storyline.model.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading bytes fetched elsewhere must give what reading the same files from disk gives. */
class ArticleLoaderBytesTest {

    private final ArticleLoader loader = new ArticleLoader(LoadOptions.defaults());

    @Test
    void bytesOfEachFileGiveTheArticlesAndProblemsOfLoadingTheFolder(@TempDir Path dir) throws Exception {
        Path day = Files.createDirectories(dir.resolve("2024-03-05"));
        Files.writeString(day.resolve("harbour-herald.txt"), "Ferry strike ends\n\nThe ferry crews went back to "
                + "work on Tuesday after the union accepted the offer.\n");
        Files.writeString(dir.resolve("page.html"), "<html><head><title>Bridge reopens</title>"
                + "<script>alert('x')</script></head><body><article><p>The old bridge reopened to traffic on "
                + "Monday after three months of repairs.</p></article></body></html>");
        Files.writeString(dir.resolve("feed.jsonl"), "{\"outlet\":\"Valley Times\",\"text\":\"Rain closed the valley "
                + "road for the second day running.\"}\n\n{\"text\": 3}\n{\"id\":\"x7\",\"published\":\"2024-03-06\","
                + "\"text\":\"The council voted to repair the road before winter comes.\"}\n");
        Files.write(dir.resolve("empty.txt"), new byte[0]);
        Files.write(dir.resolve("archived.html.gz"), gzip("<html><head><title>Tunnel opens</title></head><body><article>"
                + "<p>The new rail tunnel under the estuary opened to passengers on Sunday morning.</p>"
                + "</article></body></html>"));
        Files.writeString(dir.resolve("dump.txt"), "Harbour log\n\n"
                + "The tide gauge at the harbour mouth was read again at noon and logged. \n\n".repeat(30_000));

        Corpus fromDisk = loader.load(List.of(dir.toString()));
        List<Article> articles = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try (var files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                Corpus one = loader.read(file, dir, Files.readAllBytes(file));
                articles.addAll(one.articles());
                one.problems().forEach(p -> problems.add(p.toString()));
            }
        }
        assertThat(articles).containsExactlyInAnyOrderElementsOf(fromDisk.articles());
        assertThat(problems).containsExactlyInAnyOrderElementsOf(
                fromDisk.problems().stream().map(Object::toString).toList());
        assertThat(problems).anyMatch(p -> p.contains("empty.txt") && p.contains("is empty"))
                .anyMatch(p -> p.contains("feed.jsonl:3") && p.contains("not a string"))
                .anyMatch(p -> p.contains("dump.txt") && p.contains("over the 1.0 MB limit for one article, so only its first 1.0 MB was read"));
        assertThat(articles).anyMatch(a -> "Tunnel opens".equals(a.title()))
                .allMatch(a -> a.text().length() <= ArticleLength.MAX_TEXT_CHARS);
    }

    private static byte[] gzip(String text) throws java.io.IOException {
        var out = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.GZIPOutputStream(out)) {
            zip.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    @Test
    void aJsonLineReadAloneIsTheArticleLoadingTheFileGives(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("wire.jsonl");
        String second = "{\"title\":\"Dam holds\",\"text\":\"Engineers said the dam held through the night's storm.\"}";
        Files.writeString(file, "{\"text\":\"The first report came in before dawn on Friday.\"}\n" + second + "\n");
        Article fromDisk = loader.load(List.of(file.toString())).articles().get(1);

        Corpus alone = loader.readJsonLine(file, dir, 2, second);

        assertThat(alone.articles()).containsExactly(fromDisk);
        assertThat(alone.articles().get(0).id()).isEqualTo("wire:2");
        assertThat(loader.readJsonLine(file, dir, 3, "   ").articles()).isEmpty();
        assertThat(loader.readJsonLine(file, dir, 4, "{not json").problems())
                .singleElement().satisfies(p -> {
                    assertThat(p.location()).isEqualTo(file + ":4");
                    assertThat(p.problem()).startsWith("is not valid JSON");
                });
    }

    @Test
    void bytesOverTheLimitAreReportedNotRead(@TempDir Path dir) {
        ArticleLoader small = new ArticleLoader(LoadOptions.defaults().withMaxFileBytes(10));
        Corpus corpus = small.read(dir.resolve("long.txt"), dir,
                "A long article that is well over ten bytes.".getBytes(StandardCharsets.UTF_8));
        assertThat(corpus.articles()).isEmpty();
        assertThat(corpus.problems()).singleElement().satisfies(p -> assertThat(p.problem()).startsWith("is too large"));
    }
}
