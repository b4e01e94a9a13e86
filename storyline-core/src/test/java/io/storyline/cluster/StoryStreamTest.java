package io.storyline.cluster;

import org.junit.jupiter.api.Test;

import static io.storyline.cluster.Newsroom.ferry;
import static io.storyline.cluster.Newsroom.quake;
import static org.assertj.core.api.Assertions.assertThat;

class StoryStreamTest {

    @Test
    void placesEachArticleOnArrival() {
        StoryStream stream = new StoryStream(ClusterSettings.defaults());
        int first = stream.add(quake("q1", "A", "2024-03-04", "Orsk"));
        int ferry = stream.add(ferry("f1", "B", "2024-03-04"));
        assertThat(stream.add(quake("q2", "C", "2024-03-05", "Orsk"))).isEqualTo(first);
        assertThat(ferry).isNotEqualTo(first);
        assertThat(stream.articleCount()).isEqualTo(3);
        assertThat(stream.finish().stories()).hasSize(2);
    }

    @Test
    void consolidationMergesStoriesThatTurnOutToBeOne() {
        // a join threshold no article can reach: only consolidation can bring them together
        StoryStream stream = new StoryStream(ClusterSettings.defaults().withJoinThreshold(0.999)
                .withMergeThreshold(0.3));
        stream.add(quake("q1", "A", "2024-03-04", "Orsk"));
        stream.add(quake("q2", "B", "2024-03-05", "Orsk"));
        stream.add(ferry("f1", "C", "2024-03-05"));
        Clustering clustering = stream.finish();
        assertThat(clustering.stories()).hasSize(2);
        assertThat(clustering.stories().get(0).articleIds()).containsExactly("q1", "q2");
    }

    @Test
    void storiesOutsideTheHorizonAreNotMerged() {
        StoryStream stream = new StoryStream(ClusterSettings.defaults().withJoinThreshold(0.999));
        stream.add(quake("q1", "A", "2024-03-04", "Orsk"));
        stream.add(quake("q2", "B", "2024-09-05", "Orsk"));
        assertThat(stream.finish().stories()).hasSize(2);
    }

    @Test
    void backgroundStatisticsAreLearntWithoutPlacingArticles() {
        StoryStream stream = new StoryStream(ClusterSettings.defaults());
        stream.learn(ferry("bg", "A", null));
        assertThat(stream.articleCount()).isZero();
        stream.add(ferry("f1", "A", null));
        assertThat(stream.finish().stories()).hasSize(1);
    }
}
