package io.storyline.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a rendered document to a file (atomically: a failed run leaves no half file) or stdout. */
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
        if (!Files.isDirectory(target.getParent())) {
            throw new IOException("cannot write " + file + ": folder " + target.getParent() + " does not exist");
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

    /** Temporary files are private to their owner; a report is an ordinary file, readable by all. */
    private static void readableByAll(Path file) throws IOException {
        try {
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        } catch (UnsupportedOperationException notPosix) {
            // other file systems keep their own defaults
        }
    }
}
