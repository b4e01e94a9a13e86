package io.storyline.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.storyline.model.Article;
import io.storyline.model.Story;
import io.storyline.model.StoryList;

import java.util.Map;

/**
 * The events (stories) and storylines found in a set of articles as JSON ({@value #SCHEMA}: each
 * story with its {@code storyline}, and the {@code storylines}) or JSON Lines (one
 * {@code {"article", "event", "storyline"}} line per article read, see {@link StorylineViews}).
 */
final class StoryListJson {

    static final String SCHEMA = "storyline.stories/1";

    private StoryListJson() {
    }

    static String json(StoryList list, RenderOptions options) {
        ObjectNode root = Json.object();
        root.put("schema", SCHEMA);
        root.put("articles", list.articles().size());
        Map<String, String> lineOf = StorylineViews.lineOfEvent(list.storylines());
        ArrayNode stories = root.putArray("stories");
        list.stories().forEach(story -> stories.add(storyNode(story, list.articles())
                .put("storyline", lineOf.get(story.id()))));
        StorylineViews.appendJson(root, list.storylines());
        return Json.pretty(root);
    }

    static String jsonLines(StoryList list, RenderOptions options) {
        return StorylineViews.jsonLines(list.stories(), list.storylines(), list.articles(), list.duplicates());
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
