package io.storyline.model;

import java.util.Objects;

/**
 * A summary as {@code storyline summarize} shows it: the cited summary and, when the output shows
 * it, how the story's outlets compare, numbered like the summary's sources.
 *
 * @param summary    the cited summary
 * @param comparison the outlets compared, or {@code null} when it was not asked for
 */
public record SummaryReport(Summary summary, Comparison comparison) {

    public SummaryReport {
        Objects.requireNonNull(summary, "summary");
    }

    /** The summary alone, with no comparison beside it. */
    public static SummaryReport of(Summary summary) {
        return new SummaryReport(summary, null);
    }
}
