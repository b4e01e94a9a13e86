package io.storyline.render;

/** CommonMark with numbered citations {@code [1][2]} and source lists; the default format. */
final class MarkdownFormat extends OutputFormat {

    MarkdownFormat() {
        super("md", "md", "text/markdown", "markdown");
        renders(RecordType.SUMMARY, "citations and sources", SummaryMarkdown::render);
        renders(RecordType.TIMELINE, "", TimelineMarkdown::render);
        renders(RecordType.COMPARISON, "", ComparisonMarkdown::markdown);
        renders(RecordType.STORIES, "one section per story", StoryListMarkdown::render);
        renders(RecordType.DIGEST, "", DigestMarkdown::render);
    }
}
