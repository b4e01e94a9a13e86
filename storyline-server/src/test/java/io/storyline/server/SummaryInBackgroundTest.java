package io.storyline.server;

import io.storyline.model.Article;
import io.storyline.model.Summary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Summaries are made in the background, never inside a read. While the worker is held (here by a story
 * feature that waits), a story with no summary yet is read with a stand-in, the lead of its first article,
 * and every one of its articles; a story that gained an article is read with its previous summary. Both
 * are marked not current, and both are made once the worker goes on.
 */
class SummaryInBackgroundTest {

    @TempDir
    Path folder;

    /** A feature that holds the summary worker until released. */
    private static final class Held implements StoryFeature {
        final CountDownLatch release = new CountDownLatch(1);
        volatile boolean holding = true;

        @Override
        public String name() {
            return "held";
        }

        @Override
        public Optional<FeatureView> view(List<Article> articles, Summary summary) {
            try {
                if (holding) {
                    release.await(2, TimeUnit.MINUTES);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Optional.empty();
        }
    }

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void readsGetTheLastSummaryOrAStandInAndNeverWaitForOne() throws Exception {
        Held held = new Held();
        try (Newsroom room = Newsroom.open(ArticleStore.open(folder.resolve("news.db")), List.of(held))) {
            long ferry = room.add(List.of(ferry("f1", "Coast Wire"))).added().get(0).story();
            // the worker is held making the ferry story's summary; the fire story arrives meanwhile
            List<Newsroom.Placed> placed = room.add(List.of(fire("x1", "Harbour Radio", 3), fire("x2", "Coast Wire", 3)))
                    .added();
            long fire = placed.get(0).story();
            assertThat(placed.get(1).story()).as("one story").isEqualTo(fire);

            Newsroom.StoryView standIn = room.view(room.story(fire).orElseThrow());
            assertThat(standIn.current()).isFalse();
            assertThat(standIn.summary().method()).isEqualTo("lead");
            assertThat(standIn.summary().sources()).hasSize(1);
            assertThat(standIn.summary().sentences()).isNotEmpty();
            assertThat(standIn.story().articles()).as("the story page still lists every article").hasSize(2);
            assertThat(standIn.features()).isEmpty();
            // read again while the worker is held: the same view, its stand-in made once and its page written once
            assertThat(room.view(room.story(fire).orElseThrow())).isSameAs(standIn);
            List<Newsroom.NewsStory> newest = room.stories(Newsroom.Order.NEWEST);
            assertThat(room.stories(Newsroom.Order.NEWEST)).as("sorted once while nothing changes").isSameAs(newest);
            assertThat(newest).extracting(Newsroom.NewsStory::id).containsExactly(fire, ferry);
            assertThat(room.view(room.story(ferry).orElseThrow()).current()).isFalse();

            held.holding = false;
            held.release.countDown();
            Newsroom.StoryView made = current(room, fire);
            assertThat(made.summary().method()).isEqualTo("coverage");
            assertThat(current(room, ferry).summary().method()).isEqualTo("coverage");

            // the fire story gains an article: until its summary is made again, the previous one, not current
            room.add(List.of(fire("x3", "Island Times", 4)));
            assertThat(room.stories(Newsroom.Order.NEWEST)).as("sorted again after the change").isNotSameAs(newest);
            Newsroom.StoryView read = room.view(room.story(fire).orElseThrow());
            assertThat(read.story().articles()).hasSize(3);
            if (!read.current()) {
                assertThat(read.summary()).isEqualTo(made.summary());
            }
            assertThat(current(room, fire).story().articles()).hasSize(3);
        }
    }

    private static Newsroom.StoryView current(Newsroom room, long id) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        Newsroom.StoryView view = room.view(room.story(id).orElseThrow());
        while (!view.current() && System.nanoTime() < deadline) {
            Thread.sleep(20);
            view = room.view(room.story(id).orElseThrow());
        }
        assertThat(view.current()).as("made in the background").isTrue();
        return view;
    }

    private static Article ferry(String id, String outlet) {
        return new Article(id, outlet, "https://" + id + ".example/ferry", "Skerry ferry sails again",
                LocalDate.of(2026, 3, 1), "The ferry service to Skerry Island resumed on Friday after the storm"
                + " passed, the operator said. Crews checked the landing stage overnight and found no damage.", "test");
    }

    private static Article fire(String id, String outlet, int day) {
        return new Article(id, outlet, "https://" + id + ".example/fire", "Fire closes Port Wren ferry terminal",
                LocalDate.of(2026, 3, day), "A fire swept through the ferry terminal in Port Wren on Tuesday night,"
                + " forcing the evacuation of two hundred passengers. Firefighters from three stations fought the blaze"
                + " for four hours, " + outlet + " said. The terminal's ticket hall was destroyed.", "test");
    }
}
