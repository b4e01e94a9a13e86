package io.storyline.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.Jsoup;

/**
 * The three extraction benchmarks {@code eval extract} knows, each with its own layout and metric:
 * <ul>
 *   <li>{@link #SCRAPINGHUB}: the article-extraction benchmark ({@code html/<key>.html.gz},
 *       {@code ground-truth.json}), scored with its 4-word shingle metric ({@link ShingleMatch});</li>
 *   <li>{@link #READABILITY}: Mozilla Readability's test pages ({@code <name>/source.html} and
 *       {@code expected.html}), the same shingle metric against the text of {@code expected.html};</li>
 *   <li>{@link #TRAFILATURA}: trafilatura's evaluation set ({@code evaldata.json}, {@code html/<file>.gz}),
 *       scored with its snippet metric ({@link SnippetMatch}).</li>
 * </ul>
 */
public enum ExtractionDataset {
    SCRAPINGHUB("extraction"),
    READABILITY("extraction-readability"),
    TRAFILATURA("extraction-trafilatura");

    /** One page to extract and how to score what was extracted. */
    public record Page(String key, Path file, String reference, List<String> with, List<String> without) {

        PageScore score(ExtractionDataset dataset, String predicted) {
            return dataset == TRAFILATURA ? SnippetMatch.of(with, without, predicted)
                    : ShingleMatch.of(reference, predicted).score();
        }
    }

    private final String folderName;

    ExtractionDataset(String folderName) {
        this.folderName = folderName;
    }

    /** The folder's name under the shared data ({@code extraction}, {@code extraction-readability}, ...). */
    public String folderName() {
        return folderName;
    }

    /** The name the command line uses. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the metric counts true negatives (and so gives an accuracy). */
    public boolean hasAccuracy() {
        return this == TRAFILATURA;
    }

    /** The data set a command-line name means; the message lists the names known. */
    public static ExtractionDataset named(String name) {
        for (ExtractionDataset d : values()) {
            if (d.label().equalsIgnoreCase(name)) {
                return d;
            }
        }
        throw new IllegalArgumentException("unknown data set '" + name + "'; choose scrapinghub, readability, "
                + "trafilatura or all");
    }

    /** The pages of the data set in {@code folder}, sorted by key. */
    public List<Page> pages(Path folder) {
        return switch (this) {
            case SCRAPINGHUB -> scrapinghub(folder);
            case READABILITY -> readability(folder);
            case TRAFILATURA -> trafilatura(folder);
        };
    }

    private static List<Page> scrapinghub(Path folder) {
        JsonNode root = json(folder.resolve("ground-truth.json"), "ground-truth.json beside html/");
        List<Page> pages = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            pages.add(new Page(e.getKey(), folder.resolve("html").resolve(e.getKey() + ".html.gz"),
                    e.getValue().path("articleBody").asText(""), List.of(), List.of()));
        }
        pages.sort(java.util.Comparator.comparing(Page::key));
        return pages;
    }

    private static List<Page> readability(Path folder) {
        List<Page> pages = new ArrayList<>();
        try (Stream<Path> entries = Files.list(folder)) {
            for (Path dir : entries.sorted().toList()) {
                Path source = dir.resolve("source.html");
                Path expected = dir.resolve("expected.html");
                if (Files.isRegularFile(source) && Files.isRegularFile(expected)) {
                    String text = Jsoup.parse(Files.readString(expected, StandardCharsets.UTF_8)).text();
                    pages.add(new Page(dir.getFileName().toString(), source, text, List.of(), List.of()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + folder, e);
        }
        if (pages.isEmpty()) {
            throw new IllegalArgumentException(folder + " holds no <name>/source.html with expected.html");
        }
        return pages;
    }

    private static List<Page> trafilatura(Path folder) {
        JsonNode root = json(folder.resolve("evaldata.json"), "evaldata.json beside html/");
        List<Page> pages = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            JsonNode entry = it.next().getValue();
            String file = entry.path("file").asText("");
            pages.add(new Page(file, folder.resolve("html").resolve(file + ".gz"), null,
                    strings(entry.path("with")), strings(entry.path("without"))));
        }
        pages.sort(java.util.Comparator.comparing(Page::key));
        return pages;
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(v -> {
            if (v.isTextual()) {
                values.add(v.asText());
            }
        });
        return values;
    }

    private static JsonNode json(Path file, String expected) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(file + " does not exist: expected " + expected);
        }
        try {
            return new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
