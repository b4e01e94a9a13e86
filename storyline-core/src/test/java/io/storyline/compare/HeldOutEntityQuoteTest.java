package io.storyline.compare;

import io.storyline.Storyline;
import io.storyline.analyze.SourceNumbering;
import io.storyline.analyze.StoryAnalysis;
import io.storyline.model.Article;
import io.storyline.model.EntityType;
import io.storyline.model.Quote;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Entity typing and quote attribution on sentences nobody read while writing the rules: the held-out
 * sets entities-duc2006.tsv and quotes-duc2006.tsv refer to sentences of ../shared/data/duc2006 (the
 * data is not copied; a hash of each sentence catches a shifted reference). Each article is read on
 * its own, as {@code compare} reads one file. The figures are reported in docs/BENCHMARKS.md beside
 * the in-sample ones of {@link EntityBenchmarkTest} and {@link QuoteAttributionTest}.
 */
class HeldOutEntityQuoteTest {

    record Label(String article, int sentence, String hash, String gold) {
    }

    private static final Path DUC2006 = Path.of(System.getProperty("storyline.shared", "../shared"), "data", "duc2006");

    static List<Label> labels(String resource) throws IOException {
        List<Label> labels = new ArrayList<>();
        try (InputStream in = HeldOutEntityQuoteTest.class.getResourceAsStream(resource)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t");
                labels.add(new Label(f[0], Integer.parseInt(f[1]), f[2], f[3].strip()));
            }
        }
        return labels;
    }

    /** The article a label names, analysed alone, after checking that the labelled sentence is unchanged. */
    private static StoryAnalysis storyOf(Label label) {
        Article article = Storyline.read(DUC2006.resolve(label.article())).articles().get(0);
        StoryAnalysis story = StoryAnalysis.of(List.of(article));
        String text = story.sentencesOf(0).get(label.sentence()).text();
        assertThat(hash(text)).as("labelled sentence %s #%d is now: %s", label.article(), label.sentence(), text)
                .isEqualTo(label.hash());
        return story;
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void typesEntitiesInSentencesItWasNotWrittenFor() throws IOException {
        assumeTrue(Files.isDirectory(DUC2006), "skipped: " + DUC2006 + " is not present");
        List<Label> labels = labels("entities-duc2006.tsv");
        assertThat(labels).hasSizeGreaterThanOrEqualTo(50);
        int predicted = 0;
        int gold = 0;
        int spanHits = 0;
        int typedHits = 0;
        List<String> errors = new ArrayList<>();
        for (Label label : labels) {
            StoryAnalysis story = storyOf(label);
            StoryEntities entities = StoryEntities.of(story, SourceNumbering.following(story, List.of()));
            Set<String> goldTyped = new HashSet<>();
            if (!label.gold().equals("-")) {
                goldTyped.addAll(List.of(label.gold().split(" ; ")));
            }
            Set<String> goldNames = new HashSet<>();
            goldTyped.forEach(n -> goldNames.add(n.substring(0, n.lastIndexOf('/'))));
            Set<String> found = new HashSet<>();
            for (StoryEntities.Mention mention : entities.mentions(story.sentencesOf(0).get(label.sentence()).id())) {
                if (mention.name().roleOnly()) {
                    continue;
                }
                EntityType type = mention.entity() >= 0
                        ? entities.entities().get(mention.entity()).type() : mention.name().type();
                String name = mention.name().text();
                if (!found.add(name + "/" + type)) {
                    continue;
                }
                predicted++;
                if (goldNames.contains(name)) {
                    spanHits++;
                    if (goldTyped.contains(name + "/" + type)) {
                        typedHits++;
                    } else {
                        errors.add("type " + name + "/" + type + " in " + label.article());
                    }
                } else {
                    errors.add("extra " + name + "/" + type + " in " + label.article());
                }
            }
            gold += goldTyped.size();
            for (String n : goldNames) {
                if (found.stream().noneMatch(p -> p.startsWith(n + "/"))) {
                    errors.add("missed " + n + " in " + label.article());
                }
            }
        }
        double spanP = (double) spanHits / predicted;
        double spanR = (double) spanHits / gold;
        double typedP = (double) typedHits / predicted;
        double typedR = (double) typedHits / gold;
        System.out.printf(Locale.ROOT, "held-out entities: %d sentences, %d gold names, %d found; spans P=%.3f R=%.3f;"
                        + " typed P=%.3f R=%.3f F1=%.3f%n", labels.size(), gold, predicted, spanP, spanR, typedP, typedR,
                2 * typedP * typedR / (typedP + typedR));
        errors.forEach(e -> System.out.println("  " + e));
        assertThat(spanP).as("span precision").isGreaterThanOrEqualTo(0.70);
        assertThat(spanR).as("span recall").isGreaterThanOrEqualTo(0.70);
    }

    @Test
    void attributesQuotesInSentencesItWasNotWrittenFor() throws IOException {
        assumeTrue(Files.isDirectory(DUC2006), "skipped: " + DUC2006 + " is not present");
        List<Label> labels = labels("quotes-duc2006.tsv");
        assertThat(labels).hasSizeGreaterThanOrEqualTo(30);
        int found = 0;
        int gold = 0;
        int correct = 0;
        List<String> errors = new ArrayList<>();
        for (Label label : labels) {
            StoryAnalysis story = storyOf(label);
            SourceNumbering numbers = SourceNumbering.following(story, List.of());
            List<Quote> quotes = new QuoteFinder(story, StoryEntities.of(story, numbers), numbers).find().stream()
                    .filter(q -> q.sentenceIndex() == label.sentence()).toList();
            boolean none = label.gold().equals("-");
            gold += none ? 0 : 1;
            found += quotes.size();
            for (Quote quote : quotes) {
                if (!none && quote.speaker().equalsIgnoreCase(label.gold())) {
                    correct++;
                } else {
                    errors.add("speaker '" + quote.speaker() + "' (gold " + label.gold() + ") in " + label.article());
                }
            }
            if (!none && quotes.stream().noneMatch(q -> q.speaker().equalsIgnoreCase(label.gold()))) {
                errors.add("missed " + label.gold() + " in " + label.article());
            }
        }
        double precision = found == 0 ? 0 : (double) correct / found;
        double recall = (double) correct / gold;
        System.out.printf(Locale.ROOT, "held-out quotes: %d sentences, %d gold speakers, %d quotes found; speaker P=%.3f R=%.3f%n",
                labels.size(), gold, found, precision, recall);
        errors.forEach(e -> System.out.println("  " + e));
        assertThat(precision).as("speaker precision").isGreaterThanOrEqualTo(0.50);
        assertThat(recall).as("speaker recall").isGreaterThanOrEqualTo(0.50);
    }
}
