package io.storyline.render;

import io.storyline.model.Digest;
import io.storyline.model.Story;
import io.storyline.model.StoryDigest;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;

/**
 * A digest as one self-contained HTML page: an inline SVG picture of the stories over time, an
 * index, then each story's summary with its sources, timeline and comparison across outlets; built
 * with jsoup, which escapes every piece of article text.
 */
final class DigestHtml {

    private DigestHtml() {
    }

    static String render(Digest digest, RenderOptions options) {
        Document page = Html.page("Digest", SummaryHtml.style() + STYLE + TimelineHtml.style() + ComparisonHtml.STYLE
                + (digest.storylines().isEmpty() ? "" : StoryListHtml.STYLE));
        Element main = Html.main(page);
        Html.header(main, "Storyline digest", "The stories", DigestText.summaryLine(digest));
        List<Story> pictured = new ArrayList<>();
        digest.digests().forEach(d -> pictured.add(d.story()));
        if (!pictured.isEmpty()) {
            Element figure = Html.line(main, "figure");
            figure.appendText("\n");
            StoryMap.append(figure, pictured);
            Html.line(figure, "figcaption").text("Stories over time; the larger the disc, the more articles."
                    + (pictured.size() > StoryMap.MAX_ROWS ? " The " + StoryMap.MAX_ROWS + " biggest are drawn." : ""));
        }
        Element index = Html.line(main, "nav").attr("aria-label", "Stories").appendElement("ol").addClass("index");
        index.appendText("\n");
        for (StoryDigest entry : digest.digests()) {
            Element item = Html.line(index, "li");
            item.appendElement("a").attr("href", "#" + entry.story().id()).text(Copy.oneLine(entry.story().label()));
            item.appendText(" ").appendElement("span").addClass("count")
                    .text(entry.story().size() + " articles · " + StoryListMarkdown.span(entry.story()));
        }
        if (!StorylineViews.followed(digest.storylines()).isEmpty()) {
            java.util.Set<String> summarised = new java.util.HashSet<>();
            digest.digests().forEach(d -> summarised.add(d.story().id()));
            StorylineViews.appendHtml(main, StorylineViews.followed(digest.storylines()),
                    StorylineViews.byId(digest.stories()), summarised);
        }
        for (StoryDigest entry : digest.digests()) {
            appendStory(main, entry);
        }
        Html.line(main, "footer").text("Each summary is extractive: every sentence is quoted from an article and "
                + "cited to the articles that report the same fact.");
        return Html.write(page);
    }

    private static void appendStory(Element main, StoryDigest entry) {
        Story story = entry.story();
        String prefix = story.id() + "-source-";
        Element article = Html.line(main, "article").addClass("story").attr("id", story.id());
        article.appendText("\n");
        Html.line(article, "h2").text(Copy.oneLine(story.label()));
        Html.line(article, "p").addClass("meta").text(story.size() + " articles · " + StoryListMarkdown.span(story)
                + " · " + String.join(", ", story.outlets().stream().map(Copy::oneLine).toList()));
        Element summary = Html.line(article, "p").addClass("digest-summary");
        summary.appendText("\n");
        entry.summary().sentences().forEach(sentence -> {
            summary.appendText(Copy.oneLine(sentence.text()));
            Element cites = Html.line(summary, "sup").addClass("cites");
            for (int number : Copy.citedSources(sentence)) {
                cites.appendElement("a").addClass("cite").attr("href", "#" + prefix + number).text(String.valueOf(number));
            }
            String disputes = Copy.disputeNote(sentence);
            if (!disputes.isEmpty()) {
                summary.appendElement("span").addClass("disputed").text(" (" + disputes + ")");
                summary.appendText("\n"); // the next sentence starts after a space, as after a citation
            }
        });
        Element sources = Html.line(article, "ol").addClass("digest-sources");
        sources.appendText("\n");
        entry.summary().sources().forEach(source -> {
            Element item = Html.line(sources, "li").attr("id", prefix + source.number())
                    .attr("value", String.valueOf(source.number()));
            item.appendElement("span").addClass("outlet").text(Copy.oneLine(source.outlet()));
            String title = Copy.oneLine(source.title());
            if (!title.isEmpty()) {
                item.appendText(" ").appendElement("cite").text(title);
            }
            if (source.published() != null) {
                item.appendText(" ").appendElement("time").attr("datetime", source.published().toString())
                        .text(source.published().toString());
            }
            String url = Copy.oneLine(source.url());
            if (Copy.isWebUrl(url)) {
                item.appendText(" ").appendElement("a").attr("href", url).attr("rel", "noopener noreferrer nofollow")
                        .text(SummaryHtml.linkText(url));
            }
        });
        if (entry.timeline() != null) {
            Element section = section(article, DigestText.TIMELINE);
            TimelineHtml.appendBody(section, entry.timeline());
            section.appendText("\n");
        }
        if (entry.comparison() != null) {
            Element section = section(article, DigestText.ACROSS_OUTLETS);
            ComparisonHtml.append(section, entry.comparison(), false);
            section.appendText("\n");
        }
    }

    /** A story's extra view: {@code <section class="extra">} with its heading, to be filled. */
    private static Element section(Element article, String heading) {
        Element section = Html.line(article, "section").addClass("extra");
        Html.line(section, "h3").text(heading);
        return section;
    }

    private static final String STYLE = """
            main { max-width: 48rem; }
            figure { margin: 0 0 1.5rem; }
            figcaption { font: .8rem/1.4 var(--sans); color: var(--muted); }
            .story-map { width: 100%; height: auto; font: 11px var(--sans); }
            .story-map text { fill: var(--ink); }
            .story-map .axis { fill: var(--muted); }
            .story-map line { stroke: var(--accent); stroke-width: 3; stroke-linecap: round; opacity: .55; }
            .story-map circle { fill: var(--accent); opacity: .8; }
            .story-map a:hover circle, .story-map a:focus circle { opacity: 1; }
            .index { font: .95rem/1.6 var(--sans); padding-left: 1.5rem; }
            .index .count { color: var(--muted); font-size: .85em; }
            .story { border-top: 1px solid var(--rule); margin-top: 2rem; padding-top: 1rem; }
            .story h2 { margin: 0 0 .3rem; font-size: 1.4rem; line-height: 1.3; }
            .digest-sources { font: .85rem/1.5 var(--sans); color: var(--muted); }
            .digest-sources .outlet { font-weight: 700; color: var(--ink); }
            .extra h3 { font: 700 .8rem/1.2 var(--sans); letter-spacing: .12em; text-transform: uppercase; color: var(--muted); }
            """;
}
