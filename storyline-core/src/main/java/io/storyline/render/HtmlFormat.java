package io.storyline.render;

/** One self-contained HTML page: inline CSS and SVG, no script, no external asset; all article text escaped. */
final class HtmlFormat extends OutputFormat {

    HtmlFormat() {
        super("html", "html", "text/html");
        renders(RecordType.SUMMARY, "self-contained page", SummaryHtml::render);
        renders(RecordType.TIMELINE, "self-contained page with a picture", TimelineHtml::render);
        renders(RecordType.COMPARISON, "self-contained page with a matrix of facts by outlet", ComparisonHtml::render);
        renders(RecordType.STORIES, "one self-contained page: storylines, their events and articles",
                StoryListHtml::render);
        renders(RecordType.DIGEST, "one self-contained page", DigestHtml::render);
    }

    /** The summary page shows the comparison's section under the summary. */
    @Override
    public boolean showsComparison() {
        return true;
    }
}
