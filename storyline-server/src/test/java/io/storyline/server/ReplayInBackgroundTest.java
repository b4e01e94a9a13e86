package io.storyline.server;

import io.storyline.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A newsroom opened with a replayer answers before its stored articles are placed (a restarted server listens
 * first): reads see no story yet and say how many articles are still to place, a write waits for the replay,
 * and once it has run the stories are exactly those a replay before opening gives, with the write placed after
 * every stored article. The replay is held by the test (run when it says), so nothing depends on timing.
 */
class ReplayInBackgroundTest {

    @TempDir
    Path folder;

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
    void readsAreAnsweredWhileTheStoredArticlesArePlacedAndAWriteComesAfterThem() throws Exception {
        Path db = folder.resolve("news.db");
        try (Newsroom first = Newsroom.open(ArticleStore.open(db), List.of())) {
            first.add(List.of(fire("x1", "Harbour Radio", 3), ferry("f1", "Coast Wire")));
            first.add(List.of(fire("x2", "Coast Wire", 3)));
            first.add(List.of(ferry("f2", "Island Times")));
        }
        Map<Long, List<String>> before;
        try (Newsroom replayedFirst = Newsroom.open(ArticleStore.open(db), List.of())) {
            assertThat(replayedFirst.replayed()).isTrue();
            before = stories(replayedFirst);
        }
        assertThat(before).hasSize(2);

        List<Runnable> held = new ArrayList<>();
        try (Newsroom room = Newsroom.open(ArticleStore.open(db), List.of(), held::add)) {
            assertThat(held).as("the replay is handed to the replayer, not run in open").hasSize(1);
            assertThat(room.replayed()).isFalse();
            assertThat(room.toPlace()).isEqualTo(4);
            assertThat(room.articleCount()).isZero();
            assertThat(room.stories(Newsroom.Order.NEWEST)).isEmpty();
            assertThat(room.story(before.keySet().iterator().next())).isEmpty();

            // a write while the replay has not run: it waits for it, whichever of the two starts first
            Newsroom.Added[] added = new Newsroom.Added[1];
            Exception[] failed = new Exception[1];
            Thread writer = new Thread(() -> {
                try {
                    added[0] = room.add(List.of(fire("x3", "Island Times", 4)));
                } catch (Exception e) {
                    failed[0] = e;
                }
            });
            writer.start();
            held.get(0).run();
            writer.join();
            assertThat(failed[0]).isNull();

            assertThat(room.replayed()).isTrue();
            assertThat(room.toPlace()).isZero();
            assertThat(room.articleCount()).isEqualTo(5);
            Map<Long, List<String>> after = stories(room);
            long fireStory = added[0].added().get(0).story();
            assertThat(after.get(fireStory)).as("placed after the stored articles, in their story").endsWith("x3");
            List<String> fireBefore = new ArrayList<>(after.get(fireStory));
            fireBefore.remove("x3");
            assertThat(fireBefore).isEqualTo(before.get(fireStory));
            after.remove(fireStory);
            before.remove(fireStory);
            assertThat(after).as("the other story is as a replay before opening gives").isEqualTo(before);
            assertThat(room.add(List.of(ferry("f1", "Coast Wire"))).duplicates())
                    .as("the replayed articles are known to the duplicate check").containsExactly("f1");
        }
    }

    /** Each story's id and its article ids in the order they were placed. */
    private static Map<Long, List<String>> stories(Newsroom room) {
        return room.stories(Newsroom.Order.NEWEST).stream().collect(Collectors.toMap(Newsroom.NewsStory::id,
                s -> List.copyOf(s.story().articleIds()), (a, b) -> a, java.util.TreeMap::new));
    }

    private static Article ferry(String id, String outlet) {
        return new Article(id, outlet, "https://" + id + ".example/ferry", "Skerry ferry sails again",
                LocalDate.of(2026, 3, 1), "The ferry service to Skerry Island resumed on Friday after the storm"
                + " passed, the operator told " + outlet + ". Crews checked the landing stage overnight and found no damage.", "test");
    }

    private static Article fire(String id, String outlet, int day) {
        return new Article(id, outlet, "https://" + id + ".example/fire", "Fire closes Port Wren ferry terminal",
                LocalDate.of(2026, 3, day), "A fire swept through the ferry terminal in Port Wren on Tuesday night,"
                + " forcing the evacuation of two hundred passengers. Firefighters from three stations fought the blaze"
                + " for four hours, " + outlet + " said. The terminal's ticket hall was destroyed.", "test");
    }
}
