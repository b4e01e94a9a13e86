package io.storyline.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Duc2004Test {

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void readsClustersWithDocumentsReferencesAndPeers(@TempDir Path root) throws IOException {
        Path cluster = root.resolve("d99001");
        write(cluster.resolve("docs/D10.txt"), "Tenth report.");
        write(cluster.resolve("docs/D2.txt"), "Second report.");
        write(cluster.resolve("docs/D1.txt"), "First report.");
        write(cluster.resolve("references/B.txt"), "Storm hits coast.\nThousands flee.\n");
        write(cluster.resolve("references/A.txt"), "A storm struck.\n\nMany left.\n");
        write(cluster.resolve("peers/Lead.txt"), "First report.\n");
        write(root.resolve("notes/readme.txt"), "not a cluster");

        List<Duc2004.Cluster> clusters = Duc2004.load(root);

        assertThat(clusters).hasSize(1);
        Duc2004.Cluster loaded = clusters.get(0);
        assertThat(loaded.id()).isEqualTo("d99001");
        assertThat(loaded.documents()).extracting(p -> p.getFileName().toString())
                .containsExactly("D1.txt", "D2.txt", "D10.txt");
        assertThat(loaded.references()).containsOnlyKeys("A", "B");
        assertThat(loaded.references().get("A")).containsExactly("A storm struck.", "Many left.");
        assertThat(loaded.referenceSummaries()).hasSize(2).first().isEqualTo(loaded.references().get("A"));
        assertThat(loaded.peers()).containsOnlyKeys("Lead");
        assertThat(loaded.peers().get("Lead")).containsExactly("First report.");
    }

    @Test
    void sharedDuc2004HasTwentyFiveClustersWithFourReferencesEach() {
        List<Duc2004.Cluster> clusters = Duc2004.load(SharedData.require("data", "duc2004"));
        assertThat(clusters).hasSize(25);
        assertThat(clusters).allSatisfy(c -> {
            assertThat(c.references()).hasSize(4);
            assertThat(c.documents()).hasSize(10);
            assertThat(c.peers()).hasSize(13);
        });
    }
}
