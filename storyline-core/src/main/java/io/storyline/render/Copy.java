package io.storyline.render;

import io.storyline.model.Citation;
import io.storyline.model.Dispute;
import io.storyline.model.SummarySentence;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Text helpers shared by the renderers ("copy" in the newsroom sense: the words to be set). */
final class Copy {

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u2028\\u2029]+");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\t\\n\\r]]");

    private Copy() {
    }

    /**
     * The text on a single line: control characters dropped, runs of whitespace (line breaks
     * included) collapsed to one space, ends trimmed. Line-oriented formats depend on this.
     */
    static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        String visible = CONTROL.matcher(text).replaceAll("");
        return WHITESPACE.matcher(visible).replaceAll(" ").strip();
    }

    /** The distinct source numbers a sentence cites, in the order of its citations. */
    static List<Integer> citedSources(SummarySentence sentence) {
        Set<Integer> numbers = new LinkedHashSet<>();
        for (Citation citation : sentence.citations()) {
            numbers.add(citation.source());
        }
        return List.copyOf(numbers);
    }

    /**
     * What the sources that dispute a sentence say instead, as a reader's note: "2 says Wednesday,
     * five workers; 4 says six workers"; empty when no source disputes it.
     */
    static String disputeNote(SummarySentence sentence) {
        return disputeNote(sentence.disputedBy());
    }

    /**
     * The line that tells how many sentences a comparison lists nowhere ({@link io.storyline.model.Comparison#unlisted}):
     * "12 more sentences are in no list (too short, or giving no name and no figure)".
     */
    static String unlistedNote(int count) {
        return count + (count == 1 ? " more sentence is" : " more sentences are")
                + " in no list (too short, or giving no name and no figure)";
    }

    /** The note for a list of disputes, as {@link #disputeNote(SummarySentence)}. */
    static String disputeNote(List<Dispute> disputes) {
        java.util.Map<Integer, List<String>> valuesBySource = new java.util.LinkedHashMap<>();
        java.util.Set<Integer> disagreeing = new java.util.HashSet<>();
        for (Dispute dispute : disputes) {
            valuesBySource.computeIfAbsent(dispute.citation().source(), k -> new java.util.ArrayList<>())
                    .add(oneLine(dispute.value()));
            if (!dispute.update()) {
                disagreeing.add(dispute.citation().source());
            }
        }
        List<String> notes = new java.util.ArrayList<>();
        valuesBySource.forEach((source, values) -> notes.add(updatePrefix(!disagreeing.contains(source)) + source
                + " says " + String.join(", ", values)));
        return String.join("; ", notes);
    }

    /**
     * What opens a source's note when all it says against the sentence is an update (the story moving on,
     * or its outlet's revised copy): "update: 2 says 25 people"; else nothing.
     */
    static String updatePrefix(boolean update) {
        return update ? "update: " : "";
    }

    /**
     * Whether a URL may become a link: only absolute http(s) URLs with no whitespace or control
     * characters. Everything else ({@code javascript:}, {@code data:}, relative paths) stays text.
     */
    static boolean isWebUrl(String url) {
        if (url == null) {
            return false;
        }
        String lower = url.toLowerCase(Locale.ROOT);
        if (!(lower.startsWith("http://") || lower.startsWith("https://"))) {
            return false;
        }
        return url.length() > lower.indexOf("//") + 2
                && url.codePoints().noneMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c));
    }
}
