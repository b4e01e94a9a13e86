package io.storyline.render;

import io.storyline.model.Citation;
import io.storyline.model.Comparison;
import io.storyline.model.Dispute;
import io.storyline.model.Source;
import io.storyline.model.Summary;
import io.storyline.model.SummaryReport;
import io.storyline.model.SummarySentence;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.net.URI;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
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
 * <p>The page is built with jsoup ({@link Html}), so everything that came from an article
 * (sentences, outlet, title, URL, origin, method) is escaped by jsoup for its place, and a URL
 * becomes a link only when it is plain http(s), so a hostile article cannot inject markup, event
 * handlers or {@code javascript:} links.
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

        String heading = options.heading();
        Document page = Html.page(heading, STYLE + (report.comparison() == null ? "" : ComparisonHtml.STYLE));
        Element main = Html.main(page);
        Element meta = Html.header(main, "Storyline summary", heading, Html.count(summary.sources().size(), "source")
                + " · " + Html.count(tints.size(), "outlet") + " · " + Html.count(summary.wordCount(), "word"));
        String method = Copy.oneLine(summary.method());
        if (!method.isEmpty()) {
            meta.appendText(" · method ").appendElement("span").addClass("method").text(method);
        }

        Element section = Html.line(main, "section").addClass("summary").attr("aria-label", "Summary");
        section.appendText("\n");
        if (summary.sentences().isEmpty()) {
            Html.line(section, "p").addClass("empty").text("No sentences were selected for this summary.");
        } else {
            Element paragraph = Html.line(section, "p");
            paragraph.appendText("\n");
            for (int i = 0; i < summary.sentences().size(); i++) {
                appendSentence(paragraph, i + 1, summary.sentences().get(i), sourcesByNumber, tints);
            }
        }
        if (report.comparison() != null) {
            ComparisonHtml.append(main, report.comparison(), true);
        }
        appendSources(main, summary.sentences().isEmpty() ? summary.sources()
                : linkedSources(main, summary.sources(), report.comparison()), tints);
        Html.line(main, "footer").text("Extractive summary: each sentence is quoted word for word from the first "
                + "source it cites; the other badges mark sources that report the same fact. "
                + "Hover over or focus a badge to read the supporting sentence.");
        return Html.write(page);
    }

    /**
     * A cited sentence: its text, then one badge per cited source linking to the source list, with
     * the outlet and the supporting sentence as its tooltip ({@code data-tip}, shown by the CSS) and label.
     */
    static void appendSentence(Element paragraph, int position, SummarySentence sentence,
                               Map<Integer, Source> sourcesByNumber, Map<String, Integer> tints) {
        Element span = Html.line(paragraph, "span").addClass("sentence").attr("id", "sentence-" + position)
                .text(Copy.oneLine(sentence.text()));
        Element cites = span.appendElement("sup").addClass("cites");
        Map<Integer, Citation> firstBySource = new LinkedHashMap<>();
        sentence.citations().forEach(c -> firstBySource.putIfAbsent(c.source(), c));
        for (Citation citation : firstBySource.values()) {
            Source source = sourcesByNumber.get(citation.source());
            String outlet = source == null ? "Source " + citation.source() : outletName(source);
            String tint = source == null ? "" : " t" + tints.get(outletName(source));
            String supporting = Copy.oneLine(citation.sentence());
            String tip = supporting.isEmpty() ? outlet : outlet + ": \u201C" + supporting + "\u201D";
            cites.appendElement("a").attr("class", "cite" + tint).attr("href", "#source-" + citation.source())
                    .attr("data-tip", tip).attr("aria-label", "Source " + citation.source() + ", " + tip)
                    .text(String.valueOf(citation.source()));
        }
        appendDisputes(span, sentence);
    }

    /** After the badges: "(2 says five workers)", each source number linking to the source list. */
    static void appendDisputes(Element span, SummarySentence sentence) {
        if (sentence.disputedBy().isEmpty()) {
            return;
        }
        Element note = span.appendElement("span").addClass("disputed");
        note.appendText(" (");
        Map<Integer, List<Dispute>> bySource = new LinkedHashMap<>();
        sentence.disputedBy().forEach(d -> bySource.computeIfAbsent(d.citation().source(), k -> new ArrayList<>()).add(d));
        String separator = "";
        for (List<Dispute> disputes : bySource.values()) {
            Citation citation = disputes.get(0).citation();
            note.appendText(separator + Copy.updatePrefix(disputes.stream().allMatch(Dispute::update)));
            note.appendElement("a").attr("href", "#source-" + citation.source())
                    .attr("title", Copy.oneLine(citation.sentence())).text(String.valueOf(citation.source()));
            note.appendText(" says " + String.join(", ", disputes.stream().map(d -> Copy.oneLine(d.value())).toList()));
            separator = "; ";
        }
        note.appendText(")");
    }

    /**
     * The sources the page cites, by number: those a badge or note on it links to, from the summary's and the
     * comparison's (an update's comparison cites articles read before, which the summary does not number).
     * So every link resolves and the list names no article the page never cites. (A summary of no sentence
     * lists every article it read instead.)
     */
    static List<Source> linkedSources(Element main, List<Source> summarySources, Comparison comparison) {
        java.util.Set<String> linked = new java.util.HashSet<>();
        main.select("a[href^=#source-]").forEach(a -> linked.add(a.attr("href").substring("#source-".length())));
        Map<Integer, Source> byNumber = new java.util.TreeMap<>();
        summarySources.forEach(s -> byNumber.putIfAbsent(s.number(), s));
        if (comparison != null) {
            comparison.sources().forEach(s -> byNumber.putIfAbsent(s.number(), s));
        }
        return byNumber.values().stream().filter(s -> linked.contains(String.valueOf(s.number()))).toList();
    }

    /** The numbered source list, each outlet in its tint; nothing when there are no sources. */
    static void appendSources(Element main, List<Source> sources) {
        appendSources(main, sources, outletTints(sources));
    }

    /** As {@link #appendSources(Element, List)}, each outlet in the tint its badges have. */
    static void appendSources(Element main, List<Source> sources, Map<String, Integer> tints) {
        if (sources.isEmpty()) {
            return;
        }
        addTints(tints, sources);
        Element list = sourceSection(main, "sources-heading", "Sources");
        for (Source source : sources) {
            appendSource(list, source, tints);
        }
    }

    /** A {@code <section class="sources">} with its heading, and the {@code <ul>} it returns for the entries. */
    static Element sourceSection(Element main, String headingId, String heading) {
        Element section = Html.line(main, "section").addClass("sources").attr("aria-labelledby", headingId);
        section.appendText("\n");
        Html.line(section, "h2").attr("id", headingId).text(heading);
        Element list = Html.line(section, "ul");
        list.appendText("\n");
        return list;
    }

    static String style() {
        return STYLE;
    }

    /** One source: number, outlet, headline, date and where it was read, in its outlet's tint. */
    static void appendSource(Element list, Source source, Map<String, Integer> tints) {
        String outlet = outletName(source);
        Element item = Html.line(list, "li").attr("id", "source-" + source.number())
                .attr("class", "t" + tints.get(outlet));
        item.appendElement("span").addClass("num").text(String.valueOf(source.number()));
        Element entry = item.appendElement("div").addClass("entry");
        entry.appendElement("span").addClass("outlet").text(outlet);
        String title = Copy.oneLine(source.title());
        if (!title.isEmpty()) {
            entry.appendText(" ").appendElement("cite").text(title);
        }
        String url = Copy.oneLine(source.url());
        String origin = Copy.oneLine(source.origin());
        if (source.published() == null && url.isEmpty() && origin.isEmpty()) {
            return;
        }
        Element details = entry.appendElement("span").addClass("details");
        if (source.published() != null) {
            details.appendElement("time").attr("datetime", source.published().toString())
                    .text(DAY.format(source.published()));
            if (!url.isEmpty() || !origin.isEmpty()) {
                details.appendText(" · ");
            }
        }
        if (Copy.isWebUrl(url)) {
            details.appendElement("a").attr("href", url).attr("title", url).attr("rel", "noopener noreferrer nofollow")
                    .text(linkText(url));
        } else if (!url.isEmpty()) {
            details.appendElement("span").addClass("url").text(url);
        } else if (!origin.isEmpty()) {
            details.appendElement("code").addClass("origin").text(origin);
        }
    }

    /** Each distinct outlet, in order of first appearance, mapped to one of the {@value #TINTS} tints. */
    static Map<String, Integer> outletTints(List<Source> sources) {
        Map<String, Integer> tints = new LinkedHashMap<>();
        addTints(tints, sources);
        return tints;
    }

    /** Gives each outlet of these sources not yet tinted the next tint (a linked source may add outlets). */
    private static void addTints(Map<String, Integer> tints, List<Source> sources) {
        for (Source source : sources) {
            tints.putIfAbsent(outletName(source), tints.size() % TINTS);
        }
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
            .disputed { color: #8a3b12; font-size: .9em; }
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
