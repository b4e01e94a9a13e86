package io.storyline.timeline;

import java.util.regex.Pattern;

/**
 * Whether a sentence speaks in the first or second person outside quotation marks ("In my local
 * shop...", "We fight today because...", "You don't have to go far..."): a columnist, a reader or a
 * speech, not a report of what happened. Words inside quotation marks are someone quoted by the
 * reporter and do not count. "US" (the country) is not "us".
 */
final class FirstPerson {

    /** "I" after a capitalised word is a numeral ("World War I", "Queen Elizabeth I"), not a speaker. */
    private static final Pattern PERSONAL = Pattern.compile(
            "(?<!\\p{Lu}\\p{L}{0,20}\\s)\\bI\\b|\\b(?:I'm|I've|I'd|I'll|[Ww]e|[Yy]ou|[Mm]y|[Oo]ur|us|me|[Yy]our)\\b");

    private FirstPerson() {
    }

    static boolean speaks(String sentence) {
        return PERSONAL.matcher(outsideQuotes(sentence)).find();
    }

    /**
     * The sentence without its quoted words. A quotation of several sentences leaves one of them an
     * unmatched mark: an opening one ("We will not give up.) quotes to the end, a closing one (Our
     * people are strong," he said.) quotes from the start.
     */
    static String outsideQuotes(String sentence) {
        String text = io.storyline.analyze.Quotations.withoutClosedQuotations(sentence);
        int open = text.indexOf('\u201c');
        int close = text.indexOf('\u201d');
        int straight = text.indexOf('"');
        if (open >= 0) {
            return text.substring(0, open);
        }
        if (close >= 0) {
            return text.substring(close + 1);
        }
        if (straight >= 0) {
            boolean opening = straight == 0 || Character.isWhitespace(text.charAt(straight - 1));
            return opening ? text.substring(0, straight) : text.substring(straight + 1);
        }
        return text;
    }
}
