package io.storyline.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/**
 * One writer per database: the process that writes a newsroom's SQLite file (a server for its whole
 * life, {@code ingest} while it stores) holds an exclusive lock on {@code FILE.lock} beside it. The
 * operating system releases the lock when the process ends, however it ends, so a killed server
 * leaves no stale claim (only the empty file, which the next owner takes over). A server also writes
 * {@code FILE.server} (readable by its user only) saying where it answers and the token its writes need,
 * so that {@code ingest} can hand it the articles instead of storing ones the running server would never
 * show.
 *
 * <p>An owner that ends normally deletes {@code FILE.lock} while it still holds the lock. A process that
 * opened the file just before and gets its lock next then holds a lock on a deleted file, which is no
 * claim: so a new owner checks that the path still names the very file it locked (the device and inode of
 * its open descriptor, read from {@code /proc/self/fd} without opening the file again, since closing any
 * descriptor of a file drops the process's locks on it), and else lets go and tries the file now at the
 * path. Only an owner so confirmed deletes the file when it ends; where the check cannot be made (no
 * {@code /proc}), the file is left in place, as harmless as before.
 */
public final class DatabaseOwner implements AutoCloseable {

    /** A server that holds a database: where it answers, the token its writes need (or null), its process. */
    public record RunningServer(URI uri, String token, long pid) {
    }

    private final Path database;
    private final FileChannel channel;
    private final FileLock lock;
    private final boolean confirmed;
    private boolean announced;
    private boolean closed;

    private DatabaseOwner(Path database, FileChannel channel, FileLock lock, boolean confirmed) {
        this.database = database;
        this.channel = channel;
        this.lock = lock;
        this.confirmed = confirmed;
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
        Path lockFile = sibling(file, ".lock");
        for (int attempt = 0; attempt < 20; attempt++) {   // each retry: the owner before deleted the file just now
            FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException heldInThisProcess) {
                channel.close();   // another server in this process has it
                return Optional.empty();
            } catch (IOException e) {
                channel.close();
                throw new IOException(file + ": cannot lock it for writing (" + e.getMessage() + ")", e);
            }
            if (lock == null) {
                channel.close();
                return Optional.empty();
            }
            Boolean same = namesLockedFile(lockFile);
            if (same == null || same) {
                return Optional.of(new DatabaseOwner(file, channel, lock, same != null));
            }
            lock.release();
            channel.close();
        }
        throw new IOException(file + ": cannot lock it for writing (" + lockFile.getFileName()
                + " keeps being deleted and made again)");
    }

    /**
     * Whether the path still names the file this process has open on it: true, false (it was deleted, or
     * deleted and made again), or null when it cannot tell (no {@code /proc/self/fd}, or several descriptors).
     */
    static Boolean namesLockedFile(Path lockFile) {
        Path descriptors = Path.of("/proc/self/fd");
        if (!Files.isDirectory(descriptors)) {
            return null;
        }
        Object pathKey;
        String real;
        try {
            real = lockFile.toRealPath().toString();
            pathKey = Files.readAttributes(lockFile, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
        } catch (IOException deleted) {
            return false;
        }
        List<Object> open = new ArrayList<>();
        try (DirectoryStream<Path> fds = Files.newDirectoryStream(descriptors)) {
            for (Path fd : fds) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.equals(real) || target.equals(real + " (deleted)")) {
                        open.add(Files.readAttributes(fd, BasicFileAttributes.class).fileKey());  // stat, not open
                    }
                } catch (IOException closedMeanwhile) {
                    // another descriptor of this process, gone already
                }
            }
        } catch (IOException e) {
            return null;
        }
        if (open.size() != 1 || pathKey == null) {
            return null;
        }
        return open.get(0).equals(pathKey);
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

    /** Lets the database go: its notes ({@code FILE.server}, then {@code FILE.lock}, still locked) are deleted. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            if (announced) {
                Files.deleteIfExists(sibling(database, ".server"));
            }
            if (confirmed) {
                Files.deleteIfExists(sibling(database, ".lock"));
            }
        } catch (IOException ignored) {
            // an undeletable note is harmless: the next owner takes the file over
        }
        try {
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
