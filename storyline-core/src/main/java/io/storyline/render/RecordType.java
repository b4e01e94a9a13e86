package io.storyline.render;

import io.storyline.model.Comparison;
import io.storyline.model.Digest;
import io.storyline.model.StoryList;
import io.storyline.model.SummaryReport;
import io.storyline.model.Timeline;

/**
 * A kind of finished record an {@link OutputFormat} may render; the type parameter is the record's
 * class, so a format's writer for it is typed.
 *
 * @param <T> the record
 */
public final class RecordType<T> {

    /** A summary, with the outlets' comparison when the caller made one. */
    public static final RecordType<SummaryReport> SUMMARY = new RecordType<>("summary");
    /** A story's key dates with cited sentences. */
    public static final RecordType<Timeline> TIMELINE = new RecordType<>("timeline");
    /** How a story's outlets compare. */
    public static final RecordType<Comparison> COMPARISON = new RecordType<>("comparison");
    /** The stories found in a set of articles. */
    public static final RecordType<StoryList> STORIES = new RecordType<>("story list");
    /** Every story of a stream, each summarized with its timeline and comparison. */
    public static final RecordType<Digest> DIGEST = new RecordType<>("digest");

    private final String name;

    private RecordType(String name) {
        this.name = name;
    }

    /** How messages name the record, e.g. {@code "story list"}. */
    public String name() {
        return name;
    }

    @Override
    public String toString() {
        return name;
    }
}
