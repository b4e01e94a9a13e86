package io.storyline.render;

import io.storyline.model.Comparison;
import io.storyline.model.Summary;
import io.storyline.model.SummaryReport;

/** A summary format with its options and comparison, as the renderer tests call it. */
record SummaryRendering(OutputFormat format, RenderOptions options, Comparison comparison) {

    static SummaryRendering of(OutputFormat format) {
        return new SummaryRendering(format, RenderOptions.defaults(), null);
    }

    static SummaryRendering of(OutputFormat format, RenderOptions options) {
        return new SummaryRendering(format, options, null);
    }

    SummaryRendering with(Comparison newComparison) {
        return new SummaryRendering(format, options, newComparison);
    }

    String render(Summary summary) {
        return format.render(RecordType.SUMMARY, new SummaryReport(summary, comparison), options);
    }
}
