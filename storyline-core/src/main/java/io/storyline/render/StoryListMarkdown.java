package io.storyline.render;

import io.storyline.model.Article;
import io.storyline.model.Story;
import io.storyline.model.StoryList;
import io.storyline.model.Storyline;

import java.util.Map;

/**
 * The events (stories) found in a set of articles in CommonMark: one section per storyline, its
 * events in time order under it, each with its span, outlets and articles; without storylines, one
 * section per event.
 */
final class StoryListMarkdown {

    private StoryListMarkdown() {
    }

    static String render(StoryList list, RenderOptions options) {
        var stories = list.stories();
        var articles = list.articles();
        StringBuilder out = new StringBuilder("# Stories\n\n");
        out.append(articles.size()).append(" article").append(articles.size() == 1 ? "" : "s").append(", ")
                .append(stories.size()).append(" stor").append(stories.size() == 1 ? "y" : "ies");
        if (!list.storylines().isEmpty()) {
            int lines = list.storylines().size();
            out.append(" in ").append(lines).append(lines == 1 ? " storyline" : " storylines");
        }
        out.append('.');
        if (!list.duplicates().isEmpty()) {
            int copies = list.duplicates().size();
            out.append(" ").append(copies).append(copies == 1 ? " other article was" : " other articles were")
                    .append(" read as a copy of one of them and merged into it.");
        }
        out.append('\n');
        if (list.storylines().isEmpty()) {
            stories.forEach(story -> appendStory(out, story, articles, "##"));
            return out.toString();
        }
        Map<String, Story> byId = StorylineViews.byId(stories);
        for (Storyline line : list.storylines()) {
            out.append("\n## ").append(line.id()).append(": ").append(Markdown.escape(Copy.oneLine(line.label())))
                    .append("\n\n").append(Markdown.escape(StorylineViews.facts(line))).append('\n');
            line.eventIds().forEach(id -> appendStory(out, byId.get(id), articles, "###"));
        }
        return out.toString();
    }

    private static void appendStory(StringBuilder out, Story story, Map<String, Article> articles, String heading) {
        out.append('\n').append(heading).append(' ').append(story.id()).append(": ")
                .append(Markdown.escape(Copy.oneLine(story.label())))
                .append("\n\n- ").append(span(story)).append("\n- outlets: ")
                .append(Markdown.escape(String.join(", ", story.outlets().stream().map(Copy::oneLine).toList())))
                .append("\n- ").append(story.size()).append(story.size() == 1 ? " article:\n" : " articles:\n");
        for (String id : story.articleIds()) {
            Article article = articles.get(id);
            out.append("  - ").append(Markdown.codeSpan(id)).append(" ")
                    .append(Markdown.escape(Copy.oneLine(article.outlet())));
            out.append(", ").append(article.published() != null ? article.published().toString() : "undated");
            article.headline().ifPresent(t -> out.append(", \"").append(Markdown.escape(Copy.oneLine(t)))
                    .append('"'));
            out.append('\n');
        }
    }

    /** A story's time span as every format shows it: one date, {@code first to last}, or {@code undated}. */
    static String span(Story story) {
        if (story.first() == null) {
            return "undated";
        }
        return story.first().equals(story.last()) ? story.first().toString() : story.first() + " to " + story.last();
    }
}
