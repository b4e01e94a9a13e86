package io.storyline.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.storyline.model.Article;
import io.storyline.model.Story;
import io.storyline.model.StoryList;

import java.util.HashMap;
import java.util.Map;

/**
 * The stories found in a set of articles as JSON ({@value #SCHEMA}) or JSON Lines (one
 * {@code {"article", "story"}} line per article, in publication order).
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
        StringBuilder out = new StringBuilder();
        for (String id : list.articles().keySet()) {
            ObjectNode line = Json.object();
            line.put("article", id);
            line.put("story", storyOf.get(id));
            out.append(Json.line(line)).append('\n');
        }
        return out.toString();
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
