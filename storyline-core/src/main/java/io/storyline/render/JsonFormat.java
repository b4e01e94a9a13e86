package io.storyline.render;

/** JSON with the stable, documented schemas ({@code storyline.summary/1} and its siblings, docs/FORMATS.md). */
final class JsonFormat extends OutputFormat {

    JsonFormat() {
        super("json", "json", "application/json");
        renders(RecordType.SUMMARY, "", SummaryJson::render);
        renders(RecordType.TIMELINE, "", TimelineJson::render);
        renders(RecordType.COMPARISON, "", ComparisonJson::render);
        renders(RecordType.STORIES, "", StoryListJson::json);
        renders(RecordType.DIGEST, "", DigestJson::render);
    }

    /** {@code storyline.summary/1} carries the comparison's keys after the sources. */
    @Override
    public boolean showsComparison() {
        return true;
    }
}
