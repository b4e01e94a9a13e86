package io.storyline.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.storyline.model.Article;
import io.storyline.model.Digest;
import io.storyline.model.Story;
import io.storyline.model.StoryDigest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A digest as one document: Markdown (an index, then each story's heading, span, outlets and cited
 * summary, then its extra sections), JSON ({@value #SCHEMA}: each story with its summary in the
 * {@code storyline.summary/1} schema) or one self-contained HTML page with an index of the stories
 * and an inline SVG picture of them over time. Extra per-story views plug in as
 * {@link StorySection}s.
 */
public final class DigestRenderer {

    static final String SCHEMA = "storyline.digest/1";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The digest formats. */
    public static final List<Format> FORMATS = List.of(Format.MD, Format.JSON, Format.HTML);

    private final List<StorySection> sections;

    public DigestRenderer(List<StorySection> sections) {
        this.sections = List.copyOf(sections);
    }

    /** @throws IllegalArgumentException for a format not in {@link #FORMATS} */
    public String render(Digest digest, Format format) {
        return switch (format) {
            case MD -> markdown(digest);
            case JSON -> json(digest);
            case HTML -> html(digest);
            default -> throw new IllegalArgumentException("a digest is written as md, json or html, not " + format);
        };
    }

    String markdown(Digest digest) {
        StringBuilder out = new StringBuilder("# Digest\n\n");
        out.append(summaryLine(digest)).append("\n\n");
        for (StoryDigest entry : digest.digests()) {
            out.append("- [").append(MarkdownRenderer.escape(Copy.oneLine(entry.story().label()))).append("](#")
                    .append(entry.story().id()).append(") (").append(entry.story().size()).append(" articles)\n");
        }
        for (StoryDigest entry : digest.digests()) {
            Story story = entry.story();
            out.append("\n## ").append(MarkdownRenderer.escape(Copy.oneLine(story.label())))
                    .append(" <a id=\"").append(story.id()).append("\"></a>\n\n")
                    .append(story.size()).append(" articles · ").append(StoryListRenderer.span(story)).append(" · ")
                    .append(MarkdownRenderer.escape(String.join(", ", story.outlets().stream().map(Copy::oneLine).toList())))
                    .append("\n\n");
            String summary = new MarkdownRenderer(RenderOptions.defaults()).render(entry.summary());
            out.append(demote(summary.substring(summary.indexOf('\n') + 1).strip(), 2)).append('\n');
            for (StorySection section : sections) {
                Optional<String> part = section.markdown(entry);
                part.ifPresent(text -> out.append("\n### ").append(MarkdownRenderer.escape(section.heading()))
                        .append("\n\n").append(text.strip()).append('\n'));
            }
        }
        return out.toString();
    }

    String json(Digest digest) {
        ObjectNode root = JSON.createObjectNode();
        root.put("schema", SCHEMA);
        root.put("articles", digest.articleCount());
        root.put("stories", digest.stories().size());
        ArrayNode list = root.putArray("digests");
        for (StoryDigest entry : digest.digests()) {
            Map<String, Article> byId = new LinkedHashMap<>();
            entry.articles().forEach(a -> byId.put(a.id(), a));
            ObjectNode node = StoryListRenderer.storyNode(entry.story(), byId);
            try {
                node.set("summary", JSON.readTree(new JsonRenderer(RenderOptions.defaults()
                        .withTitle(entry.story().label())).render(entry.summary())));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            ObjectNode extra = node.putObject("sections");
            for (StorySection section : sections) {
                section.json(entry).ifPresent(value -> extra.set(section.heading(), JSON.valueToTree(value)));
            }
            list.add(node);
        }
        return StoryListRenderer.write(root, true) + "\n";
    }

    String html(Digest digest) {
        StringBuilder html = new StringBuilder(16384);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"Storyline\">\n<title>Digest</title>\n<style>\n")
                .append(HtmlRenderer.STYLE).append(STYLE);
        sections.forEach(section -> html.append(section.style()));
        html.append("</style>\n</head>\n<body>\n<main>\n")
                .append("<header>\n<p class=\"kicker\">Storyline digest</p>\n<h1>The stories</h1>\n<p class=\"meta\">")
                .append(HtmlRenderer.escape(summaryLine(digest))).append("</p>\n</header>\n");
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
                    .append(HtmlRenderer.escape(Copy.oneLine(entry.story().label()))).append("</a> <span class=\"count\">")
                    .append(entry.story().size()).append(" articles · ")
                    .append(HtmlRenderer.escape(StoryListRenderer.span(entry.story()))).append("</span></li>\n");
        }
        html.append("</ol></nav>\n");
        for (StoryDigest entry : digest.digests()) {
            appendStory(html, entry);
        }
        html.append("<footer>Each summary is extractive: every sentence is quoted from an article and cited to ")
                .append("the articles that report the same fact.</footer>\n</main>\n</body>\n</html>\n");
        return html.toString();
    }

    private void appendStory(StringBuilder html, StoryDigest entry) {
        Story story = entry.story();
        String prefix = story.id() + "-source-";
        html.append("<article class=\"story\" id=\"").append(story.id()).append("\">\n<h2>")
                .append(HtmlRenderer.escape(Copy.oneLine(story.label()))).append("</h2>\n<p class=\"meta\">")
                .append(story.size()).append(" articles · ").append(HtmlRenderer.escape(StoryListRenderer.span(story)))
                .append(" · ").append(HtmlRenderer.escape(String.join(", ", story.outlets().stream().map(Copy::oneLine).toList())))
                .append("</p>\n<p class=\"digest-summary\">\n");
        entry.summary().sentences().forEach(sentence -> {
            html.append(HtmlRenderer.escape(Copy.oneLine(sentence.text()))).append("<sup class=\"cites\">");
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
                    .append(HtmlRenderer.escape(Copy.oneLine(source.outlet()))).append("</span>");
            String title = Copy.oneLine(source.title());
            if (!title.isEmpty()) {
                html.append(" <cite>").append(HtmlRenderer.escape(title)).append("</cite>");
            }
            if (source.published() != null) {
                html.append(" <time datetime=\"").append(source.published()).append("\">").append(source.published())
                        .append("</time>");
            }
            String url = Copy.oneLine(source.url());
            if (Copy.isWebUrl(url)) {
                html.append(" <a href=\"").append(HtmlRenderer.escape(url))
                        .append("\" rel=\"noopener noreferrer nofollow\">").append(HtmlRenderer.escape(HtmlRenderer.linkText(url)))
                        .append("</a>");
            }
            html.append("</li>\n");
        });
        html.append("</ol>\n");
        for (StorySection section : sections) {
            section.html(entry).ifPresent(fragment -> html.append("<section class=\"extra\"><h3>")
                    .append(HtmlRenderer.escape(section.heading())).append("</h3>\n").append(fragment).append("\n</section>\n"));
        }
        html.append("</article>\n");
    }

    private static String summaryLine(Digest digest) {
        return count(digest.articleCount(), "article", "articles") + " · "
                + count(digest.stories().size(), "story", "stories") + " · "
                + digest.digests().size() + " reported by more than one article";
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** Turns {@code #} headings into deeper ones (article text is escaped, so only ours start with #). */
    private static String demote(String markdown, int levels) {
        return markdown.replaceAll("(?m)^(#+ )", "#".repeat(levels) + "$1");
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
