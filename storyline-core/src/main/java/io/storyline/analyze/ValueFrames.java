package io.storyline.analyze;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether two sentences that give one slot two values give them in one frame: the clause that holds each
 * value says the same beside it ("Turnout was 61 percent, the highest in twenty years" / "Turnout was 54
 * percent, down from the last election"; "..., which Ruud Berg won by 212 votes" / "Mayor Ruud Berg won by
 * 122 votes, according to the official result"). Such pairs tell one fact with two values, yet the
 * whole-sentence cosine {@link Facts} asks for misses them: their other clauses (an aside, an attribution,
 * a lead-in) differ and outweigh the short statement they share.
 * <p>
 * A clause runs between punctuation marks (commas, semicolons, colons, brackets, dashes, quotation marks).
 * Its frame is its content stems, the counted noun or unit of the value included and the figure left out,
 * without words of saying. Two frames are one when both hold at least {@value #MIN_FRAME} stems and one holds
 * the other with at most {@value #MOST_EXTRA} common word more ("Mayor" before a name both give): an extra
 * name, figure or calendar word names another thing or time ("Turnout was 54 percent in Brenn", "... in
 * 2018"), so it is never allowed.
 */
final class ValueFrames {

    /** Content stems a frame needs, the counted noun or unit included: "Turnout was 61 percent". */
    static final int MIN_FRAME = 2;
    /** Common words one frame may have beyond the other. */
    static final int MOST_EXTRA = 1;

    private static final Pattern EDGE = Pattern.compile("[,;:()\\[\\]\"\u201C\u201D\u2014\u2013]|\\s-\\s");
    private static final Pattern WORD = Pattern.compile("\\p{L}+(?:['\u2019]\\p{L}+)?|\\d[\\d,.:]*");
    /** Words of saying and attribution: who told it, not what was told. */
    private static final Set<String> SAYING = Set.of("said", "says", "say", "told", "tells", "reported", "reports",
            "according", "added", "announced", "stated", "confirmed", "quoted", "cited", "citing");

    private static final Set<String> CALENDAR = io.storyline.analyze.time.CalendarWords.dayAndMonthNames().stream()
            .map(n -> n.toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private ValueFrames() {
    }

    /**
     * Whether some number or clock time the two give differently ({@code differences}, seen from {@code a})
     * stands in one frame in both.
     */
    static boolean oneFrame(String a, String b, List<SlotDifference> differences) {
        for (SlotDifference d : differences) {
            if (!d.kind().equals("number") && !d.kind().equals("time")) {
                continue;
            }
            Frame x = frame(a, d.value());
            Frame y = frame(b, d.otherValue());
            if (x != null && y != null && x.alike(y)) {
                return true;
            }
        }
        return false;
    }

    /** The frame of the clause of {@code text} that holds {@code value}, or null when the value is not written there. */
    static Frame frame(String text, String value) {
        int at = text.indexOf(value);
        if (at < 0 || value.isBlank()) {
            return null;
        }
        int start = 0;
        Matcher edge = EDGE.matcher(text);
        int end = text.length();
        while (edge.find()) {
            if (edge.end() <= at) {
                start = edge.end();
            } else if (edge.start() >= at + value.length()) {
                end = edge.start();
                break;
            }
        }
        Set<String> common = new HashSet<>();
        Set<String> marked = new HashSet<>(); // names, figures and calendar words
        PorterStemmer stemmer = new PorterStemmer();
        Matcher word = WORD.matcher(text).region(start, end);
        boolean first = start == 0;
        while (word.find()) {
            String w = word.group();
            String lower = w.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
            boolean opening = first;
            first = false;
            boolean inValue = word.start() >= at && word.end() <= at + value.length();
            if (Character.isDigit(w.charAt(0)) || NumberWords.isNumberWord(lower)) {
                if (!inValue) {
                    marked.add(lower);
                }
                continue;
            }
            if (StopWords.contains(lower) || SAYING.contains(lower) || lower.length() < 2) {
                continue;
            }
            if (lower.endsWith("'s")) {
                lower = lower.substring(0, lower.length() - 2);
            }
            String stem = stemmer.stem(lower);
            if (!inValue && (CALENDAR.contains(lower) || !opening && Character.isUpperCase(w.codePointAt(0)))) {
                marked.add(stem);
            } else {
                common.add(stem);
            }
        }
        return new Frame(common, marked);
    }

    /**
     * A clause's words beside a value.
     *
     * @param common the stems of its common words (the value's noun or unit among them)
     * @param marked the stems of its names (capitalised away from the sentence's start), figures and calendar words
     */
    record Frame(Set<String> common, Set<String> marked) {

        int size() {
            return common.size() + marked.size();
        }

        /** Whether the two say the same beside their values: one holds the other, with at most one common word more. */
        boolean alike(Frame other) {
            Frame small = size() <= other.size() ? this : other;
            Frame large = small == this ? other : this;
            if (small.size() < MIN_FRAME || !large.common.containsAll(small.common) || !large.marked.equals(small.marked)) {
                return false;
            }
            return large.common.size() - small.common.size() <= MOST_EXTRA;
        }
    }
}
