package io.storyline.cluster;

import io.storyline.model.Article;
import io.storyline.model.Story;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static io.storyline.cluster.Newsroom.ferry;
import static io.storyline.cluster.Newsroom.quake;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StoryClustererTest {

    private final List<Article> desk = List.of(
            quake("q1", "Valley Times", "2024-03-04", "Orsk"),
            ferry("f1", "Harbour Herald", "2024-03-04"),
            quake("q2", "Harbour Herald", "2024-03-05", "Orsk"),
            ferry("f2", "Daily Lantern", "2024-03-06"),
            quake("q3", "Daily Lantern", "2024-03-06", "Orsk"));

    @Test
    void separatesTwoStoriesAndDescribesEach() {
        Clustering clustering = new StoryClusterer().cluster(desk);
        assertThat(clustering.stories()).hasSize(2);
        Story quakes = clustering.stories().stream().filter(s -> s.articleIds().contains("q1")).findFirst().orElseThrow();
        Story ferries = clustering.stories().stream().filter(s -> s != quakes).findFirst().orElseThrow();
        assertThat(quakes.articleIds()).containsExactly("q1", "q2", "q3");
        assertThat(quakes.first()).hasToString("2024-03-04");
        assertThat(quakes.last()).hasToString("2024-03-06");
        assertThat(quakes.outlets()).containsExactly("Valley Times", "Harbour Herald", "Daily Lantern");
        assertThat(quakes.label()).isEqualTo("Earthquake shakes Orsk");
        assertThat(clustering.storyOfArticle()).containsEntry("f2", ferries.id());
        assertThat(clustering.articlesOf(ferries)).extracting(Article::id)
                .containsExactly("f1", "f2");
    }

    @Test
    void theSameSubjectAYearLaterIsAnotherStory() {
        List<Article> articles = new ArrayList<>(desk);
        articles.add(quake("q4", "Valley Times", "2025-03-10", "Orsk"));
        articles.add(quake("q5", "Harbour Herald", "2025-03-11", "Orsk"));
        Clustering clustering = new StoryClusterer().cluster(articles);
        assertThat(clustering.storyOfArticle().get("q4")).isEqualTo(clustering.storyOfArticle().get("q5"))
                .isNotEqualTo(clustering.storyOfArticle().get("q1"));
    }

    @Test
    void undatedArticlesAreComparedWithoutATimePenalty() {
        List<Article> articles = new ArrayList<>(desk);
        articles.add(quake("q9", "Wire", null, "Orsk"));
        Clustering clustering = new StoryClusterer().cluster(articles);
        assertThat(clustering.storyOfArticle().get("q9")).isEqualTo(clustering.storyOfArticle().get("q1"));
    }

    @Test
    void theOrderOfTheInputDoesNotMatter() {
        List<Article> shuffled = new ArrayList<>(desk);
        Collections.shuffle(shuffled, new Random(7));
        assertThat(new StoryClusterer().cluster(shuffled)).isEqualTo(new StoryClusterer().cluster(desk));
    }

    @Test
    void twoArticlesWithOneIdAreRefused() {
        assertThatThrownBy(() -> new StoryClusterer().cluster(List.of(quake("x", "A", null, "Orsk"),
                ferry("x", "B", null)))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'x'");
    }

    @Test
    void anArticleWithoutWordsIsAStoryOfItsOwn() {
        Article empty = Newsroom.article("n1", "Wire", null, null, "12 34 56");
        Clustering clustering = new StoryClusterer().cluster(List.of(empty, ferry("f1", "A", null)));
        assertThat(clustering.stories()).hasSize(2);
        assertThat(clustering.stories()).anySatisfy(s -> assertThat(s.label()).isEqualTo("(untitled story)"));
    }

    @Test
    void biggestAndNewestFirst() {
        List<Article> articles = new ArrayList<>(desk);
        articles.add(ferry("f3", "A", "2024-03-07"));
        articles.add(quake("q8", "B", "2023-01-01", "Tarn"));
        List<Story> order = new StoryClusterer().cluster(articles).biggestAndNewestFirst();
        assertThat(order.get(0).articleIds()).contains("f3"); // as big as the quake story, and newer
        assertThat(order.get(1).articleIds()).contains("q1");
        assertThat(order.get(2).articleIds()).containsExactly("q8");
    }
}
