package io.storyline.compare;

import io.storyline.model.EntityType;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Precision and recall of the entity finder ({@link NameFinder} mentions, typed by their resolved
 * {@link StoryEntities} entity, the whole set read as one story) on the project's own annotated sentences
 * (entities.txt): a predicted name counts when its span text matches a gold name, and, for the
 * typed figures, when its type does too. The figures are printed and reported in docs/BENCHMARKS.md.
 */
class EntityBenchmarkTest {

    record Gold(String sentence, Set<String> names) {
    }

    static List<Gold> goldSet() throws IOException {
        List<Gold> gold = new ArrayList<>();
        try (InputStream in = EntityBenchmarkTest.class.getResourceAsStream("entities.txt")) {
            String sentence = null;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (line.startsWith("= ")) {
                    Set<String> names = new HashSet<>();
                    String list = line.substring(2).strip();
                    if (!list.equals("-")) {
                        for (String item : list.split(" ; ")) {
                            names.add(item.strip());
                        }
                    }
                    gold.add(new Gold(sentence, names));
                } else {
                    sentence = line.strip();
                }
            }
        }
        return gold;
    }

    @Test
    void findsAndTypesNamesInTheAnnotatedSentences() throws IOException {
        List<Gold> gold = goldSet();
        assertThat(gold).hasSizeGreaterThanOrEqualTo(45);
        List<io.storyline.model.Article> articles = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            articles.add(new io.storyline.model.Article("s" + i, "Desk " + i, null, null, null, gold.get(i).sentence(), "s" + i));
        }
        io.storyline.analyze.StoryAnalysis story = io.storyline.analyze.StoryAnalysis.of(articles);
        StoryEntities entities = StoryEntities.of(story, io.storyline.analyze.SourceNumbering.following(story, List.of()));
        int predictedSpans = 0;
        int goldSpans = 0;
        int spanHits = 0;
        int typedHits = 0;
        List<String> errors = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            Gold g = gold.get(i);
            assertThat(story.sentencesOf(i)).as(g.sentence()).hasSize(1);
            Set<String> goldNames = new HashSet<>();
            g.names().forEach(n -> goldNames.add(n.substring(0, n.lastIndexOf('/'))));
            Set<String> predicted = new HashSet<>();
            for (StoryEntities.Mention mention : entities.mentions(story.sentencesOf(i).get(0).id())) {
                if (mention.name().roleOnly()) {
                    continue;
                }
                EntityType type = mention.entity() >= 0 ? entities.entities().get(mention.entity()).type() : mention.name().type();
                Name name = new Name(mention.name().start(), mention.name().end(), mention.name().text(), type,
                        false, null, false, false);
                predicted.add(name.text() + "/" + name.type());
                predictedSpans++;
                if (goldNames.contains(name.text())) {
                    spanHits++;
                } else {
                    errors.add("extra " + name.text() + "/" + name.type() + " in: " + g.sentence());
                }
                if (g.names().contains(name.text() + "/" + name.type())) {
                    typedHits++;
                } else if (goldNames.contains(name.text())) {
                    errors.add("type " + name.text() + "/" + name.type() + " in: " + g.sentence());
                }
            }
            goldSpans += g.names().size();
            for (String n : g.names()) {
                String text = n.substring(0, n.lastIndexOf('/'));
                if (predicted.stream().noneMatch(p -> p.startsWith(text + "/"))) {
                    errors.add("missed " + n + " in: " + g.sentence());
                }
            }
        }
        double spanP = (double) spanHits / predictedSpans;
        double spanR = (double) spanHits / goldSpans;
        double typedP = (double) typedHits / predictedSpans;
        double typedR = (double) typedHits / goldSpans;
        System.out.printf("entities: %d sentences, %d gold names; spans P=%.3f R=%.3f; typed P=%.3f R=%.3f F1=%.3f%n",
                gold.size(), goldSpans, spanP, spanR, typedP, typedR, 2 * typedP * typedR / (typedP + typedR));
        errors.forEach(e -> System.out.println("  " + e));
        assertThat(spanP).as("span precision").isGreaterThanOrEqualTo(0.85);
        assertThat(spanR).as("span recall").isGreaterThanOrEqualTo(0.85);
        assertThat(typedP).as("typed precision").isGreaterThanOrEqualTo(0.75);
        assertThat(typedR).as("typed recall").isGreaterThanOrEqualTo(0.75);
        assertThat(EntityType.values()).hasSize(4);
    }
}
