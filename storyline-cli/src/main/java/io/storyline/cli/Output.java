package io.storyline.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a rendered document to a file (atomically: a failed run leaves no half file) or stdout. {@code -o}
 * names a file, in a folder that exists: a missing folder is refused, not created, so a mistyped path is
 * reported rather than leaving the report somewhere unexpected; {@code --db} follows the same rule
 * ({@link #requireFolderOf}). A folder given as the file is refused with a message saying so.
 */
final class Output {

    private Output() {
    }

    static void write(String document, Path file, PrintStream stdout) throws IOException {
        if (file == null) {
            stdout.print(document);
            stdout.flush();
            return;
        }
        Path target = file.toAbsolutePath();
        requireFolderOf(file, "write");
        if (Files.isDirectory(target)) {
            throw new IOException("cannot write " + file + ": it is a folder, and -o names the file to write"
                    + " (such as " + file.resolve("story.md") + ")");
        }
        Path temporary = Files.createTempFile(target.getParent(), ".storyline-", ".tmp");
        try {
            Files.writeString(temporary, document, StandardCharsets.UTF_8);
            readableByAll(temporary);
            Files.move(temporary, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /**
     * Refuses a file whose folder does not exist, naming the folder ("cannot write out/x.md: folder /abs/out does
     * not exist"); {@code doing} is what was to be done with the file.
     */
    static void requireFolderOf(Path file, String doing) throws IOException {
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new IOException("cannot " + doing + " " + file + ": folder " + folder + " does not exist");
        }
    }

    /** Temporary files are private to their owner; a report is an ordinary file, readable by all. */
    private static void readableByAll(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException notPosix) {
            // other file systems keep their own defaults
        }
    }
}
