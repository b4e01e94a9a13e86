package io.storyline.server;

import io.storyline.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several batches placed in one step ({@link Newsroom#addEach}): each batch's outcome is what its own add would
 * have said (a later batch's copy of an earlier batch's article is its duplicate), the stories are published once
 * for the step, and a newsroom opened again over the store has the same stories.
 */
class PlacingStepTest {

    @TempDir
    Path folder;

    @Test
    void batchesOfOneStepKeepTheirOwnOutcomesAndPublishTheStoriesOnce() throws Exception {
        Path db = folder.resolve("news.db");
        List<Long> stories;
        try (Newsroom room = Newsroom.open(ArticleStore.open(db), List.of())) {
            room.add(List.of(ferry("f1", "Coast Wire")));
            long before = room.version();

            List<Newsroom.Added> outcomes = room.addEach(List.of(
                    List.of(fire("x1", "Harbour Radio", "https://radio.example/fire")),
                    List.of(ferry("f2", "Island Times")),
                    // the same page as the first batch's, under another id: that batch's article, not a new one
                    List.of(fire("x1-again", "Harbour Radio", "https://radio.example/fire")),
                    List.of(fire("x2", "Coast Wire", "https://wire.example/fire"))));

            assertThat(room.version()).as("one new state for the whole step").isEqualTo(before + 1);
            assertThat(outcomes).hasSize(4);
            assertThat(outcomes.get(0).added()).extracting(Newsroom.Placed::articleId).containsExactly("x1");
            assertThat(outcomes.get(1).added()).extracting(Newsroom.Placed::articleId).containsExactly("f2");
            assertThat(outcomes.get(2).added()).isEmpty();
            assertThat(outcomes.get(2).duplicates()).containsExactly("x1");
            assertThat(outcomes.get(3).added()).extracting(Newsroom.Placed::articleId).containsExactly("x2");
            long fire = outcomes.get(0).added().get(0).story();
            assertThat(outcomes.get(3).added().get(0).story()).as("the fire reports are one story").isEqualTo(fire);
            assertThat(outcomes.get(1).added().get(0).story()).as("the ferry joins its story").isNotEqualTo(fire);
            assertThat(room.articleCount()).isEqualTo(4);
            assertThat(room.storyCount()).isEqualTo(2);
            stories = room.stories(Newsroom.Order.BIGGEST).stream().map(Newsroom.NewsStory::id).toList();

            assertThat(room.addEach(List.of(List.of(ferry("f2", "Island Times")))).get(0).added())
                    .as("nothing new: no article placed").isEmpty();
        }
        try (Newsroom again = Newsroom.open(ArticleStore.open(db), List.of())) {
            assertThat(again.articleCount()).isEqualTo(4);
            assertThat(again.stories(Newsroom.Order.BIGGEST).stream().map(Newsroom.NewsStory::id).toList())
                    .isEqualTo(stories);
        }
    }

    private static Article ferry(String id, String outlet) {
        return new Article(id, outlet, "https://" + id + ".example/ferry", "Skerry ferry sails again",
                LocalDate.of(2026, 3, 1), "The ferry service to Skerry Island resumed on Friday after the storm"
                + " passed, the operator told " + outlet + ". Crews checked the landing stage overnight and found no damage.", "test");
    }

    private static Article fire(String id, String outlet, String url) {
        return new Article(id, outlet, url, "Fire closes Port Wren ferry terminal",
                LocalDate.of(2026, 3, 3), "A fire swept through the ferry terminal in Port Wren on Tuesday night,"
                + " forcing the evacuation of two hundred passengers. Firefighters from three stations fought the blaze"
                + " for four hours, " + outlet + " said. The terminal's ticket hall was destroyed.", "test");
    }
}
