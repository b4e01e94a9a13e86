package io.storyline.server;

import io.storyline.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A database file of schema version 1 (made by version 1's own migration and insert code) opened by
 * today's store is brought to version 2, the index of arrival times, with nothing lost; the last
 * article received by a time is then read through the index, with the answers version 1's query gave.
 */
class ArticleStoreMigrationTest {

    @TempDir
    Path folder;

    @Test
    void aVersionOneFileGainsTheArrivalIndexAndKeepsItsArticles() throws Exception {
        Path db = folder.resolve("news.db");
        Instant before;
        Instant between;
        try (ArticleStore old = ArticleStore.open(db, 1)) {
            assertThat(version(db)).isEqualTo(1);
            assertThat(indexes(db)).doesNotContain("articles_received");
            before = Instant.now().minusSeconds(1);
            old.insert(articles(0, 3));
            Thread.sleep(20);
            between = Instant.now();
            Thread.sleep(20);
            old.insert(articles(3, 5));
        }
        long lastBefore;
        long lastBetween;
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) { // version 1's query, on the table
            lastBefore = lastReceivedByScanningTheTable(c, before);
            lastBetween = lastReceivedByScanningTheTable(c, between);
        }
        assertThat(lastBefore).isZero();
        assertThat(lastBetween).isEqualTo(3);

        try (ArticleStore store = ArticleStore.open(db)) {
            assertThat(version(db)).isEqualTo(ArticleStore.SCHEMA_VERSION).isEqualTo(2);
            assertThat(indexes(db)).contains("articles_received");
            assertThat(store.count()).isEqualTo(5);
            assertThat(store.lastReceivedBy(before)).isEqualTo(lastBefore);
            assertThat(store.lastReceivedBy(between)).isEqualTo(lastBetween);
            assertThat(store.lastReceivedBy(Instant.now())).isEqualTo(5);
        }
        assertThat(plan(db)).contains("USING COVERING INDEX articles_received");
        try (ArticleStore again = ArticleStore.open(db)) { // opening an up-to-date file changes nothing
            assertThat(again.count()).isEqualTo(5);
        }
        assertThat(version(db)).isEqualTo(2);
    }

    private static List<Article> articles(int from, int to) {
        List<Article> articles = new ArrayList<>();
        for (int i = from; i < to; i++) {
            articles.add(new Article("a" + i, "Bay Gazette", "https://gazette.example/" + i, "Toll vote " + i,
                    LocalDate.of(2024, 5, 2), "The council voted on Tuesday to raise the bridge toll, report " + i + ".",
                    "test"));
        }
        return articles;
    }

    private static long lastReceivedByScanningTheTable(Connection c, Instant instant) throws Exception {
        try (var q = c.prepareStatement(
                "SELECT coalesce(max(seq), 0) FROM articles WHERE julianday(received) <= julianday(?)")) {
            q.setString(1, instant.toString());
            try (ResultSet rs = q.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static int version(Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static List<String> indexes(Path db) throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'index'")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    /** How SQLite runs lastReceivedBy's query. */
    private static String plan(Path db) throws Exception {
        StringBuilder plan = new StringBuilder();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("EXPLAIN QUERY PLAN " + ArticleStore.LAST_RECEIVED_BY
                     .replace("?", "'2024-05-02T00:00:00Z'"))) {
            while (rs.next()) {
                plan.append(rs.getString("detail")).append('\n');
            }
        }
        return plan.toString();
    }
}
