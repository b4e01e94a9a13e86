package io.storyline.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;

/**
 * A file name for a story's output in batch mode, from its input path: the folder or file name,
 * with a generic folder name such as "docs" replaced by its parent's ("d30001t/docs" gives "d30001t").
 */
final class StoryName {

    private StoryName() {
    }

    static String of(String input) {
        if (input.equals("-")) {
            return "stdin";
        }
        Path path = Path.of(input).toAbsolutePath().normalize();
        Path name = path.getFileName();
        if (name == null) {
            return "story";
        }
        String text = name.toString();
        if ((text.equals("docs") || text.equals("InputDocs")) && path.getParent() != null
                && path.getParent().getFileName() != null) {
            text = path.getParent().getFileName().toString();
        }
        text = text.replaceAll("\\.[A-Za-z0-9]{1,5}$", "").replaceAll("[^A-Za-z0-9._-]", "_");
        return text.isEmpty() ? "story" : text;
    }

    /**
     * The name, or when an earlier story of the run took it, the name with the first free number ("story-2"):
     * two inputs called alike ("a/story.txt", "b/story.txt") would otherwise write one file and lose a summary.
     * Adds the name returned to {@code taken}.
     */
    static String unique(String name, Set<String> taken) {
        String free = name;
        for (int n = 2; !taken.add(free.toLowerCase(Locale.ROOT)); n++) {
            free = name + "-" + n;
        }
        return free;
    }
}
