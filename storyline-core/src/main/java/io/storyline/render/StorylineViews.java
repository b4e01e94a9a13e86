package io.storyline.render;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.storyline.model.Article;
import io.storyline.model.Story;
import io.storyline.model.Storyline;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What every format shows of the storyline level, for the story list and the digest alike: each
 * article's line (article, event, storyline) in JSON Lines, a storyline as JSON, its one-line facts,
 * and the storyline sections of the Markdown and HTML pages (each storyline with its events in time
 * order).
 */
final class StorylineViews {

    private StorylineViews() {
    }

    /**
     * One JSON line per article read, in publication order: its id, its event, its storyline, whether
     * it is undated; an article merged as a copy of another when read follows it with
     * {@code "duplicateOf"}.
     */
    static String jsonLines(List<Story> events, List<Storyline> storylines, Map<String, Article> articles,
                            Map<String, String> duplicates) {
        Map<String, String> eventOf = new HashMap<>();
        List<String> order = new ArrayList<>();
        events.forEach(event -> event.articleIds().forEach(id -> eventOf.put(id, event.id())));
        if (articles.isEmpty()) {
            events.forEach(event -> order.addAll(event.articleIds()));
        } else {
            order.addAll(articles.keySet());
        }
        Map<String, String> lineOfEvent = lineOfEvent(storylines);
        Map<String, List<String>> copies = new HashMap<>();
        duplicates.forEach((copy, kept) -> copies.computeIfAbsent(kept, k -> new ArrayList<>()).add(copy));
        StringBuilder out = new StringBuilder();
        for (String id : order) {
            String event = eventOf.get(id);
            Article article = articles.get(id);
            boolean undated = article != null && article.published() == null;
            out.append(Json.line(placement(id, event, lineOfEvent.get(event), undated, null))).append('\n');
            for (String copy : copies.getOrDefault(id, List.of())) {
                out.append(Json.line(placement(copy, event, lineOfEvent.get(event), undated, id))).append('\n');
            }
        }
        return out.toString();
    }

    private static ObjectNode placement(String article, String event, String storyline, boolean undated,
                                        String duplicateOf) {
        ObjectNode line = Json.object();
        line.put("article", article);
        line.put("event", event);
        if (storyline != null) {
            line.put("storyline", storyline);
        }
        if (undated) {
            line.put("undated", true);
        }
        if (duplicateOf != null) {
            line.put("duplicateOf", duplicateOf);
        }
        return line;
    }

    static Map<String, String> lineOfEvent(List<Storyline> storylines) {
        Map<String, String> lineOf = new HashMap<>();
        storylines.forEach(line -> line.eventIds().forEach(event -> lineOf.put(event, line.id())));
        return lineOf;
    }

    /** The storylines as a JSON array: id, label, span, counts and event ids in time order. */
    static void appendJson(ObjectNode root, List<Storyline> storylines) {
        ArrayNode list = root.putArray("storylines");
        for (Storyline line : storylines) {
            ObjectNode node = list.addObject();
            node.put("id", line.id());
            node.put("label", line.label());
            node.put("first", line.first() == null ? null : line.first().toString());
            node.put("last", line.last() == null ? null : line.last().toString());
            node.put("articles", line.articles());
            node.put("undated", line.undated());
            node.put("outsideSpan", line.outsideSpan());
            ArrayNode events = node.putArray("events");
            line.eventIds().forEach(events::add);
        }
    }

    /** {@code 2024-03-04 to 2024-03-29 · 2 events · 5 articles (1 undated)}. */
    static String facts(Storyline line) {
        String span = line.first() == null ? "undated"
                : line.first().equals(line.last()) ? line.first().toString() : line.first() + " to " + line.last();
        StringBuilder out = new StringBuilder(span).append(" · ")
                .append(line.eventIds().size()).append(line.eventIds().size() == 1 ? " event" : " events").append(" · ")
                .append(line.articles()).append(line.articles() == 1 ? " article" : " articles");
        List<String> notes = new ArrayList<>();
        if (line.undated() > 0) {
            notes.add(line.undated() + " undated");
        }
        if (line.outsideSpan() > 0) {
            notes.add(line.outsideSpan() + " dated far outside the span");
        }
        if (!notes.isEmpty()) {
            out.append(" (").append(String.join(", ", notes)).append(')');
        }
        return out.toString();
    }

    /** The storylines in Markdown, each with its events in time order ({@code eventLink} names each). */
    static void appendMarkdown(StringBuilder out, List<Storyline> storylines, Map<String, Story> events,
                               String headingLevel) {
        for (Storyline line : storylines) {
            out.append('\n').append(headingLevel).append(' ').append(line.id()).append(": ")
                    .append(Markdown.escape(Copy.oneLine(line.label()))).append("\n\n")
                    .append(Markdown.escape(facts(line))).append("\n\n");
            for (String id : line.eventIds()) {
                Story event = events.get(id);
                out.append("- ").append(StoryListMarkdown.span(event)).append(": ").append(id).append(' ')
                        .append(Markdown.escape(Copy.oneLine(event.label()))).append(" (")
                        .append(event.size()).append(event.size() == 1 ? " article" : " articles").append(")\n");
            }
        }
    }

    /** The storylines as an HTML section, each with its events in time order. */
    static void appendHtml(Element parent, List<Storyline> storylines, Map<String, Story> events,
                           java.util.Set<String> linked) {
        Element section = Html.line(parent, "section").addClass("storylines");
        section.appendText("\n");
        Html.line(section, "h2").text("Storylines");
        for (Storyline line : storylines) {
            Element block = Html.line(section, "div").addClass("storyline").attr("id", line.id());
            block.appendText("\n");
            Html.line(block, "h3").text(Copy.oneLine(line.label()));
            Html.line(block, "p").addClass("meta").text(facts(line));
            Element list = Html.line(block, "ol").addClass("events");
            list.appendText("\n");
            for (String id : line.eventIds()) {
                Story event = events.get(id);
                Element item = Html.line(list, "li");
                item.appendElement("span").addClass("when").text(StoryListMarkdown.span(event));
                item.appendText(" ");
                if (linked.contains(id)) {
                    item.appendElement("a").attr("href", "#" + id).text(Copy.oneLine(event.label()));
                } else {
                    item.appendElement("span").text(Copy.oneLine(event.label()));
                }
                item.appendText(" ").appendElement("span").addClass("count")
                        .text(event.size() + (event.size() == 1 ? " article" : " articles"));
            }
        }
    }

    /** The storylines a digest lists: those more than one article tells (as it summarises only such events). */
    static List<Storyline> followed(List<Storyline> storylines) {
        return storylines.stream().filter(line -> line.articles() >= 2).toList();
    }

    static Map<String, Story> byId(List<Story> events) {
        Map<String, Story> byId = new HashMap<>();
        events.forEach(event -> byId.put(event.id(), event));
        return byId;
    }
}
