package io.storyline.timeline;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Carries the day of a lead's event to the sentences that go on telling it. A news report names the
 * day once, in its lead ("A rebellion in the House killed the rescue plan yesterday"), and the next
 * sentences tell the same event in the past tense without naming it again ("House leaders vowed to
 * go back into negotiations", "After the markets closed, the Treasury secretary tried to calm
 * traders"). Dated by their article, they land on the day after the event. The day is carried to at
 * most {@value #FOLLOWING} sentences right after the lead, each reporting a finished event (its first
 * finite verb outside quotation marks in the past tense) and naming no time of its own, not even a
 * time of day (the morning after a night's event is the next day); the first that does not stops it.
 */
final class LeadDay {

    /** How many sentences after the lead may carry its day. */
    static final int FOLLOWING = 2;
    /** How far into its article a lead may stand, after sentences that name no time (a note, a caption). */
    static final int LEAD_POSITIONS = 3;
    private static final Pattern QUOTE_MARK = Pattern.compile("[\"\u201C\u201D]|``|''");

    /** Finite verbs and auxiliaries in the present or the future. */
    private static final Set<String> PRESENT = Set.of("is", "are", "am", "isn't", "aren't", "will", "won't",
            "shall", "can", "can't", "cannot", "must", "says", "say", "remains", "remain", "continues",
            "does", "doesn't", "don't", "seems", "appears", "looks", "needs", "faces", "plans", "wants", "has",
            "have", "hasn't", "haven't", "may", "might", "would", "could", "should");
    /** Finite verbs in the past; with any other "-ed" word written in lower case. */
    private static final Set<String> PAST = Set.of("was", "were", "did", "said", "told", "wasn't",
            "weren't", "didn't", "struck", "fell", "rose", "won", "lost", "left", "took", "made", "gave",
            "came", "went", "began", "broke", "sent", "shot", "held", "met", "led", "brought", "fled", "spoke",
            "stood", "sought", "found", "caught", "kept", "paid", "sold", "saw", "knew", "grew", "drew", "flew",
            "threw", "wrote", "drove", "chose", "ran", "spent", "built", "felt", "dealt", "meant", "became", "got",
            "swept", "tore", "froze", "withdrew", "upheld", "blew", "sank", "shook");
    /** Words ending in -ed that are rarely a finite verb. */
    private static final Set<String> NOT_VERBS = Set.of("need", "speed", "seed", "feed", "bed", "red", "shed",
            "hundred", "indeed", "breed", "creed", "greed", "weed", "bred", "wed", "sacred", "naked", "wicked",
            "aged", "alleged", "so-called", "based", "related", "united", "armed", "detailed", "limited",
            "advanced", "experienced", "skilled", "talented", "ragged");
    /** Words after which an "-ed" word qualifies a noun ("the flooded town"), not a finite verb. */
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "its", "their", "his", "her", "our",
            "this", "that", "these", "those", "some", "many", "all", "two", "three", "several", "newly", "most");
    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z'\\-]*");
    /** A time of day: a sentence set at one may be the next morning's ("traffic queued by 7:30 in the morning"). */
    private static final Pattern CLOCK = Pattern.compile(
            "\\b(?:\\d{1,2}[:.]\\d{2}|\\d{1,2}\\s*(?:a\\.?m|p\\.?m)\\b|morning|dawn|overnight|midnight|noon|"
                    + "afternoon|evening|o'clock)", Pattern.CASE_INSENSITIVE);
    private static final Pattern QUOTED = Pattern.compile("(?:[\"\u201C]|``)[^\"\u201D]*?(?:[\"\u201D]|'')");

    private LeadDay() {
    }

    /** The sentence with its quotations blanked out: what the writer says in their own words. */
    static String outsideQuotes(String sentence) {
        return QUOTED.matcher(sentence).replaceAll(" ");
    }

    /**
     * Whether the sentence reports a finished event: its first finite verb outside quotation marks is in
     * the past tense (the pluperfect "had" is background, and a question reports nothing).
     */
    static boolean reportsFinishedEvent(String sentence) {
        return Boolean.TRUE.equals(finishedEventIfFinite(sentence));
    }

    /** Verbs in the present that the finite-verb reading does not know ("want", "contends"). */
    private static final Set<String> MORE_PRESENT = Set.of("want", "wants", "contend", "contends", "believe",
            "believes", "hope", "hopes", "expect", "expects", "fear", "fears", "argue", "argues", "insist",
            "insists", "warn", "warns", "estimate", "estimates", "suggest", "suggests", "shows", "show", "means",
            "mean", "know", "knows", "think", "thinks", "tend", "tends", "depend", "depends", "stand", "stands");
    /** Words opening a sentence of what might be or is, not of what happened ("If the bank failed, ..."). */
    private static final Set<String> NOT_EVENT_OPENERS = Set.of("if", "unless", "here", "here's", "what", "whether",
            "although", "though", "even", "imagine", "suppose");

    /** Words that open a clause inside the sentence: its own verbs are not the main clause's. */
    private static final Set<String> CLAUSE_OPENERS = Set.of("that", "which", "who", "whom", "whose", "whether",
            "where", "when", "because", "while", "as", "since", "after", "before", "until", "if");

    /**
     * Whether the sentence plainly tells a finished event: it reports one ({@link #reportsFinishedEvent}),
     * its main clause (up to the first word opening another clause, outside quotation marks) holds no
     * present or future verb (a participle read as the past, "The plan developed by the Treasury might
     * not start", has one after it), and it opens with no condition or pointer ("If the company failed,
     * it could have ...", "Here's why: ..."). Carrying a day far from its lead needs this surer reading.
     */
    static boolean plainlyPast(String sentence) {
        if (!reportsFinishedEvent(sentence)) {
            return false;
        }
        Matcher words = WORD.matcher(outsideQuotes(sentence));
        boolean first = true;
        while (words.find()) {
            String lower = words.group().toLowerCase(Locale.ROOT);
            if (first && NOT_EVENT_OPENERS.contains(lower)) {
                return false;
            }
            if (!first && CLAUSE_OPENERS.contains(lower)) {
                return true;
            }
            if (PRESENT.contains(lower) || MORE_PRESENT.contains(lower)) {
                return false;
            }
            first = false;
        }
        return true;
    }

    /** Whether the first finite verb outside quotation marks is "had": the pluperfect, a time before another. */
    static boolean opensInThePluperfect(String sentence) {
        return firstFiniteVerb(sentence) == Tense.PLUPERFECT;
    }

    /** Whether the words hold a finite verb in the present, the future or the past (outside quotation marks). */
    static boolean hasFiniteVerb(String text) {
        return firstFiniteVerb(text) != null;
    }

    /**
     * For a clause: null when it holds no finite verb (in the present, the future or the past, outside
     * quotation marks), else whether it reports a finished event ({@link #reportsFinishedEvent}); its
     * words are read once for both answers (white space around the clause is no word, so stripping it
     * changes neither).
     */
    static Boolean finishedEventIfFinite(String clause) {
        String s = clause.strip();
        Tense tense = firstFiniteVerb(s);
        if (tense == null) {
            return null;
        }
        return !questionOrClock(s) && tense == Tense.PAST;
    }

    /** Whether the (stripped) sentence asks a question or gives a clock time: either way it reports nothing finished. */
    private static boolean questionOrClock(String s) {
        return s.endsWith("?") || s.endsWith("?\"") || s.endsWith("?\u201D") || CLOCK.matcher(s).find();
    }

    /**
     * A relative clause set off by commas, alone or closing an apposition ("The whale, which has strayed
     * from its pod, swam ...", "Mr Saar, the ferryman who has sailed the route for years, began ..."): its
     * verb is not the main clause's, so the main clause's tense is read around it.
     */
    private static final Pattern APPOSITIVE_CLAUSE = Pattern.compile(
            ",\\s*(?:(?:the|a|an)\\s[^,;]{0,60}?\\s)?(?:who|which|whose|whom)\\b[^,;]*,");

    /** The tense of a finite verb: the past, "had", or anything else (the present, a future's auxiliary). */
    private enum Tense { PAST, PLUPERFECT, OTHER }

    /** The tense of the first finite verb outside quotation marks, or null when there is none. */
    private static Tense firstFiniteVerb(String text) {
        Matcher words = WORD.matcher(APPOSITIVE_CLAUSE.matcher(outsideQuotes(text)).replaceAll(" "));
        String previous = "";
        while (words.find()) {
            String word = words.group();
            String lower = word.toLowerCase(Locale.ROOT);
            String before = previous;
            previous = lower;
            if (PRESENT.contains(lower)) {
                return Tense.OTHER;
            }
            if (lower.equals("had")) {
                return Tense.PLUPERFECT;
            }
            boolean regularPast = lower.endsWith("ed") && lower.length() > 4 && Character.isLowerCase(word.charAt(0))
                    && !NOT_VERBS.contains(lower) && !DETERMINERS.contains(before);
            if (PAST.contains(lower) || regularPast) {
                return Tense.PAST;
            }
        }
        return null;
    }

    /** Whether the sentence quotes someone (holds a quotation mark). */
    static boolean quotes(String sentence) {
        return QUOTE_MARK.matcher(sentence).find();
    }

    /** Whether the sentence opens with a quotation mark: the speaker's words go on. */
    static boolean opensQuotation(String sentence) {
        String s = sentence.strip();
        return s.startsWith("\"") || s.startsWith("\u201C") || s.startsWith("``");
    }

    /**
     * Whether a quotation is still open after the sentence, given whether one was open before it: each
     * quotation mark opens or closes one in turn.
     */
    static boolean quotationLeftOpen(String sentence, boolean openBefore) {
        boolean open = openBefore;
        Matcher m = QUOTE_MARK.matcher(sentence);
        while (m.find()) {
            open = !open;
        }
        return open;
    }
}
