package io.storyline.analyze;

import java.util.regex.Pattern;

/**
 * Whether a line points the reader to a web address instead of stating anything: a wire service's link
 * trailer ("------ On the Net: The report: http://..."), "More at www...". What stands beside the addresses
 * is a label (it ends with a colon, or is a few words), so the line tells no fact: the comparison never
 * lists it as one, and no outlet is cited for it. A sentence that states something and names an address
 * in passing ("The agency posted its report at http://... on Friday.") is a statement and stays one.
 */
public final class LinkLines {

    /** A web address: with a scheme, or opened by "www.". */
    private static final Pattern ADDRESS = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+");
    /** Runs of dashes, underscores, equals signs or bullets a trailer is set off with. */
    private static final Pattern RULE = Pattern.compile("[-_=*\u2014\u2013\u2022]{2,}");
    /** At most this many words beside the addresses make a label, not a statement. */
    static final int MAX_LABEL_WORDS = 4;

    private LinkLines() {
    }

    /** Whether the text is a pointer to web addresses rather than a statement. */
    public static boolean pointer(String text) {
        if (text.indexOf("://") < 0 && !text.regionMatches(true, 0, "www.", 0, 4) && !text.toLowerCase(java.util.Locale.ROOT).contains(" www.")) {
            return false; // the quick test: no address at all
        }
        String rest = RULE.matcher(ADDRESS.matcher(text).replaceAll(" ")).replaceAll(" ").strip();
        // trailing marks an address leaves behind ("(http://...).") are not words of the label
        rest = rest.replaceAll("[\\s.,;()\\[\\]<>\"']+$", "");
        return rest.isEmpty() || rest.endsWith(":") || Tokens.wordCount(rest) <= MAX_LABEL_WORDS;
    }
}
