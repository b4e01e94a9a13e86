package io.storyline.render;

import io.storyline.model.Citation;
import io.storyline.model.Source;
import io.storyline.model.Summary;
import io.storyline.model.SummaryReport;
import io.storyline.model.SummarySentence;

import java.net.URI;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One self-contained HTML page: inline CSS, no script, no external fonts or images, so it can be
 * mailed or archived as a single file. Citation badges link to the source list and show the
 * supporting sentence in a CSS tooltip on hover or keyboard focus; each outlet gets its own tint.
 *
 * <p>Everything that came from an article (sentences, outlet, title, URL, origin, method) is
 * entity-escaped, and a URL becomes a link only when it is plain http(s), so a hostile article
 * cannot inject markup, event handlers or {@code javascript:} links.
 */
final class SummaryHtml {

    private static final int TINTS = 8;
    private static final int MAX_LINK_TEXT = 60;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private SummaryHtml() {
    }

    static String render(SummaryReport report, RenderOptions options) {
        Summary summary = report.summary();
        Map<Integer, Source> sourcesByNumber = new HashMap<>();
        summary.sources().forEach(s -> sourcesByNumber.putIfAbsent(s.number(), s));
        Map<String, Integer> tints = outletTints(summary.sources());

        StringBuilder html = new StringBuilder(8192);
        String heading = options.heading();
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"generator\" content=\"Storyline\">\n")
                .append("<title>").append(escape(heading)).append("</title>\n")
                .append("<style>\n").append(STYLE)
                .append(report.comparison() == null ? "" : ComparisonHtml.STYLE).append("</style>\n</head>\n<body>\n<main>\n");

        html.append("<header>\n<p class=\"kicker\">Storyline summary</p>\n<h1>")
                .append(escape(heading)).append("</h1>\n<p class=\"meta\">")
                .append(countOf(summary.sources().size(), "source")).append(" · ")
                .append(countOf(tints.size(), "outlet")).append(" · ")
                .append(countOf(summary.wordCount(), "word"));
        String method = Copy.oneLine(summary.method());
        if (!method.isEmpty()) {
            html.append(" · method <span class=\"method\">").append(escape(method)).append("</span>");
        }
        html.append("</p>\n</header>\n");

        html.append("<section class=\"summary\" aria-label=\"Summary\">\n");
        if (summary.sentences().isEmpty()) {
            html.append("<p class=\"empty\">No sentences were selected for this summary.</p>\n");
        } else {
            html.append("<p>\n");
            for (int i = 0; i < summary.sentences().size(); i++) {
                appendSentence(html, i + 1, summary.sentences().get(i), sourcesByNumber, tints);
            }
            html.append("</p>\n");
        }
        html.append("</section>\n");

        if (report.comparison() != null) {
            ComparisonHtml.append(html, report.comparison());
        }
        appendSources(html, summary.sources());
        html.append("<footer>Extractive summary: each sentence is quoted word for word from the first ")
                .append("source it cites; the other badges mark sources that report the same fact. ")
                .append("Hover over or focus a badge to read the supporting sentence.</footer>\n")
                .append("</main>\n</body>\n</html>\n");
        return html.toString();
    }

    static void appendSentence(StringBuilder html, int position, SummarySentence sentence,
                                       Map<Integer, Source> sourcesByNumber, Map<String, Integer> tints) {
        html.append("<span class=\"sentence\" id=\"sentence-").append(position).append("\">")
                .append(escape(Copy.oneLine(sentence.text())))
                .append("<sup class=\"cites\">");
        Map<Integer, Citation> firstBySource = new LinkedHashMap<>();
        sentence.citations().forEach(c -> firstBySource.putIfAbsent(c.source(), c));
        for (Citation citation : firstBySource.values()) {
            Source source = sourcesByNumber.get(citation.source());
            String outlet = source == null ? "Source " + citation.source() : outletName(source);
            String tint = source == null ? "" : " t" + tints.get(outletName(source));
            String supporting = Copy.oneLine(citation.sentence());
            String tip = supporting.isEmpty() ? outlet : outlet + ": \u201C" + supporting + "\u201D";
            html.append("<a class=\"cite").append(tint).append("\" href=\"#source-")
                    .append(citation.source()).append("\" data-tip=\"").append(escape(tip))
                    .append("\" aria-label=\"Source ").append(citation.source()).append(", ")
                    .append(escape(tip)).append("\">").append(citation.source()).append("</a>");
        }
        html.append("</sup></span>\n");
    }

    /** The numbered source list, each outlet in its tint; nothing when there are no sources. */
    static void appendSources(StringBuilder html, List<Source> sources) {
        if (sources.isEmpty()) {
            return;
        }
        Map<String, Integer> tints = outletTints(sources);
        html.append("<section class=\"sources\" aria-labelledby=\"sources-heading\">\n")
                .append("<h2 id=\"sources-heading\">Sources</h2>\n<ul>\n");
        for (Source source : sources) {
            appendSource(html, source, tints);
        }
        html.append("</ul>\n</section>\n");
    }

    static String style() {
        return STYLE;
    }

    static void appendSource(StringBuilder html, Source source, Map<String, Integer> tints) {
        String outlet = outletName(source);
        html.append("<li id=\"source-").append(source.number()).append("\" class=\"t")
                .append(tints.get(outlet)).append("\">")
                .append("<span class=\"num\">").append(source.number()).append("</span>")
                .append("<div class=\"entry\"><span class=\"outlet\">").append(escape(outlet)).append("</span>");
        String title = Copy.oneLine(source.title());
        if (!title.isEmpty()) {
            html.append(" <cite>").append(escape(title)).append("</cite>");
        }
        StringBuilder details = new StringBuilder();
        if (source.published() != null) {
            details.append("<time datetime=\"").append(source.published()).append("\">")
                    .append(DAY.format(source.published())).append("</time>");
        }
        String url = Copy.oneLine(source.url());
        String origin = Copy.oneLine(source.origin());
        String where;
        if (Copy.isWebUrl(url)) {
            where = "<a href=\"" + escape(url) + "\" title=\"" + escape(url)
                    + "\" rel=\"noopener noreferrer nofollow\">" + escape(linkText(url)) + "</a>";
        } else if (!url.isEmpty()) {
            where = "<span class=\"url\">" + escape(url) + "</span>";
        } else if (!origin.isEmpty()) {
            where = "<code class=\"origin\">" + escape(origin) + "</code>";
        } else {
            where = "";
        }
        if (!where.isEmpty()) {
            details.append(details.length() > 0 ? " · " : "").append(where);
        }
        if (details.length() > 0) {
            html.append("<span class=\"details\">").append(details).append("</span>");
        }
        html.append("</div></li>\n");
    }

    /** Each distinct outlet, in order of first appearance, mapped to one of the {@value #TINTS} tints. */
    static Map<String, Integer> outletTints(List<Source> sources) {
        Map<String, Integer> tints = new LinkedHashMap<>();
        for (Source source : sources) {
            tints.putIfAbsent(outletName(source), tints.size() % TINTS);
        }
        return tints;
    }

    private static String outletName(Source source) {
        String outlet = Copy.oneLine(source.outlet());
        return outlet.isEmpty() ? "Unknown outlet" : outlet;
    }

    /** Host and path without the scheme or query, shortened: the URL as a reader scans it. */
    static String linkText(String url) {
        String shown;
        try {
            URI uri = new URI(url);
            String host = uri.getHost();
            String path = uri.getRawPath() == null ? "" : uri.getRawPath();
            shown = host == null ? url : host.replaceFirst("^www\\.", "") + (path.equals("/") ? "" : path);
        } catch (Exception malformed) {
            shown = url.replaceFirst("(?i)^https?://", "");
        }
        return shown.length() <= MAX_LINK_TEXT ? shown : shown.substring(0, MAX_LINK_TEXT - 1) + "\u2026";
    }

    private static String countOf(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** Entity-escapes text for use both as element content and inside a double-quoted attribute. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    static final String STYLE = """
            :root {
              color-scheme: light dark;
              --paper: #fbfaf7; --ink: #1d2125; --muted: #5f6670; --rule: #e3ded4;
              --accent: #9c2b23; --tip-bg: #1d2125; --tip-ink: #f7f5f0;
              --serif: "Iowan Old Style", "Palatino Linotype", Palatino, Georgia, "Times New Roman", serif;
              --sans: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
            }
            @media (prefers-color-scheme: dark) {
              :root { --paper: #16191d; --ink: #e8e6e1; --muted: #a0a6ad; --rule: #30353b;
                      --accent: #f08a7e; --tip-bg: #f7f5f0; --tip-ink: #1d2125; }
            }
            * { box-sizing: border-box; }
            html { background: var(--paper); }
            body { margin: 0; color: var(--ink); background: var(--paper); font-family: var(--serif);
                   font-size: 1.125rem; line-height: 1.7; -webkit-text-size-adjust: 100%; }
            main { max-width: 42rem; margin: 0 auto; padding: 3rem 1.25rem 4rem; }
            header { border-bottom: 1px solid var(--rule); margin-bottom: 1.75rem; padding-bottom: 1rem; }
            .kicker { margin: 0 0 .35rem; font: 700 .75rem/1.2 var(--sans); letter-spacing: .12em;
                      text-transform: uppercase; color: var(--accent); }
            h1 { margin: 0 0 .5rem; font-size: clamp(1.7rem, 4vw, 2.3rem); line-height: 1.2; font-weight: 700; }
            .meta { margin: 0; font: .85rem/1.4 var(--sans); color: var(--muted); }
            .method { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; }
            .summary p { margin: 0 0 1.5rem; hyphens: auto; }
            .summary .empty { font-style: italic; color: var(--muted); }
            .sentence:target { background: rgba(255, 214, 102, .35); }
            sup.cites { line-height: 0; white-space: nowrap; }
            .cite { position: relative; display: inline-block; min-width: 1.4em; margin-left: .2em;
                    padding: .15em .38em; border-radius: .7em; border: 1px solid var(--edge, #c7cdd4);
                    background: var(--tint, #eef0f2); color: #1d2125; text-align: center;
                    text-decoration: none; font: 600 .68rem/1 var(--sans); vertical-align: .35em; }
            .cite:hover, .cite:focus-visible { border-color: #1d2125; outline: none; }
            .cite:hover::after, .cite:focus::after {
              content: attr(data-tip); position: absolute; z-index: 10; left: 50%; bottom: calc(100% + .5rem);
              transform: translateX(-50%); width: max-content; max-width: min(24rem, 86vw);
              padding: .6rem .75rem; border-radius: .45rem; background: var(--tip-bg); color: var(--tip-ink);
              font: 400 .85rem/1.45 var(--serif); text-align: left; white-space: normal;
              box-shadow: 0 .4rem 1.2rem rgba(0, 0, 0, .25); pointer-events: none; }
            .sources h2 { margin: 2rem 0 .75rem; font: 700 .8rem/1.2 var(--sans); letter-spacing: .12em;
                          text-transform: uppercase; color: var(--muted); }
            .sources ul { list-style: none; margin: 0; padding: 0; }
            .sources li { display: flex; gap: .75rem; padding: .6rem .75rem; margin-bottom: .5rem;
                          border-left: 4px solid var(--edge, #c7cdd4); border-radius: 0 .4rem .4rem 0;
                          font: .95rem/1.5 var(--sans); }
            .sources li:target { background: var(--tint, #eef0f2); color: #1d2125; }
            .num { flex: none; min-width: 1.6em; font-weight: 700; color: var(--muted); }
            .sources li:target .num { color: #1d2125; }
            .outlet { font-weight: 700; }
            .sources cite { font-style: italic; }
            .sources cite::before { content: "\\2014\\00a0"; font-style: normal; }
            .details { display: block; color: var(--muted); overflow-wrap: anywhere; }
            .sources li:target .details { color: #3b4148; }
            .details a { color: inherit; text-decoration-color: var(--edge, currentColor); text-underline-offset: .15em; }
            .origin, .url { font: .85rem/1.4 ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; }
            footer { margin-top: 2.5rem; padding-top: 1rem; border-top: 1px solid var(--rule);
                     font: .8rem/1.5 var(--sans); color: var(--muted); }
            .t0 { --tint: #dbe9fe; --edge: #4f86e8; }
            .t1 { --tint: #fde1df; --edge: #e05a50; }
            .t2 { --tint: #d9f5e3; --edge: #2f9e5f; }
            .t3 { --tint: #fdf0c4; --edge: #cf9a10; }
            .t4 { --tint: #ebe5fd; --edge: #7c62d6; }
            .t5 { --tint: #d3f4f8; --edge: #1598ae; }
            .t6 { --tint: #fbe3f1; --edge: #cc4a97; }
            .t7 { --tint: #ebe8e4; --edge: #857d74; }
            @media print {
              .cite::after { display: none; }
              main { padding: 0; max-width: none; }
            }
            """;
}
