package io.storyline.render;

/** JSON Lines: one line per article. */
final class JsonLinesFormat extends OutputFormat {

    JsonLinesFormat() {
        super("jsonl", "jsonl", "application/jsonl");
        renders(RecordType.STORIES, "one line per article: its id and its story's id", StoryListJson::jsonLines);
    }
}
