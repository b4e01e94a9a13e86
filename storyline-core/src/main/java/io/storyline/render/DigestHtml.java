package io.storyline.render;

import io.storyline.model.Digest;
import io.storyline.model.Story;
import io.storyline.model.StoryDigest;

import java.util.ArrayList;
import java.util.List;

/**
 * A digest as one self-contained HTML page: an inline SVG picture of the stories over time, an
 * index, then each story's summary with its sources, timeline and comparison across outlets.
 */
final class DigestHtml {

    private DigestHtml() {
    }

    static String render(Digest digest, RenderOptions options) {
        StringBuilder html = new StringBuilder(16384);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"Storyline\">\n<title>Digest</title>\n<style>\n")
                .append(SummaryHtml.STYLE).append(STYLE);
        html.append(TimelineHtml.style()).append(ComparisonHtml.STYLE);
        html.append("</style>\n</head>\n<body>\n<main>\n")
                .append("<header>\n<p class=\"kicker\">Storyline digest</p>\n<h1>The stories</h1>\n<p class=\"meta\">")
                .append(SummaryHtml.escape(DigestText.summaryLine(digest))).append("</p>\n</header>\n");
        List<Story> pictured = new ArrayList<>();
        digest.digests().forEach(d -> pictured.add(d.story()));
        if (!pictured.isEmpty()) {
            html.append("<figure>\n").append(StoryMap.svg(pictured))
                    .append("<figcaption>Stories over time; the larger the disc, the more articles.")
                    .append(pictured.size() > StoryMap.MAX_ROWS ? " The " + StoryMap.MAX_ROWS + " biggest are drawn." : "")
                    .append("</figcaption>\n</figure>\n");
        }
        html.append("<nav aria-label=\"Stories\"><ol class=\"index\">\n");
        for (StoryDigest entry : digest.digests()) {
            html.append("<li><a href=\"#").append(entry.story().id()).append("\">")
                    .append(SummaryHtml.escape(Copy.oneLine(entry.story().label()))).append("</a> <span class=\"count\">")
                    .append(entry.story().size()).append(" articles · ")
                    .append(SummaryHtml.escape(StoryListMarkdown.span(entry.story()))).append("</span></li>\n");
        }
        html.append("</ol></nav>\n");
        for (StoryDigest entry : digest.digests()) {
            appendStory(html, entry);
        }
        html.append("<footer>Each summary is extractive: every sentence is quoted from an article and cited to ")
                .append("the articles that report the same fact.</footer>\n</main>\n</body>\n</html>\n");
        return html.toString();
    }

    private static void appendStory(StringBuilder html, StoryDigest entry) {
        Story story = entry.story();
        String prefix = story.id() + "-source-";
        html.append("<article class=\"story\" id=\"").append(story.id()).append("\">\n<h2>")
                .append(SummaryHtml.escape(Copy.oneLine(story.label()))).append("</h2>\n<p class=\"meta\">")
                .append(story.size()).append(" articles · ").append(SummaryHtml.escape(StoryListMarkdown.span(story)))
                .append(" · ").append(SummaryHtml.escape(String.join(", ", story.outlets().stream().map(Copy::oneLine).toList())))
                .append("</p>\n<p class=\"digest-summary\">\n");
        entry.summary().sentences().forEach(sentence -> {
            html.append(SummaryHtml.escape(Copy.oneLine(sentence.text()))).append("<sup class=\"cites\">");
            for (int number : Copy.citedSources(sentence)) {
                html.append("<a class=\"cite\" href=\"#").append(prefix).append(number).append("\">").append(number)
                        .append("</a>");
            }
            html.append("</sup>\n");
        });
        html.append("</p>\n<ol class=\"digest-sources\">\n");
        entry.summary().sources().forEach(source -> {
            html.append("<li id=\"").append(prefix).append(source.number()).append("\" value=\"")
                    .append(source.number()).append("\"><span class=\"outlet\">")
                    .append(SummaryHtml.escape(Copy.oneLine(source.outlet()))).append("</span>");
            String title = Copy.oneLine(source.title());
            if (!title.isEmpty()) {
                html.append(" <cite>").append(SummaryHtml.escape(title)).append("</cite>");
            }
            if (source.published() != null) {
                html.append(" <time datetime=\"").append(source.published()).append("\">").append(source.published())
                        .append("</time>");
            }
            String url = Copy.oneLine(source.url());
            if (Copy.isWebUrl(url)) {
                html.append(" <a href=\"").append(SummaryHtml.escape(url))
                        .append("\" rel=\"noopener noreferrer nofollow\">").append(SummaryHtml.escape(SummaryHtml.linkText(url)))
                        .append("</a>");
            }
            html.append("</li>\n");
        });
        html.append("</ol>\n");
        if (entry.timeline() != null) {
            section(html, DigestText.TIMELINE, TimelineHtml.fragment(entry.timeline()));
        }
        if (entry.comparison() != null) {
            StringBuilder fragment = new StringBuilder();
            ComparisonHtml.append(fragment, entry.comparison(), false);
            section(html, DigestText.ACROSS_OUTLETS, fragment.toString());
        }
        html.append("</article>\n");
    }

    private static void section(StringBuilder html, String heading, String fragment) {
        html.append("<section class=\"extra\"><h3>").append(SummaryHtml.escape(heading)).append("</h3>\n")
                .append(fragment).append("\n</section>\n");
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
