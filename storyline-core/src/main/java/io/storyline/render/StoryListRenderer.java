package io.storyline.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.storyline.model.Article;
import io.storyline.model.Story;

import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The stories found in a set of articles, as {@code storyline cluster} prints them: Markdown (one
 * section per story: label, time span, outlets, articles), JSON ({@value #SCHEMA}) or JSON Lines
 * (one {@code {"article", "story"}} line per article, in publication order).
 */
public final class StoryListRenderer {

    static final String SCHEMA = "storyline.stories/1";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The names {@link #render} accepts. */
    public static final List<String> FORMATS = List.of("md", "json", "jsonl");

    private StoryListRenderer() {
    }

    /**
     * @param articles every article by id (each story's ids must be present)
     * @throws IllegalArgumentException for a format not in {@link #FORMATS}
     */
    public static String render(String format, List<Story> stories, Map<String, Article> articles) {
        return switch (format == null ? "" : format.strip().toLowerCase(Locale.ROOT)) {
            case "md", "markdown" -> markdown(stories, articles);
            case "json" -> json(stories, articles);
            case "jsonl" -> jsonLines(stories, articles);
            default -> throw new IllegalArgumentException("unknown format '" + format + "'; choose one of "
                    + String.join(", ", FORMATS));
        };
    }

    static String markdown(List<Story> stories, Map<String, Article> articles) {
        StringBuilder out = new StringBuilder("# Stories\n\n");
        out.append(articles.size()).append(" article").append(articles.size() == 1 ? "" : "s").append(", ")
                .append(stories.size()).append(" stor").append(stories.size() == 1 ? "y" : "ies").append(".\n");
        for (Story story : stories) {
            out.append("\n## ").append(story.id()).append(": ").append(MarkdownRenderer.escape(Copy.oneLine(story.label())))
                    .append("\n\n- ").append(span(story)).append("\n- outlets: ")
                    .append(MarkdownRenderer.escape(String.join(", ", story.outlets().stream().map(Copy::oneLine).toList())))
                    .append("\n- ").append(story.size()).append(story.size() == 1 ? " article:\n" : " articles:\n");
            for (String id : story.articleIds()) {
                Article article = articles.get(id);
                out.append("  - ").append(MarkdownRenderer.codeSpan(id)).append(" ")
                        .append(MarkdownRenderer.escape(Copy.oneLine(article.outlet())));
                if (article.published() != null) {
                    out.append(", ").append(article.published());
                }
                article.headline().ifPresent(t -> out.append(", \"").append(MarkdownRenderer.escape(Copy.oneLine(t)))
                        .append('"'));
                out.append('\n');
            }
        }
        return out.toString();
    }

    static String json(List<Story> stories, Map<String, Article> articles) {
        ObjectNode root = JSON.createObjectNode();
        root.put("schema", SCHEMA);
        root.put("articles", articles.size());
        ArrayNode list = root.putArray("stories");
        stories.forEach(story -> list.add(storyNode(story, articles)));
        return write(root, true) + "\n";
    }

    static String jsonLines(List<Story> stories, Map<String, Article> articles) {
        Map<String, String> storyOf = new java.util.HashMap<>();
        stories.forEach(story -> story.articleIds().forEach(id -> storyOf.put(id, story.id())));
        StringBuilder out = new StringBuilder();
        for (String id : articles.keySet()) {
            ObjectNode line = JSON.createObjectNode();
            line.put("article", id);
            line.put("story", storyOf.get(id));
            out.append(write(line, false)).append('\n');
        }
        return out.toString();
    }

    /** One story as a JSON object; also used inside the digest's JSON. */
    static ObjectNode storyNode(Story story, Map<String, Article> articles) {
        ObjectNode node = JSON.createObjectNode();
        node.put("id", story.id());
        node.put("label", story.label());
        node.put("first", story.first() == null ? null : story.first().toString());
        node.put("last", story.last() == null ? null : story.last().toString());
        ArrayNode outlets = node.putArray("outlets");
        story.outlets().forEach(outlets::add);
        ArrayNode list = node.putArray("articles");
        for (String id : story.articleIds()) {
            Article article = articles.get(id);
            ObjectNode entry = list.addObject();
            entry.put("id", id);
            entry.put("outlet", article == null ? null : article.outlet());
            entry.put("title", article == null ? null : article.title());
            entry.put("published", article == null || article.published() == null ? null : article.published().toString());
            entry.put("url", article == null ? null : article.url());
        }
        return node;
    }

    static String span(Story story) {
        if (story.first() == null) {
            return "undated";
        }
        return story.first().equals(story.last()) ? story.first().toString() : story.first() + " to " + story.last();
    }

    static String write(Object tree, boolean pretty) {
        try {
            return pretty ? JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree)
                    : JSON.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
