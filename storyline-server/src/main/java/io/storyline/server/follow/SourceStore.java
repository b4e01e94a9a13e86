package io.storyline.server.follow;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The followed sources and the entries already read from each, in an SQLite file beside the newsroom's
 * ({@link #fileFor}: {@code news.db} keeps them in {@code news.follow.db}), committed with full sync like the
 * articles. A file of its own, so that its writes never meet the article store's transactions (SQLite lets
 * one connection write at a time, and a deferred transaction that loses that race fails at once).
 *
 * <p>An entry is remembered only after its article is committed to the newsroom, so a crash between the
 * two reads the entry again on restart and the newsroom recognises its article id: nothing is lost and
 * nothing stored twice. An entry whose article could not be read is tried again on later polls, up to
 * {@link #MAX_ATTEMPTS} times.
 *
 * <p>An entry counts as giving the newsroom an article ({@link Source#articlesAdded}) only when its article was
 * new there: one the newsroom already held (the same URL, canonical URL or text, from another source or posted)
 * is read but adds nothing. The article an entry is about to add is claimed first ({@link #claim}), so that
 * the entry read again after a crash knows the article it finds stored is its own.
 */
final class SourceStore implements AutoCloseable {

    /** Polls in which an entry that gives no article is tried before it is left alone. */
    static final int MAX_ATTEMPTS = 3;

    /** Source ids are never reused (AUTOINCREMENT), so a removed source's id never names another one. */
    private static final String[] SCHEMA = {
        "CREATE TABLE IF NOT EXISTS follow_sources (id INTEGER PRIMARY KEY AUTOINCREMENT, url TEXT NOT NULL UNIQUE,"
            + " title TEXT, interval_seconds INTEGER NOT NULL, paused INTEGER NOT NULL DEFAULT 0, added TEXT NOT NULL,"
            + " etag TEXT, last_modified TEXT, last_poll TEXT, last_success TEXT, last_error TEXT, last_error_at TEXT,"
            + " failures INTEGER NOT NULL DEFAULT 0, next_poll TEXT)",
        "CREATE TABLE IF NOT EXISTS follow_items (source INTEGER NOT NULL, item TEXT NOT NULL, article TEXT,"
            + " attempts INTEGER NOT NULL DEFAULT 0, problem TEXT, seen TEXT NOT NULL, claimed TEXT,"
            + " added INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (source, item))",
    };

    /**
     * Columns later versions added to {@code follow_items}, with the statement that fills them for entries
     * read before: such an entry's article was counted as added then, and no one can tell now.
     */
    private static final String[][] LATER_COLUMNS = {
        {"claimed", "ALTER TABLE follow_items ADD COLUMN claimed TEXT", null},
        {"added", "ALTER TABLE follow_items ADD COLUMN added INTEGER NOT NULL DEFAULT 0",
            "UPDATE follow_items SET added = 1 WHERE article IS NOT NULL"},
    };

    private final Path file;
    private final Connection db;

    private SourceStore(Path file, Connection db) {
        this.file = file;
        this.db = db;
    }

    /** The file that keeps the sources of the newsroom in {@code database}. */
    static Path fileFor(Path database) {
        Path absolute = database.toAbsolutePath();
        String name = absolute.getFileName().toString();
        String stem = name.toLowerCase(java.util.Locale.ROOT).endsWith(".db") ? name.substring(0, name.length() - 3) : name;
        return absolute.resolveSibling(stem + ".follow.db");
    }

    static SourceStore open(Path file) throws IOException {
        Path absolute = file.toAbsolutePath();
        try {
            java.util.Properties options = new java.util.Properties();
            options.setProperty("transaction_mode", "IMMEDIATE");  // a transaction begins as the writer it will be
            Connection c = DriverManager.getConnection("jdbc:sqlite:" + absolute, options);
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA busy_timeout = 10000");
                s.execute("PRAGMA journal_mode = WAL");
                s.execute("PRAGMA synchronous = FULL");
                for (String sql : SCHEMA) {
                    s.execute(sql);
                }
                addLaterColumns(s);
            }
            return new SourceStore(absolute, c);
        } catch (SQLException e) {
            throw new IOException(absolute + ": cannot keep the followed sources (" + e.getMessage() + ")", e);
        }
    }

    private static void addLaterColumns(Statement s) throws SQLException {
        java.util.Set<String> columns = new java.util.HashSet<>();
        try (ResultSet rs = s.executeQuery("PRAGMA table_info(follow_items)")) {
            while (rs.next()) {
                columns.add(rs.getString("name"));
            }
        }
        for (String[] column : LATER_COLUMNS) {
            if (!columns.contains(column[0])) {
                s.execute(column[1]);
                if (column[2] != null) {
                    s.execute(column[2]);
                }
            }
        }
    }

    /** Every source, oldest first, with its counts. */
    synchronized List<Source> all() throws IOException {
        try (Statement q = db.createStatement(); ResultSet rs = q.executeQuery(SELECT_SOURCES + " ORDER BY id")) {
            Map<Long, long[]> counts = counts();
            List<Source> out = new ArrayList<>();
            while (rs.next()) {
                out.add(source(rs, counts.getOrDefault(rs.getLong(1), new long[2])));
            }
            return out;
        } catch (SQLException e) {
            throw failure("read the sources from", e);
        }
    }

    /**
     * One source with its entry counts, as {@link #all} has it: read after each poll, so reading every source
     * (and counting every source's entries) there made most of what a following server allocated.
     */
    synchronized Optional<Source> one(long id) throws IOException {
        try (PreparedStatement q = db.prepareStatement(SELECT_SOURCES + " WHERE id = ?");
             PreparedStatement c = db.prepareStatement("SELECT count(*), coalesce(sum(added), 0) FROM follow_items"
                     + " WHERE source = ?")) {
            q.setLong(1, id);
            c.setLong(1, id);
            long[] counts = new long[2];
            try (ResultSet rs = c.executeQuery()) {
                if (rs.next()) {
                    counts = new long[] {rs.getLong(1), rs.getLong(2)};
                }
            }
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? Optional.of(source(rs, counts)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("read the sources from", e);
        }
    }

    private static final String SELECT_SOURCES = "SELECT id, url, title, interval_seconds, paused, added, etag,"
            + " last_modified, last_poll, last_success, last_error, last_error_at, failures, next_poll FROM follow_sources";

    private static Source source(ResultSet rs, long[] c) throws SQLException {
        return new Source(rs.getLong(1), rs.getString(2), rs.getString(3), Duration.ofSeconds(rs.getLong(4)),
                rs.getInt(5) != 0, instant(rs.getString(6)), rs.getString(7), rs.getString(8),
                instant(rs.getString(9)), instant(rs.getString(10)), rs.getString(11), instant(rs.getString(12)),
                rs.getInt(13), instant(rs.getString(14)), c[0], c[1]);
    }

    private Map<Long, long[]> counts() throws SQLException {
        Map<Long, long[]> counts = new HashMap<>();
        try (Statement q = db.createStatement(); ResultSet rs = q.executeQuery(
                "SELECT source, count(*), sum(added) FROM follow_items GROUP BY source")) {
            while (rs.next()) {
                counts.put(rs.getLong(1), new long[] {rs.getLong(2), rs.getLong(3)});
            }
        }
        return counts;
    }

    /** The source with this URL, added when it is not followed yet (true in the pair's value when added). */
    synchronized Map.Entry<Source, Boolean> add(String url, Duration interval, Instant now) throws IOException {
        try {
            Optional<Source> existing = byUrl(url);
            if (existing.isPresent()) {
                return Map.entry(existing.get(), false);
            }
            try (PreparedStatement add = db.prepareStatement(
                    "INSERT INTO follow_sources (url, interval_seconds, added) VALUES (?, ?, ?)")) {
                add.setString(1, url);
                add.setLong(2, interval.toSeconds());
                add.setString(3, now.toString());
                add.executeUpdate();
            }
            return Map.entry(byUrl(url).orElseThrow(), true);
        } catch (SQLException e) {
            throw failure("add a source to", e);
        }
    }

    /** The source with this URL (one row by its index: a sources file of 200 lines read every source 200 times). */
    private Optional<Source> byUrl(String url) throws IOException, SQLException {
        try (PreparedStatement q = db.prepareStatement("SELECT id FROM follow_sources WHERE url = ?")) {
            q.setString(1, url);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next() ? one(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    /** Writes a source's settings and health. */
    synchronized void save(Source s) throws IOException {
        try (PreparedStatement u = db.prepareStatement("UPDATE follow_sources SET title = ?, interval_seconds = ?,"
                + " paused = ?, etag = ?, last_modified = ?, last_poll = ?, last_success = ?, last_error = ?,"
                + " last_error_at = ?, failures = ?, next_poll = ? WHERE id = ?")) {
            u.setString(1, s.title());
            u.setLong(2, s.interval().toSeconds());
            u.setInt(3, s.paused() ? 1 : 0);
            u.setString(4, s.etag());
            u.setString(5, s.lastModified());
            setInstant(u, 6, s.lastPoll());
            setInstant(u, 7, s.lastSuccess());
            u.setString(8, s.lastError());
            setInstant(u, 9, s.lastErrorAt());
            u.setInt(10, s.failures());
            setInstant(u, 11, s.nextPoll());
            u.setLong(12, s.id());
            u.executeUpdate();
        } catch (SQLException e) {
            throw failure("save a source in", e);
        }
    }

    /** Stops following the source and forgets its entries; false when there is no such source. */
    synchronized boolean remove(long id) throws IOException {
        try {
            db.setAutoCommit(false);
            try (PreparedStatement items = db.prepareStatement("DELETE FROM follow_items WHERE source = ?");
                 PreparedStatement source = db.prepareStatement("DELETE FROM follow_sources WHERE id = ?")) {
                items.setLong(1, id);
                items.executeUpdate();
                source.setLong(1, id);
                boolean removed = source.executeUpdate() > 0;
                db.commit();
                return removed;
            }
        } catch (SQLException e) {
            rollback();
            throw failure("remove a source from", e);
        } finally {
            autoCommit();
        }
    }

    /** The keys of the source's entries that are done: read into an article, or tried {@link #MAX_ATTEMPTS} times. */
    synchronized java.util.Set<String> done(long source) throws IOException {
        try (PreparedStatement q = db.prepareStatement(
                "SELECT item FROM follow_items WHERE source = ? AND (article IS NOT NULL OR attempts >= ?)")) {
            q.setLong(1, source);
            q.setInt(2, MAX_ATTEMPTS);
            java.util.Set<String> keys = new java.util.HashSet<>();
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    keys.add(rs.getString(1));
                }
            }
            return keys;
        } catch (SQLException e) {
            throw failure("read the entries of a source from", e);
        }
    }

    /** True when some entry of the source gave no article yet and is still to be tried again. */
    synchronized boolean retrying(long source) throws IOException {
        try (PreparedStatement q = db.prepareStatement(
                "SELECT 1 FROM follow_items WHERE source = ? AND article IS NULL AND attempts < ? LIMIT 1")) {
            q.setLong(1, source);
            q.setInt(2, MAX_ATTEMPTS);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw failure("read the entries of a source from", e);
        }
    }

    /**
     * Notes that the entry is about to add the article of id {@code article} to the newsroom (committed before
     * this returns), and tells whether an earlier attempt had already claimed that same article: then the
     * article, if the newsroom holds it now, was stored by that attempt, which a crash kept from being recorded.
     */
    synchronized boolean claim(long source, String item, String article, Instant now) throws IOException {
        String before = null;
        try (PreparedStatement q = db.prepareStatement("SELECT claimed FROM follow_items WHERE source = ? AND item = ?")) {
            q.setLong(1, source);
            q.setString(2, item);
            try (ResultSet rs = q.executeQuery()) {
                before = rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw failure("read an entry from", e);
        }
        try (PreparedStatement u = db.prepareStatement("INSERT INTO follow_items (source, item, claimed, seen)"
                + " VALUES (?, ?, ?, ?) ON CONFLICT (source, item) DO UPDATE SET claimed = excluded.claimed")) {
            u.setLong(1, source);
            u.setString(2, item);
            u.setString(3, article);
            u.setString(4, now.toString());
            u.executeUpdate();
        } catch (SQLException e) {
            throw failure("remember an entry in", e);
        }
        return article.equals(before);
    }

    /**
     * Remembers an entry as read into the article (committed before this returns), {@code added} when the
     * article was new to the newsroom, not one it held already.
     */
    synchronized void read(long source, String item, String article, boolean added, Instant now) throws IOException {
        upsert(source, item, article, null, added, now);
    }

    /** Counts one more failed attempt at an entry, with why. */
    synchronized void failed(long source, String item, String problem, Instant now) throws IOException {
        upsert(source, item, null, problem, false, now);
    }

    private void upsert(long source, String item, String article, String problem, boolean added, Instant now)
            throws IOException {
        try (PreparedStatement u = db.prepareStatement("INSERT INTO follow_items (source, item, article, attempts,"
                + " problem, added, seen) VALUES (?, ?, ?, 1, ?, ?, ?) ON CONFLICT (source, item) DO UPDATE SET"
                + " article = coalesce(excluded.article, article), attempts = attempts + 1, problem = excluded.problem,"
                + " added = max(added, excluded.added)")) {
            u.setLong(1, source);
            u.setString(2, item);
            u.setString(3, article);
            u.setString(4, problem);
            u.setInt(5, added ? 1 : 0);
            u.setString(6, now.toString());
            u.executeUpdate();
        } catch (SQLException e) {
            throw failure("remember an entry in", e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            db.close();
        } catch (SQLException ignored) {
            // closing: nothing left to do
        }
    }

    private static Instant instant(String text) {
        return text == null ? null : Instant.parse(text);
    }

    private static void setInstant(PreparedStatement s, int index, Instant value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.VARCHAR);
        } else {
            s.setString(index, value.toString());
        }
    }

    private void rollback() {
        try {
            db.rollback();
        } catch (SQLException ignored) {
            // the original failure is the one worth reporting
        }
    }

    private void autoCommit() {
        try {
            db.setAutoCommit(true);
        } catch (SQLException ignored) {
            // the connection is unusable anyway; the next call reports it
        }
    }

    private IOException failure(String what, SQLException e) {
        return new IOException("cannot " + what + " " + file + ": " + e.getMessage(), e);
    }
}
