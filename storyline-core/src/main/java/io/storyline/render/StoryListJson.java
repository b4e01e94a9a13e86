package io.storyline.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.storyline.model.Article;
import io.storyline.model.Story;
import io.storyline.model.StoryList;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The stories found in a set of articles as JSON ({@value #SCHEMA}) or JSON Lines (one
 * {@code {"article", "story"}} line per article read, in publication order; an article merged as the
 * same as another when read follows it, in its story, with {@code "duplicateOf"} naming it).
 */
final class StoryListJson {

    static final String SCHEMA = "storyline.stories/1";

    private StoryListJson() {
    }

    static String json(StoryList list, RenderOptions options) {
        ObjectNode root = Json.object();
        root.put("schema", SCHEMA);
        root.put("articles", list.articles().size());
        ArrayNode stories = root.putArray("stories");
        list.stories().forEach(story -> stories.add(storyNode(story, list.articles())));
        return Json.pretty(root);
    }

    static String jsonLines(StoryList list, RenderOptions options) {
        Map<String, String> storyOf = new HashMap<>();
        list.stories().forEach(story -> story.articleIds().forEach(id -> storyOf.put(id, story.id())));
        Map<String, List<String>> copies = new HashMap<>();
        list.duplicates().forEach((copy, kept) -> copies.computeIfAbsent(kept, k -> new ArrayList<>()).add(copy));
        StringBuilder out = new StringBuilder();
        for (String id : list.articles().keySet()) {
            out.append(Json.line(placement(id, storyOf.get(id), null))).append('\n');
            for (String copy : copies.getOrDefault(id, List.of())) {
                out.append(Json.line(placement(copy, storyOf.get(id), id))).append('\n');
            }
        }
        return out.toString();
    }

    /** One article's line: its story, and for an article merged as a copy of another, that one's id. */
    private static ObjectNode placement(String article, String story, String duplicateOf) {
        ObjectNode line = Json.object();
        line.put("article", article);
        line.put("story", story);
        if (duplicateOf != null) {
            line.put("duplicateOf", duplicateOf);
        }
        return line;
    }

    /** One story as a JSON object; also used inside the digest's JSON. */
    static ObjectNode storyNode(Story story, Map<String, Article> articles) {
        ObjectNode node = Json.object();
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
}
