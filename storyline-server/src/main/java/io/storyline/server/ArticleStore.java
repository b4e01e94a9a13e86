package io.storyline.server;

import io.storyline.model.Article;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The newsroom's articles in one SQLite file: write-ahead logging with full sync, so an insert that
 * {@link #insert} returned from is on disk and survives the process being killed; an FTS5 index
 * over titles, outlets and text for search. The schema is versioned with {@code PRAGMA user_version}
 * and upgraded step by step when an older file is opened.
 *
 * <p>One connection writes (callers serialise writes); a few pooled connections read, which WAL
 * lets run alongside the writer.
 */
public final class ArticleStore implements AutoCloseable {

    /** The schema this code writes; files with a higher version were written by a newer Storyline. */
    static final int SCHEMA_VERSION = 2;

    private static final String[][] MIGRATIONS = {
        {   // version 1: articles in arrival order, with a full-text index kept in step by triggers
            "CREATE TABLE articles (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, outlet TEXT NOT NULL,"
                + " url TEXT, title TEXT, published TEXT, text TEXT NOT NULL, origin TEXT NOT NULL,"
                + " received TEXT NOT NULL)",
            "CREATE VIRTUAL TABLE articles_fts USING fts5(title, outlet, text, content='articles',"
                + " content_rowid='seq', tokenize='porter unicode61')",
            "CREATE TRIGGER articles_ai AFTER INSERT ON articles BEGIN INSERT INTO articles_fts(rowid, title,"
                + " outlet, text) VALUES (new.seq, new.title, new.outlet, new.text); END",
        },
        {   // version 2: arrival times beside the sequence, for lastReceivedBy (LAST_RECEIVED_BY)
            "CREATE INDEX articles_received ON articles(seq, julianday(received))",
        },
    };
    /**
     * {@link #lastReceivedBy}'s query. SQLite finds max(seq) by walking back from the newest article until
     * one arrived by the time; on the table that reads each newer row whole, text and all (its
     * {@code received} comes after the text), so a visit long ago read nearly every row. The index of
     * version 2 holds the sequence and the arrival time alone: the same walk, about fifty times faster
     * on 20,000 articles of 6 KB when the visit is older than all of them (same answers).
     */
    static final String LAST_RECEIVED_BY = "SELECT coalesce(max(seq), 0) FROM articles INDEXED BY articles_received"
            + " WHERE julianday(received) <= julianday(?)";
    private static final int READERS = 4;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private final Path file;
    private final Connection writer;
    private final BlockingQueue<Connection> readers = new ArrayBlockingQueue<>(READERS);

    private ArticleStore(Path file, Connection writer) {
        this.file = file;
        this.writer = writer;
    }

    /**
     * Opens (creating when absent) the database file and brings its schema up to date.
     *
     * @throws IOException when the file cannot be opened, is not a Storyline database, or was
     *                     written by a newer version; the message names the file
     */
    public static ArticleStore open(Path file) throws IOException {
        return open(file, SCHEMA_VERSION);
    }

    /** As {@link #open(Path)}, bringing the schema up to {@code version} only (tests make older files so). */
    static ArticleStore open(Path file, int version) throws IOException {
        Path absolute = file.toAbsolutePath();
        if (absolute.getParent() != null) {
            Files.createDirectories(absolute.getParent());
        }
        if (Files.isDirectory(absolute)) {
            throw new IOException(absolute + ": is a folder, not a database file");
        }
        Connection writer = null;
        try {
            writer = connect(absolute, true);
            migrate(writer, absolute, version);
            ArticleStore store = new ArticleStore(absolute, writer);
            for (int i = 0; i < READERS; i++) {
                store.readers.add(connect(absolute, false));
            }
            return store;
        } catch (SQLException e) {
            closeQuietly(writer);
            throw new IOException(absolute + ": cannot be used as a Storyline database (" + e.getMessage() + ")", e);
        }
    }

    /** The database file. */
    public Path file() {
        return file;
    }

    /** Articles already stored with any of these ids are skipped by {@link #insert}; this says which. */
    public synchronized boolean contains(String id) throws IOException {
        try (PreparedStatement q = writer.prepareStatement("SELECT 1 FROM articles WHERE id = ?")) {
            q.setString(1, id);
            try (ResultSet rs = q.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    /**
     * Stores the articles in one transaction and returns once it is committed (durable), giving each
     * its sequence number. Articles whose id is already stored are not stored again.
     *
     * @return for each article, its sequence number, or -1 when its id was already stored
     */
    public synchronized long[] insert(List<Article> articles) throws IOException {
        long[] seqs = new long[articles.size()];
        String now = Instant.now().toString();
        try {
            writer.setAutoCommit(false);
            try (PreparedStatement exists = writer.prepareStatement("SELECT 1 FROM articles WHERE id = ?");
                 PreparedStatement add = writer.prepareStatement("INSERT INTO articles (id, outlet, url, title,"
                         + " published, text, origin, received) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                         Statement.RETURN_GENERATED_KEYS)) {
                for (int i = 0; i < articles.size(); i++) {
                    Article a = articles.get(i);
                    exists.setString(1, a.id());
                    try (ResultSet rs = exists.executeQuery()) {
                        if (rs.next()) {
                            seqs[i] = -1;
                            continue;
                        }
                    }
                    add.setString(1, a.id());
                    add.setString(2, a.outlet());
                    add.setString(3, a.url());
                    add.setString(4, a.title());
                    add.setString(5, a.published() == null ? null : a.published().toString());
                    add.setString(6, a.text());
                    add.setString(7, a.origin());
                    add.setString(8, now);
                    add.executeUpdate();
                    try (ResultSet keys = add.getGeneratedKeys()) {
                        keys.next();
                        seqs[i] = keys.getLong(1);
                    }
                }
            }
            writer.commit();
            return seqs;
        } catch (SQLException e) {
            try {
                writer.rollback();
            } catch (SQLException ignored) {
                // the original failure is the one worth reporting
            }
            throw failure("store articles in", e);
        } finally {
            try {
                writer.setAutoCommit(true);
            } catch (SQLException ignored) {
                // the connection is unusable anyway; the next call reports it
            }
        }
    }

    /** A stored article and its sequence number (arrival order). */
    public record Stored(long seq, Article article) {
    }

    /** Every article, in arrival order. */
    public List<Stored> all() throws IOException {
        return read(c -> {
            List<Stored> out = new ArrayList<>();
            try (Statement q = c.createStatement();
                 ResultSet rs = q.executeQuery("SELECT seq, id, outlet, url, title, published, text, origin"
                         + " FROM articles ORDER BY seq")) {
                while (rs.next()) {
                    String published = rs.getString(6);
                    out.add(new Stored(rs.getLong(1), new Article(rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), published == null ? null : LocalDate.parse(published),
                            rs.getString(7), rs.getString(8))));
                }
            }
            return out;
        });
    }

    /**
     * The sequence number of the last article received at or before {@code instant} (0 when none was): the
     * articles after it arrived later. SQLite's julianday reads the stored ISO instants, whatever their
     * number of fraction digits.
     */
    public long lastReceivedBy(Instant instant) throws IOException {
        return read(c -> {
            try (PreparedStatement q = c.prepareStatement(LAST_RECEIVED_BY)) {
                q.setString(1, instant.toString());
                try (ResultSet rs = q.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    /** How many articles are stored. */
    public long count() throws IOException {
        return read(c -> {
            try (Statement q = c.createStatement(); ResultSet rs = q.executeQuery("SELECT count(*) FROM articles")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /**
     * Sequence numbers of the articles matching the words, best match first (FTS5's bm25 rank).
     * Words are matched as words, never as query syntax; {@code phrase} asks for them in sequence.
     */
    public List<Long> search(String words, boolean phrase, int limit) throws IOException {
        String match = matchExpression(words, phrase);
        if (match.isEmpty()) {
            return List.of();
        }
        return read(c -> {
            List<Long> out = new ArrayList<>();
            try (PreparedStatement q = c.prepareStatement(
                    "SELECT rowid FROM articles_fts WHERE articles_fts MATCH ? ORDER BY rank LIMIT ?")) {
                q.setString(1, match);
                q.setInt(2, limit);
                try (ResultSet rs = q.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getLong(1));
                    }
                }
            }
            return out;
        });
    }

    /** Each word quoted (so FTS5 reads none of it as an operator), all required; or one phrase. */
    static String matchExpression(String words, boolean phrase) {
        List<String> tokens = new ArrayList<>();
        Matcher m = WORD.matcher(words == null ? "" : words);
        while (m.find() && tokens.size() < 16) {
            tokens.add(m.group());
        }
        if (tokens.isEmpty()) {
            return "";
        }
        return phrase ? "\"" + String.join(" ", tokens) + "\"" : "\"" + String.join("\" \"", tokens) + "\"";
    }

    @Override
    public synchronized void close() {
        closeQuietly(writer);
        Connection c;
        while ((c = readers.poll()) != null) {
            closeQuietly(c);
        }
    }

    private interface Query<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T read(Query<T> query) throws IOException {
        Connection c;
        try {
            c = readers.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for the database", e);
        }
        try {
            return query.run(c);
        } catch (SQLException e) {
            throw failure("read", e);
        } finally {
            readers.add(c);
        }
    }

    private IOException failure(String what, SQLException e) {
        return new IOException("cannot " + what + " " + file + ": " + e.getMessage(), e);
    }

    /**
     * A connection to the file. The writer's transactions begin as writers ({@code BEGIN IMMEDIATE}): an
     * insert reads (is the id stored?) before it writes, and a transaction begun as a reader that finds at
     * its first write that another connection committed meanwhile fails at once (SQLITE_BUSY_SNAPSHOT),
     * where one begun as a writer waits its turn (the busy timeout).
     */
    private static Connection connect(Path file, boolean writes) throws SQLException {
        java.util.Properties options = new java.util.Properties();
        if (writes) {
            options.setProperty("transaction_mode", "IMMEDIATE");
        }
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file, options);
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout = 10000");
            s.execute("PRAGMA journal_mode = WAL");
            // FULL: a commit is fsynced before it returns, so an acknowledged article survives a crash.
            s.execute("PRAGMA synchronous = FULL");
        }
        return c;
    }

    private static void migrate(Connection c, Path file, int target) throws SQLException, IOException {
        int version;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA user_version")) {
            rs.next();
            version = rs.getInt(1);
        }
        if (version > SCHEMA_VERSION) {
            throw new IOException(file + ": was written by a newer Storyline (schema " + version
                    + "; this version reads up to " + SCHEMA_VERSION + ")");
        }
        if (version == 0) {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                    "SELECT count(*) FROM sqlite_master WHERE type = 'table'")) {
                rs.next();
                if (rs.getInt(1) > 0) {
                    throw new IOException(file + ": is an SQLite database, but not a Storyline one");
                }
            }
        }
        for (int v = version; v < target; v++) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                for (String sql : MIGRATIONS[v]) {
                    s.execute(sql);
                }
                s.execute("PRAGMA user_version = " + (v + 1));
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing: nothing left to do
            }
        }
    }
}
