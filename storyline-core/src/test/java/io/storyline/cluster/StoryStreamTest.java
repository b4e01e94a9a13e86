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
    void articlesThatAreOnlyATemplateDoNotPileUp() {
        String notice = "This will appear next to all of your comments and it will not appear anywhere else.";
        StoryStream stream = new StoryStream(ClusterSettings.defaults());
        stream.add(quake("q1", "A", "2024-03-04", "Orsk"));
        for (int i = 1; i <= 4; i++) {
            stream.add(Newsroom.article("n" + i, "Site" + i, "2024-03-04", null, notice));
        }
        Clustering clustering = stream.finish();
        // the first two copies cannot be told from a story yet; from the third on, a notice is alone
        assertThat(clustering.storyOfArticle().get("n3")).isNotEqualTo(clustering.storyOfArticle().get("n1"))
                .isNotEqualTo(clustering.storyOfArticle().get("n4"));
        assertThat(clustering.storyOfArticle().get("n3")).isNotEqualTo(clustering.storyOfArticle().get("q1"));
    }

    @Test
    void aWireStoryRerunWordForWordByAThirdOutletJoinsItsStory() {
        String wire = "Ferry crews on the Lisk crossing walked out over wages on Monday, stranding lorries. "
                + "The union said the Lisk strike would last until the operator Calloway Lines reopened pay talks. "
                + "Calloway Lines called the walkout at Brannock port unlawful and asked a court to end it. "
                + "Hauliers said hundreds of lorries were queuing on the approach roads to Brannock port.";
        StoryStream stream = new StoryStream(ClusterSettings.defaults());
        stream.add(quake("q1", "Valley Times", "2024-03-04", "Orsk"));
        for (int i = 1; i <= 4; i++) {
            stream.add(Newsroom.article("w" + i, "Paper" + i, "2024-03-04", null, wire));
        }
        Clustering clustering = stream.finish();
        // every sentence is a "template" from the third copy on, but four of them make a reprint
        assertThat(clustering.storyOfArticle().get("w3")).isEqualTo(clustering.storyOfArticle().get("w1"));
        assertThat(clustering.storyOfArticle().get("w4")).isEqualTo(clustering.storyOfArticle().get("w1"))
                .isNotEqualTo(clustering.storyOfArticle().get("q1"));
    }

    @Test
    void thirdCopiesOfTwoWireStoriesWithAShortLineInCommonStayWithTheirOwnStories() {
        String bus = "A school bus carrying 30 pupils overturned on the Kessel pass road early on Tuesday morning. "
                + "Police said the driver lost control on ice near the Kessel tunnel entrance. "
                + "No one was hurt. "
                + "The pupils were taken to Marrow county hospital for checks and sent home by the evening. "
                + "The Kessel pass road was closed for six hours while cranes lifted the bus from the ditch.\n"
                + "Reporting by Ana Lind; editing by Tom Ruiz.";
        String fire = "Fire swept through a timber warehouse in the Dunmore docks late on Tuesday night, officials said. "
                + "No one was hurt. "
                + "Crews from three stations fought the blaze at the Dunmore docks for most of the night. "
                + "The warehouse owner Hollis Timber said stock worth two million pounds had been lost. "
                + "Investigators from the Dunmore fire service will examine the cause of the fire on Wednesday.";
        StoryStream stream = new StoryStream(ClusterSettings.defaults());
        for (int i = 1; i <= 4; i++) {
            stream.add(Newsroom.article("b" + i, "Paper" + i, "2024-03-05", null, bus));
            stream.add(Newsroom.article("f" + i, "Paper" + i, "2024-03-05", null, fire));
        }
        Clustering clustering = stream.finish();
        for (int i = 2; i <= 4; i++) {
            assertThat(clustering.storyOfArticle().get("b" + i)).isEqualTo(clustering.storyOfArticle().get("b1"));
            assertThat(clustering.storyOfArticle().get("f" + i)).isEqualTo(clustering.storyOfArticle().get("f1"));
        }
        assertThat(clustering.storyOfArticle().get("b1")).isNotEqualTo(clustering.storyOfArticle().get("f1"));
    }

    @Test
    void anArticleLearntAsBackgroundAndThenAddedCountsOnceForTheTemplateRule() {
        String wire = "Ferry crews on the Lisk crossing walked out over wages on Monday, stranding lorries. "
                + "The union said the Lisk strike would last until the operator Calloway Lines reopened pay talks.";
        StoryStream stream = new StoryStream(ClusterSettings.defaults());
        stream.learn(Newsroom.article("w1", "Paper1", "2024-03-04", null, wire));
        stream.add(Newsroom.article("w1", "Paper1", "2024-03-04", null, wire));
        stream.add(Newsroom.article("w2", "Paper2", "2024-03-04", null, wire));
        Clustering clustering = stream.finish();
        assertThat(clustering.storyOfArticle().get("w2")).isEqualTo(clustering.storyOfArticle().get("w1"));
    }

    @Test
    void backgroundStatisticsAreLearntWithoutPlacingArticles() {
        StoryStream stream = new StoryStream(ClusterSettings.defaults());
        stream.learn(ferry("bg", "A", null));
        assertThat(stream.articleCount()).isZero();
        stream.add(ferry("f1", "A", null));
        assertThat(stream.finish().stories()).hasSize(1);
    }

    @Test
    void refinementMovesAnArticlePlacedBeforeItsStoryFormed() {
        // the opener mentions the ferry strike but is mostly about the bridge: on arrival the ferry
        // story is the only one it resembles; once the bridge story exists it belongs there
        ClusterSettings settings = ClusterSettings.defaults().withJoinThreshold(0.2).withMergeThreshold(0.6);
        java.util.List<io.storyline.model.Article> articles = java.util.List.of(
                ferry("f1", "A", "2024-03-04"), ferry("f2", "B", "2024-03-04"),
                Newsroom.article("x", "C", "2024-03-05", "Tolbeck bridge closed as Lisk ferries stay idle",
                        "The Tolbeck bridge was closed after engineers found cracks in its southern pier, "
                                + "cutting the only road out of Brannock port while the Lisk ferry crews remain on "
                                + "strike and Calloway Lines refuses pay talks. "
                                + "Engineers said the Tolbeck pier cracks widened overnight and inspectors "
                                + "ordered the Tolbeck bridge shut until repairs."),
                bridge("b1", "D"), bridge("b2", "E"), bridge("b3", "F"));

        StoryStream online = new StoryStream(settings.withRefinePasses(0));
        int[] placed = articles.stream().mapToInt(online::add).toArray();
        assertThat(placed[2]).as("on arrival the opener joins the ferry story").isEqualTo(placed[0]);
        assertThat(placed[3]).as("the bridge reports start their own story").isNotEqualTo(placed[0]);
        assertThat(online.finish().storyOfArticle().get("x")).isEqualTo(online.finish().storyOfArticle().get("f1"));

        StoryStream refined = new StoryStream(settings);
        articles.forEach(refined::add);
        Clustering clustering = refined.finish();
        assertThat(clustering.storyOfArticle().get("x")).isEqualTo(clustering.storyOfArticle().get("b1"));
        assertThat(clustering.storyOfArticle().get("f1")).isEqualTo(clustering.storyOfArticle().get("f2"))
                .isNotEqualTo(clustering.storyOfArticle().get("x"));
    }

    private static io.storyline.model.Article bridge(String id, String outlet) {
        return Newsroom.article(id, outlet, "2024-03-06", "Tolbeck bridge to stay shut for weeks",
                "Inspectors said the Tolbeck bridge would stay shut for weeks while engineers shore up the cracked "
                        + "southern pier. Drivers face a long detour around the Tolbeck gorge; the council promised "
                        + "temporary shuttle buses across the gorge.");
    }
}
