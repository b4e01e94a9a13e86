package io.storyline.timeline;

import java.util.regex.Pattern;

/**
 * Whether a sentence speaks in the first or second person outside quotation marks ("In my local
 * shop...", "We fight today because...", "You don't have to go far..."): a columnist, a reader or a
 * speech, not a report of what happened. Words inside quotation marks are someone quoted by the
 * reporter and do not count. "US" (the country) is not "us".
 */
final class FirstPerson {

    private static final Pattern QUOTED = Pattern.compile("\"[^\"]*\"|\u201c[^\u201d]*\u201d");
    private static final Pattern PERSONAL = Pattern.compile(
            "\\b(?:I|I'm|I've|I'd|I'll|[Ww]e|[Yy]ou|[Mm]y|[Oo]ur|us|me|[Yy]our)\\b");

    private FirstPerson() {
    }

    static boolean speaks(String sentence) {
        return PERSONAL.matcher(QUOTED.matcher(sentence).replaceAll(" ")).find();
    }
}
