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

    /** The sentence without its quoted words ({@link io.storyline.analyze.Quotations#outsideQuotations}). */
    static String outsideQuotes(String sentence) {
        return io.storyline.analyze.Quotations.outsideQuotations(sentence);
    }
}
