package io.storyline.ingest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;

/** How problems word sizes and read errors ("is too large (70.2 MB; ...)", "cannot be read: ..."). */
final class ProblemWords {

    private ProblemWords() {
    }

    static String megabytes(long bytes) {
        return bytes >= 1024 * 1024
                ? String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024))
                : String.format(Locale.ROOT, "%,d bytes", bytes);
    }

    static String unreadable(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "cannot be read: permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return "does not exist";
        }
        if (e instanceof FileSystemLoopException) {
            return "cannot be read: it is a symbolic link back to a folder that holds it (a loop)";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            // its message repeats the path the problem is already told at
            return "cannot be read: " + fs.getReason().toLowerCase(Locale.ROOT);
        }
        String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return "cannot be read: " + why;
    }
}
