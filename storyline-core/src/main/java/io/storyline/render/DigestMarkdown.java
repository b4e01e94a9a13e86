package io.storyline.render;

import io.storyline.model.Digest;
import io.storyline.model.Story;
import io.storyline.model.StoryDigest;
import io.storyline.model.Storyline;

import java.util.List;

/**
 * A digest in CommonMark: an index, then each story's heading, span, outlets and cited summary,
 * then its timeline and its comparison across outlets when the digest made them.
 */
final class DigestMarkdown {

    private DigestMarkdown() {
    }

    static String render(Digest digest, RenderOptions options) {
        StringBuilder out = new StringBuilder("# Digest\n\n");
        out.append(DigestText.summaryLine(digest)).append("\n\n");
        for (StoryDigest entry : digest.digests()) {
            out.append("- [").append(Markdown.escape(Copy.oneLine(entry.story().label()))).append("](#")
                    .append(entry.story().id()).append(") (").append(entry.story().size()).append(" articles)\n");
        }
        List<Storyline> followed = StorylineViews.followed(digest.storylines());
        if (!followed.isEmpty()) {
            out.append("\n## Storylines\n");
            StorylineViews.appendMarkdown(out, followed, StorylineViews.byId(digest.stories()), "###");
        }
        for (StoryDigest entry : digest.digests()) {
            Story story = entry.story();
            out.append("\n## ").append(Markdown.escape(Copy.oneLine(story.label())))
                    .append(" <a id=\"").append(story.id()).append("\"></a>\n\n")
                    .append(story.size()).append(" articles · ").append(StoryListMarkdown.span(story)).append(" · ")
                    .append(Markdown.escape(String.join(", ", story.outlets().stream().map(Copy::oneLine).toList())))
                    .append("\n\n");
            String summary = SummaryMarkdown.render(entry.summary(), RenderOptions.defaults(),
                    entry.summary().sources());
            out.append(Markdown.demote(summary.substring(summary.indexOf('\n') + 1).strip(), 2)).append('\n');
            if (entry.timeline() != null) {
                section(out, DigestText.TIMELINE, TimelineMarkdown.section(entry.timeline()));
            }
            if (entry.comparison() != null) {
                section(out, DigestText.ACROSS_OUTLETS, ComparisonMarkdown.section(entry.comparison()));
            }
        }
        return out.toString();
    }

    private static void section(StringBuilder out, String heading, String body) {
        out.append("\n### ").append(Markdown.escape(heading)).append("\n\n").append(body.strip()).append('\n');
    }
}
