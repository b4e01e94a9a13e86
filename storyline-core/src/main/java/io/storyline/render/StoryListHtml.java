package io.storyline.render;

import io.storyline.model.Article;
import io.storyline.model.Story;
import io.storyline.model.StoryList;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The events and storylines found in a set of articles as one self-contained HTML page: the
 * storylines, each with its events in time order, then every event with its articles; built with
 * jsoup, which escapes every piece of article text.
 */
final class StoryListHtml {

    static final String STYLE = """
            main { max-width: 48rem; }
            .storyline { border-top: 1px solid var(--rule); margin-top: 1.5rem; padding-top: .5rem; }
            .events, .articles { font: .95rem/1.6 var(--sans); padding-left: 1.5rem; }
            .when, .count, .meta { color: var(--muted); font-size: .85em; }
            .event { border-top: 1px solid var(--rule); margin-top: 1.5rem; }
            """;

    private StoryListHtml() {
    }

    static String render(StoryList list, RenderOptions options) {
        Document page = Html.page("Stories", SummaryHtml.style() + STYLE);
        Element main = Html.main(page);
        int lines = list.storylines().size();
        Html.header(main, "Storyline", "Stories", Html.count(list.articles().size(), "article") + " · "
                + Html.count(list.stories().size(), "event") + (lines == 0 ? "" : " · " + Html.count(lines, "storyline")));
        Set<String> linked = new HashSet<>();
        list.stories().forEach(story -> linked.add(story.id()));
        if (!list.storylines().isEmpty()) {
            StorylineViews.appendHtml(main, list.storylines(), StorylineViews.byId(list.stories()), linked);
        }
        Element events = Html.line(main, "section").addClass("event-list");
        events.appendText("\n");
        Html.line(events, "h2").text("Events");
        for (Story story : list.stories()) {
            Element block = Html.line(events, "div").addClass("event").attr("id", story.id());
            block.appendText("\n");
            Html.line(block, "h3").text(Copy.oneLine(story.label()));
            Html.line(block, "p").addClass("meta").text(story.id() + " · " + StoryListMarkdown.span(story) + " · "
                    + String.join(", ", story.outlets().stream().map(Copy::oneLine).toList()));
            Element articles = Html.line(block, "ul").addClass("articles");
            articles.appendText("\n");
            for (String id : story.articleIds()) {
                Article article = list.articles().get(id);
                Element item = Html.line(articles, "li");
                String title = article == null ? "" : Copy.oneLine(article.headline().orElse(""));
                if (article != null && Copy.isWebUrl(article.url())) {
                    item.appendElement("a").attr("href", article.url()).text(title.isEmpty() ? id : title);
                } else {
                    item.appendElement("span").text(title.isEmpty() ? id : title);
                }
                item.appendText(" ").appendElement("span").addClass("meta").text(article == null ? id
                        : String.join(" · ", List.of(Copy.oneLine(article.outlet()),
                        article.published() == null ? "undated" : article.published().toString(), id)));
            }
        }
        return Html.write(page);
    }
}
