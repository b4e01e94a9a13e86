package io.storyline.cli;

import java.nio.file.Path;

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
}
