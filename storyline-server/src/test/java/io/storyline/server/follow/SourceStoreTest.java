package io.storyline.server.follow;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/** What a source's entries count: entries seen, and articles they gave the newsroom that it did not hold. */
class SourceStoreTest {

    @TempDir
    Path folder;

    private static final Instant NOW = Instant.parse("2026-03-05T10:00:00Z");

    @Test
    void anEntryReadIntoAnArticleTheNewsroomHeldCountsAsSeenNotAdded() throws Exception {
        try (SourceStore store = SourceStore.open(folder.resolve("news.follow.db"))) {
            long id = store.add("http://127.0.0.1:9/feed.xml", Duration.ofHours(1), NOW).getKey().id();
            assertThat(store.claim(id, "a", "article-a", NOW)).isFalse();
            store.read(id, "a", "article-a", true, NOW);
            assertThat(store.claim(id, "b", "article-b", NOW)).isFalse();
            store.read(id, "b", "article-a", false, NOW);
            Source source = store.all().get(0);
            assertThat(source.itemsSeen()).isEqualTo(2);
            assertThat(source.articlesAdded()).isEqualTo(1);
            assertThat(store.done(id)).containsExactlyInAnyOrder("a", "b");
        }
    }

    @Test
    void oneSourceIsReadAsAllReadsIt() throws Exception {
        try (SourceStore store = SourceStore.open(folder.resolve("news.follow.db"))) {
            long first = store.add("http://127.0.0.1:9/a.xml", Duration.ofHours(1), NOW).getKey().id();
            long second = store.add("http://127.0.0.1:9/b.xml", Duration.ofMinutes(20), NOW).getKey().id();
            store.read(first, "a1", "article-a1", true, NOW);
            store.read(second, "b1", "article-b1", true, NOW);
            store.read(second, "b2", "article-b1", false, NOW);
            store.failed(second, "b3", "gave no article", NOW);
            assertThat(store.one(first)).contains(store.all().get(0));
            assertThat(store.one(second)).contains(store.all().get(1));
            assertThat(store.one(second).orElseThrow().itemsSeen()).isEqualTo(store.all().get(1).itemsSeen());
            assertThat(store.one(second).orElseThrow().articlesAdded()).isEqualTo(1);
            long third = store.add("http://127.0.0.1:9/c.xml", Duration.ofHours(1), NOW).getKey().id();
            assertThat(store.one(third).orElseThrow().itemsSeen()).as("no entries yet").isZero();
            assertThat(store.one(third + 100)).isEmpty();
            var again = store.add("http://127.0.0.1:9/b.xml", Duration.ofHours(2), NOW);
            assertThat(again.getValue()).as("a URL followed already is not added again").isFalse();
            assertThat(again.getKey()).isEqualTo(store.all().get(1));
        }
    }

    @Test
    void anEntryClaimedBeforeACrashKnowsTheArticleItFindsIsItsOwn() throws Exception {
        Path file = folder.resolve("news.follow.db");
        long id;
        try (SourceStore store = SourceStore.open(file)) {
            id = store.add("http://127.0.0.1:9/feed.xml", Duration.ofHours(1), NOW).getKey().id();
            store.claim(id, "a", "article-a", NOW);
            // the crash: the newsroom stored the article, the entry was never recorded as read
        }
        try (SourceStore store = SourceStore.open(file)) {
            assertThat(store.done(id)).isEmpty();
            assertThat(store.retrying(id)).as("the unrecorded entry is read again").isTrue();
            assertThat(store.claim(id, "a", "article-a", NOW)).isTrue();
            assertThat(store.claim(id, "z", "article-z", NOW)).as("a fresh entry claimed nothing before").isFalse();
        }
    }

    @Test
    void entriesReadBeforeTheCountWasKeptStillCountAsAdded() throws Exception {
        Path file = folder.resolve("news.follow.db");
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file); Statement s = db.createStatement()) {
            s.execute("CREATE TABLE follow_sources (id INTEGER PRIMARY KEY AUTOINCREMENT, url TEXT NOT NULL UNIQUE,"
                    + " title TEXT, interval_seconds INTEGER NOT NULL, paused INTEGER NOT NULL DEFAULT 0, added TEXT NOT NULL,"
                    + " etag TEXT, last_modified TEXT, last_poll TEXT, last_success TEXT, last_error TEXT, last_error_at TEXT,"
                    + " failures INTEGER NOT NULL DEFAULT 0, next_poll TEXT)");
            s.execute("CREATE TABLE follow_items (source INTEGER NOT NULL, item TEXT NOT NULL, article TEXT,"
                    + " attempts INTEGER NOT NULL DEFAULT 0, problem TEXT, seen TEXT NOT NULL, PRIMARY KEY (source, item))");
            s.execute("INSERT INTO follow_sources (url, interval_seconds, added) VALUES ('http://127.0.0.1:9/f', 3600, '"
                    + NOW + "')");
            s.execute("INSERT INTO follow_items (source, item, article, attempts, seen) VALUES (1, 'a', 'x', 1, '" + NOW + "')");
            s.execute("INSERT INTO follow_items (source, item, attempts, problem, seen) VALUES (1, 'b', 1, 'HTTP 503', '"
                    + NOW + "')");
        }
        try (SourceStore store = SourceStore.open(file)) {
            Source source = store.all().get(0);
            assertThat(source.itemsSeen()).isEqualTo(2);
            assertThat(source.articlesAdded()).isEqualTo(1);
        }
    }
}
