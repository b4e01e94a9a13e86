package io.storyline.render;

/** Plain text: a summary's sentences one a line (what ROUGE scorers read), a comparison without Markdown. */
final class TextFormat extends OutputFormat {

    TextFormat() {
        super("text", "txt", "text/plain", "txt");
        renders(RecordType.SUMMARY, "sentences only", SummaryText::render);
        renders(RecordType.COMPARISON, "", ComparisonMarkdown::text);
    }

    /** Sentences only: no citations, so no disputes beside them to compare the outlets for. */
    @Override
    public boolean showsCitations() {
        return false;
    }
}
