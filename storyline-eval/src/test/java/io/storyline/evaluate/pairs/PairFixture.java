package io.storyline.evaluate.pairs;

import io.storyline.analyze.AnalyzedSentence;
import io.storyline.analyze.StoryAnalysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A small shared-data folder written by the tests: one DUC-style cluster of two invented reports. */
final class PairFixture {

    static final String CLUSTER = "d99001";

    private PairFixture() {
    }

    /** Writes {@code duc2004/d99001/docs/{A,B}.txt} under {@code data}. */
    static Path write(Path data) throws IOException {
        Path docs = Files.createDirectories(data.resolve("duc2004").resolve(CLUSTER).resolve("docs"));
        Files.writeString(docs.resolve("A.txt"), """
                A fire broke out at the Brennan plastics plant in Oakdale on Tuesday night, the fire department said.

                The blaze killed three workers and forced the evacuation of nearby homes.

                The plant's owner, Harold Brennan, said the company would rebuild the factory within a year.

                Investigators said the fire started in a storage room near the loading dock.
                """);
        Files.writeString(docs.resolve("B.txt"), """
                Fire crews fought for six hours to control the blaze at the plastics plant in Oakdale.

                The blaze killed five workers and forced the evacuation of nearby homes.

                Harold Brennan, who owns the plant, said the company would rebuild the factory within a year.

                Schools in Oakdale will reopen on Monday, the district said.
                """);
        return data;
    }

    /** A label line for the sentences of A and B that open so. */
    static String line(Path data, int id, String openingA, String openingB, String label, String half) {
        PairClusters.Cluster cluster = new PairClusters(data).cluster("duc2004", CLUSTER);
        StoryAnalysis story = StoryAnalysis.of(cluster.articles());
        AnalyzedSentence a = find(story, cluster.article("A.txt"), openingA);
        AnalyzedSentence b = find(story, cluster.article("B.txt"), openingB);
        return String.join("\t", Integer.toString(id), "duc2004", CLUSTER, "A.txt", Integer.toString(a.position()),
                LabelledPair.hash(a.text()), "B.txt", Integer.toString(b.position()), LabelledPair.hash(b.text()),
                label, half, "test");
    }

    private static AnalyzedSentence find(StoryAnalysis story, int article, String opening) {
        List<AnalyzedSentence> sentences = story.sentencesOf(article);
        return sentences.stream().filter(s -> s.text().startsWith(opening)).findFirst().orElseThrow();
    }

    static String labels(String... lines) {
        return PairSet.HEADER + "\n" + String.join("\n", lines) + "\n";
    }
}
