package io.storyline.compare;

import java.util.regex.Pattern;

/**
 * Sentences that assert no value: a question ("Could Mubarak step down Thursday?") or a
 * counterfactual ("Even had Mubarak stepped down on Thursday, the protests would have gone on";
 * "If the dam had held, 40 families would have stayed"). Their days, dates and figures are what might
 * be or might have been, so they never conflict with what an outlet reports.
 */
final class Hypotheticals {

    /**
     * A question: the sentence ends on a question mark, closing quotes or brackets aside, and is the
     * outlet's own question or wholly a quoted one (not a statement a split left a quoted question on).
     */
    private static final Pattern QUESTION = Pattern.compile("\\?[\\s\"'\u201D\u2019)\\]]*$");
    private static final Pattern QUOTE_MARK = Pattern.compile("[\"\u201C\u201D]");
    /** "Even had ...", "as if had ...", a sentence opening "Had he ...", "if ... had ... would have". */
    private static final Pattern COUNTERFACTUAL = Pattern.compile(
            "(?i)\\b(?:even|as if)\\s+had\\b|^\\W*Had\\s+\\p{L}+"
                    + "|\\bif\\b[^.;:]*\\bhad\\b[^.;:]*\\b(?:would|could|might)(?:n't| not)?\\s+have\\b"
                    + "|\\b(?:would|could|might)(?:n't| not)?\\s+have\\b[^.;:]*\\bif\\b[^.;:]*\\bhad\\b");

    private Hypotheticals() {
    }

    /** Whether the sentence asks or supposes rather than states. */
    static boolean assertsNothing(String sentence) {
        String text = sentence.strip();
        return QUESTION.matcher(text).find() && (!QUOTE_MARK.matcher(text).find() || QUOTE_MARK.matcher(text).lookingAt())
                || COUNTERFACTUAL.matcher(text).find();
    }
}
