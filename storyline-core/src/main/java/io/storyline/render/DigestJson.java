package io.storyline.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.storyline.model.Article;
import io.storyline.model.Digest;
import io.storyline.model.StoryDigest;
import io.storyline.model.SummaryReport;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A digest as JSON ({@value #SCHEMA}): each story as in {@code storyline.stories/1}, with its
 * summary in the {@code storyline.summary/1} schema and, under {@code sections}, its timeline
 * ({@code storyline.timeline/1}) and its comparison across outlets when the digest made them.
 */
final class DigestJson {

    static final String SCHEMA = "storyline.digest/1";

    private DigestJson() {
    }

    static String render(Digest digest, RenderOptions options) {
        ObjectNode root = Json.object();
        root.put("schema", SCHEMA);
        root.put("articles", digest.articleCount());
        root.put("stories", digest.stories().size());
        StorylineViews.appendJson(root, digest.storylines());
        java.util.Map<String, String> lineOf = StorylineViews.lineOfEvent(digest.storylines());
        ArrayNode list = root.putArray("digests");
        for (StoryDigest entry : digest.digests()) {
            Map<String, Article> byId = new LinkedHashMap<>();
            entry.articles().forEach(a -> byId.put(a.id(), a));
            ObjectNode node = StoryListJson.storyNode(entry.story(), byId);
            node.put("storyline", lineOf.get(entry.story().id()));
            node.set("summary", SummaryJson.tree(SummaryReport.of(entry.summary()),
                    RenderOptions.defaults().withTitle(entry.story().label())));
            ObjectNode sections = node.putObject("sections");
            if (entry.timeline() != null) {
                sections.set(DigestText.TIMELINE, TimelineJson.tree(entry.timeline(), RenderOptions.defaults()));
            }
            if (entry.comparison() != null) {
                sections.set(DigestText.ACROSS_OUTLETS, ComparisonJson.section(entry.comparison()));
            }
            list.add(node);
        }
        return Json.pretty(root);
    }
}
