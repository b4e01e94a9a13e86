package io.storyline.server;

import io.storyline.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two stores writing one file at once (a server and an {@code ingest} that was let in, or two in one
 * process): each insert reads before it writes, so a transaction that started as a reader could find at its
 * first write that the other committed meanwhile (SQLITE_BUSY_SNAPSHOT, which no busy timeout waits out).
 * The store's write transactions start as writers (BEGIN IMMEDIATE), so they wait their turn instead.
 */
class ArticleStoreWritersTest {

    @TempDir
    Path folder;

    @Test
    void twoStoresInsertingAtOnceLoseNothingAndStoreNothingTwice() throws Exception {
        Path db = folder.resolve("news.db");
        try (ArticleStore one = ArticleStore.open(db); ArticleStore two = ArticleStore.open(db)) {
            ExecutorService threads = Executors.newFixedThreadPool(4);
            try {
                List<Future<Integer>> done = new ArrayList<>();
                for (int t = 0; t < 4; t++) {
                    ArticleStore store = t % 2 == 0 ? one : two;
                    int writer = t;
                    done.add(threads.submit(() -> {
                        int added = 0;
                        for (int i = 0; i < 60; i++) {
                            // writers 0 and 1 store the same articles through different stores, as do 2 and 3
                            String id = "a" + (writer / 2) + "-" + i;
                            long[] seq = store.insert(List.of(article(id)));
                            added += seq[0] >= 0 ? 1 : 0;
                        }
                        return added;
                    }));
                }
                int added = 0;
                for (Future<Integer> f : done) {
                    added += f.get();
                }
                assertThat(added).as("each article stored by exactly one of the two writers").isEqualTo(120);
            } finally {
                threads.shutdownNow();
            }
            assertThat(one.count()).isEqualTo(120);
            assertThat(one.all()).extracting(s -> s.article().id()).doesNotHaveDuplicates();
        }
    }

    private static Article article(String id) {
        return new Article(id, "Coast Wire", "https://coast.example/" + id, "Ferry " + id, LocalDate.of(2026, 3, 1),
                "The island ferry " + id + " sailed again on Friday after the storm, the operator said.", "test");
    }
}
