package io.storyline.render;

import io.storyline.model.SummarySentence;
import io.storyline.model.Source;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * CommonMark shared by the Markdown writers: article text backslash-escaped so that nothing in it
 * can become a heading, list, link or HTML, code spans, and the source line every document lists.
 */
final class Markdown {

    /** Characters with inline meaning anywhere in a line. */
    private static final Pattern INLINE_SPECIAL = Pattern.compile("([\\\\`*_\\[\\]<>|~])");
    /** Things like {@code &amp;} or {@code &#60;} that a renderer would decode. */
    private static final Pattern ENTITY = Pattern.compile("&(?=#?[A-Za-z0-9]+;)");
    /** Line openings that would start a block: heading, quote, list item, setext underline. */
    private static final Pattern BLOCK_START = Pattern.compile("^([#>+=-])");
    private static final Pattern ORDERED_ITEM = Pattern.compile("^(\\d{1,9})([.)])");

    private Markdown() {
    }

    /** {@code [n] Outlet — "Title", 2026-03-04, <https://...>}, leaving out what is unknown. */
    static String sourceLine(Source source) {
        List<String> details = new ArrayList<>();
        String title = Copy.oneLine(source.title());
        if (!title.isEmpty()) {
            details.add("\"" + escape(title) + "\"");
        }
        if (source.published() != null) {
            details.add(source.published().toString());
        }
        String url = Copy.oneLine(source.url());
        String origin = Copy.oneLine(source.origin());
        if (!url.isEmpty()) {
            details.add(Copy.isWebUrl(url) && url.indexOf('<') < 0 && url.indexOf('>') < 0
                    ? "<" + url + ">" : codeSpan(url));
        } else if (!origin.isEmpty()) {
            details.add(codeSpan(origin));
        }
        StringBuilder line = new StringBuilder();
        line.append('[').append(source.number()).append("] ").append(escape(source.outlet()));
        if (!details.isEmpty()) {
            line.append(" — ").append(String.join(", ", details));
        }
        return line.toString();
    }

    /**
     * The {@code ## Sources} list of the sources the sentences cite or that dispute one of them (every number
     * in the text resolves), and a line counting the articles read and not cited, which are not listed.
     * With no sentence every article read is listed.
     */
    static void appendCitedSources(StringBuilder out, List<SummarySentence> sentences, List<Source> sources) {
        List<Source> listed = sentences.isEmpty() ? sources : citedOrDisputing(sentences, sources);
        if (listed.isEmpty()) {
            return;
        }
        out.append("## Sources\n\n");
        for (Source source : listed) {
            out.append("- ").append(sourceLine(source)).append('\n');
        }
        int others = sources.size() - listed.size();
        if (others > 0) {
            out.append("\n_Also read, and not cited: ").append(others).append(others == 1 ? " article" : " articles")
                    .append("._\n");
        }
    }

    /** The sources the sentences cite or that dispute one of them, in their order. */
    static List<Source> citedOrDisputing(List<SummarySentence> sentences, List<Source> sources) {
        Set<Integer> numbers = new HashSet<>();
        for (SummarySentence sentence : sentences) {
            numbers.addAll(Copy.citedSources(sentence));
            sentence.disputedBy().forEach(d -> numbers.add(d.citation().source()));
        }
        return sources.stream().filter(s -> numbers.contains(s.number())).toList();
    }

    /** The citations of a sentence ({@code [1][3]}) and, when sources dispute it, what they say ({@code (2 says five workers)}). */
    static String citations(SummarySentence sentence) {
        StringBuilder out = new StringBuilder();
        for (int number : Copy.citedSources(sentence)) {
            out.append('[').append(number).append(']');
        }
        String disputes = Copy.disputeNote(sentence);
        if (!disputes.isEmpty()) {
            out.append(" (").append(escape(disputes)).append(')');
        }
        return out.toString();
    }

    /** Article text as literal Markdown on one line. */
    static String escape(String text) {
        String line = Copy.oneLine(text);
        line = INLINE_SPECIAL.matcher(line).replaceAll("\\\\$1");
        line = ENTITY.matcher(line).replaceAll("\\\\&");
        line = BLOCK_START.matcher(line).replaceFirst("\\\\$1");
        return ORDERED_ITEM.matcher(line).replaceFirst("$1\\\\$2");
    }

    /** A code span long enough to hold any backticks inside, so the content stays literal. */
    static String codeSpan(String text) {
        int longestRun = 0;
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            run = text.charAt(i) == '`' ? run + 1 : 0;
            longestRun = Math.max(longestRun, run);
        }
        String fence = "`".repeat(longestRun + 1);
        boolean pad = longestRun > 0 || text.startsWith(" ") || text.endsWith(" ");
        return pad ? fence + " " + text + " " + fence : fence + text + fence;
    }

    /** Turns our {@code #} headings into deeper ones (article text is escaped, so only ours start with #). */
    static String demote(String markdown, int levels) {
        return markdown.replaceAll("(?m)^(#+ )", "#".repeat(levels) + "$1");
    }
}
