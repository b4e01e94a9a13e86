package io.storyline.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.Properties;

/**
 * One writer per database: the process that writes a newsroom's SQLite file (a server for its whole
 * life, {@code ingest} while it stores) holds an exclusive lock on {@code FILE.lock} beside it. The
 * operating system releases the lock when the process ends, however it ends, so a killed server
 * leaves no stale claim. A server also writes {@code FILE.server} (readable by its user only) saying
 * where it answers and the token its writes need, so that {@code ingest} can hand it the articles
 * instead of storing ones the running server would never show.
 */
public final class DatabaseOwner implements AutoCloseable {

    /** A server that holds a database: where it answers, the token its writes need (or null), its process. */
    public record RunningServer(URI uri, String token, long pid) {
    }

    private final Path database;
    private final FileChannel channel;
    private final FileLock lock;
    private boolean announced;

    private DatabaseOwner(Path database, FileChannel channel, FileLock lock) {
        this.database = database;
        this.channel = channel;
        this.lock = lock;
    }

    /**
     * Takes the database for this process, or empty when another process (or another server in this
     * one) holds it.
     */
    public static Optional<DatabaseOwner> tryTake(Path database) throws IOException {
        Path file = database.toAbsolutePath();
        if (file.getParent() != null) {
            Files.createDirectories(file.getParent());
        }
        FileChannel channel = FileChannel.open(sibling(file, ".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return Optional.of(new DatabaseOwner(file, channel, lock));
            }
        } catch (OverlappingFileLockException heldInThisProcess) {
            // another server in this process has it
        } catch (IOException e) {
            channel.close();
            throw new IOException(file + ": cannot lock it for writing (" + e.getMessage() + ")", e);
        }
        channel.close();
        return Optional.empty();
    }

    /** The server that says it holds the database, if one wrote where it answers. */
    public static Optional<RunningServer> runningServer(Path database) {
        Path file = sibling(database.toAbsolutePath(), ".server");
        Properties said = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            said.load(in);
            String uri = said.getProperty("uri");
            if (uri == null) {
                return Optional.empty();
            }
            return Optional.of(new RunningServer(URI.create(uri), said.getProperty("token"),
                    Long.parseLong(said.getProperty("pid", "-1"))));
        } catch (IOException | IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }

    /** Says where this process's server answers (and its token), for {@code ingest} to find it. */
    void announce(URI uri, String token) throws IOException {
        Properties said = new Properties();
        said.setProperty("uri", uri.toString());
        said.setProperty("pid", Long.toString(ProcessHandle.current().pid()));
        if (token != null) {
            said.setProperty("token", token);
        }
        Path file = sibling(database, ".server");
        Files.deleteIfExists(file);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        }
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.TRUNCATE_EXISTING)) {
            said.store(out, "the Storyline server writing " + database.getFileName());
        }
        announced = true;
    }

    @Override
    public void close() {
        try {
            if (announced) {
                Files.deleteIfExists(sibling(database, ".server"));
            }
            lock.release();
            channel.close();
        } catch (IOException ignored) {
            // the lock goes with the process anyway
        }
    }

    private static Path sibling(Path database, String suffix) {
        return database.resolveSibling(database.getFileName() + suffix);
    }
}
