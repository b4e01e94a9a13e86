package io.storyline.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.storyline.model.Article;
import io.storyline.model.Corpus;
import io.storyline.model.InputProblem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublicationDateCheckTest {

    private static final String BODY = "The harbour bridge stayed closed on Thursday while divers examined the "
            + "damaged pier for cracks. Engineers said the inspection would take several more days.";

    private static Corpus load(Path... files) {
        return new ArticleLoader(LoadOptions.defaults()).load(
                java.util.Arrays.stream(files).map(Path::toString).toList());
    }

    @Test
    void anEpochDateIsNotTrustedAndALineSaysWhy(@TempDir Path dir) throws IOException {
        Path jsonl = dir.resolve("feed.jsonl");
        Files.writeString(jsonl, "{\"id\":\"a\",\"outlet\":\"Harbour Wire\",\"published\":\"1970-01-01\",\"text\":\""
                + BODY + "\"}\n{\"id\":\"b\",\"outlet\":\"Harbour Wire\",\"published\":\"2026-03-12\",\"text\":\""
                + BODY.replace("Thursday", "Friday") + "\"}\n");
        Corpus corpus = load(jsonl);
        assertThat(corpus.articles()).hasSize(2);
        assertThat(corpus.articles()).extracting(Article::published).containsExactly(null, LocalDate.of(2026, 3, 12));
        assertThat(corpus.problems()).singleElement().satisfies(p -> {
            assertThat(p.location()).endsWith("feed.jsonl:1");
            assertThat(p.problem()).contains("1970-01-01").contains("epoch");
            assertThat(p.extent()).isEqualTo(InputProblem.Extent.READ_IN_PART);
        });
    }

    @Test
    void aFutureDateIsNotTrusted(@TempDir Path dir) throws IOException {
        LocalDate future = LocalDate.now(ZoneOffset.UTC).plusYears(3);
        Path file = dir.resolve(future.toString()).resolve("bridge.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, BODY);
        Corpus corpus = load(dir);
        assertThat(corpus.articles()).singleElement().satisfies(a -> assertThat(a.published()).isNull());
        assertThat(corpus.problems()).singleElement()
                .satisfies(p -> assertThat(p.problem()).contains(future.toString()).contains("future"));
    }

    @Test
    void aPageWhoseMetadataContradictItselfIsNotTrusted(@TempDir Path dir) throws IOException {
        Path page = dir.resolve("bridge.html");
        Files.writeString(page, "<!DOCTYPE html><html><head><title>Bridge stays shut</title>"
                + "<link rel=\"canonical\" href=\"https://news.example/2019/05/02/bridge-stays-shut\">"
                + "<meta property=\"article:published_time\" content=\"2026-03-12T09:00:00Z\"></head>"
                + "<body><article><h1>Bridge stays shut</h1><p>" + BODY + "</p><p>" + BODY + "</p></article></body></html>");
        Corpus corpus = load(page);
        assertThat(corpus.articles()).singleElement().satisfies(a -> assertThat(a.published()).isNull());
        assertThat(corpus.problems()).singleElement().satisfies(p -> assertThat(p.problem())
                .contains("2026-03-12").contains("2019-05-02").contains("address"));
    }

    @Test
    void agreeingOrNearbyDatesAreTrusted() {
        LocalDate today = LocalDate.of(2026, 12, 6);
        List<PublicationTime> near = List.of(
                new PublicationTime(LocalDate.of(2026, 3, 12), "2026-03-12T23:30:00-08:00", PublicationTime.Source.META),
                new PublicationTime(LocalDate.of(2026, 3, 13), "2026-03-13", PublicationTime.Source.URL));
        assertThat(PublicationDateCheck.problem(LocalDate.of(2026, 3, 12), near, today)).isNull();
        assertThat(PublicationDateCheck.problem(today.plusDays(1), List.of(), today)).isNull();
        assertThat(PublicationDateCheck.problem(null, List.of(), today)).isNull();
        // a <time> element may date a comment or an update: it contradicts nothing
        List<PublicationTime> comment = List.of(
                new PublicationTime(LocalDate.of(2026, 3, 12), "2026-03-12", PublicationTime.Source.META),
                new PublicationTime(LocalDate.of(2026, 4, 2), "2026-04-02", PublicationTime.Source.TIME_ELEMENT));
        assertThat(PublicationDateCheck.problem(LocalDate.of(2026, 3, 12), comment, today)).isNull();
    }
}
