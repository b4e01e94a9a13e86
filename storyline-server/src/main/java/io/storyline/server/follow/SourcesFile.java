package io.storyline.server.follow;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The list given to {@code serve --follow FILE}: one feed or sitemap URL a line, optionally followed by how
 * often to poll it ({@code 90s}, {@code 30m}, {@code 2h}); {@code #} starts a comment. A line that cannot be
 * used is a problem naming the file and line; the other lines are still used.
 */
final class SourcesFile {

    /** A usable line. */
    record Line(String url, Duration interval) {
    }

    /** What the file holds: its usable lines and one problem per unusable line. */
    record Contents(List<Line> lines, List<String> problems) {
    }

    private SourcesFile() {
    }

    /** @throws IOException when the file cannot be read at all; the message names it */
    static Contents read(Path file) throws IOException {
        List<String> text;
        try {
            text = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IOException(file + ": cannot read the list of sources to follow (" + e.getMessage() + ")", e);
        }
        List<Line> lines = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < text.size(); i++) {
            String where = file + ":" + (i + 1) + ": ";
            String raw = text.get(i);
            int hash = raw.indexOf('#');
            String line = (hash < 0 ? raw : raw.substring(0, hash)).strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split("\\s+");
            if (parts.length > 2) {
                problems.add(where + "expected a URL and at most an interval (such as 30m), not '" + line + "'");
                continue;
            }
            String problem = Follower.urlProblem(parts[0]);
            if (problem != null) {
                problems.add(where + problem);
                continue;
            }
            Duration interval = null;
            if (parts.length == 2) {
                interval = interval(parts[1]);
                if (interval == null) {
                    problems.add(where + "'" + parts[1] + "' is not an interval (write 90s, 30m or 2h)");
                    continue;
                }
            }
            lines.add(new Line(parts[0], interval));
        }
        return new Contents(lines, problems);
    }

    static Duration interval(String text) {
        return FollowSettings.parseInterval(text);
    }
}
