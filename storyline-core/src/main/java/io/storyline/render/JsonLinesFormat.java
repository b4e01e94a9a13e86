package io.storyline.render;

/** JSON Lines: one line per article read, with its event and storyline. */
final class JsonLinesFormat extends OutputFormat {

    JsonLinesFormat() {
        super("jsonl", "jsonl", "application/jsonl");
        renders(RecordType.STORIES, "one line per article read: its id, its event's and its storyline's",
                StoryListJson::jsonLines);
        renders(RecordType.DIGEST, "one line per article read: its id, its event's and its storyline's",
                (digest, options) -> StorylineViews.jsonLines(digest.stories(), digest.storylines(),
                        digest.articles(), digest.duplicates()));
    }
}
