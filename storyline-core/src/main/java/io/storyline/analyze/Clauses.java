package io.storyline.analyze;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The coordinated parts of one sentence that each state a fact of their own: "Greyhaven said three crew were
 * hurt and that the ship had passed its inspection" states the crew and the inspection, and a reader may have
 * read one of them before and not the other. A sentence is cut where a clause is joined to another: a
 * semicolon, "and that" after a verb of saying (the second report shares the first one's speaker), ", but",
 * ", while". A part with fewer than {@link #MIN_CONTENT_WORDS} content words is no clause of its own and stays
 * with the part before it. ", and" is no joint: as often as a clause it joins a list's items ("the quarantine of
 * a hotel in Hong Kong, and the slaughter of all the pigs in Egypt") or opens an aside ("the deaths were, and
 * still are, in the capital"), and a reader shown half of either is misled (Timeline17, session 16).
 *
 * <p>Each clause knows its words as {@link Tokens#matchWords} numbers them, so that its words can be found in
 * the sentence's analysis ({@link AnalyzedSentence#stems()}), and its text to read on its own: a reported
 * clause after "and that" gets the speaker's words ({@link Clause#standAlone}).
 */
public final class Clauses {

    /** A part with fewer content words than this is no clause of its own. */
    static final int MIN_CONTENT_WORDS = 3;

    /** Where one clause ends and the next begins; group 1 opens the next clause. */
    private static final Pattern JOINT = Pattern.compile(
            ";\\s+|,?\\s+and\\s+(?=that\\s)|,\\s+(?:but|while)\\s+", Pattern.CASE_INSENSITIVE);

    /** Verbs of saying: the words up to one are the speaker a reported clause after "and that" shares. */
    private static final Set<String> SAYING = Set.of("said", "says", "say", "told", "tells", "added", "adds",
            "stated", "states", "announced", "announces", "reported", "reports", "confirmed", "confirms",
            "explained", "insisted", "noted", "warned", "argued", "acknowledged", "admitted", "denied", "claimed");

    private Clauses() {
    }

    /**
     * One clause of a sentence.
     *
     * @param from       its first word, as {@link Tokens#matchWords} of the sentence numbers words
     * @param to         one past its last word
     * @param start      where its text starts in the sentence, in characters
     * @param end        where its text ends
     * @param text       the clause as written in the sentence (without the joint before it)
     * @param speaker    for a reported clause that shares another's speaker ("X said A and that B": the clause
     *                   "that B"), the sentence's words up to the verb of saying ("X said"); else empty
     */
    public record Clause(int from, int to, int start, int end, String text, String speaker) {

        /** The clause as a sentence of its own: the speaker's words before a reported clause ("X said that B"). */
        public String standAlone() {
            String own = speaker.isEmpty() ? text : speaker + " " + text;
            own = Character.toUpperCase(own.charAt(0)) + own.substring(1);
            return own.endsWith(".") || own.endsWith("?") || own.endsWith("!") ? own : own + ".";
        }
    }

    /**
     * The sentence's clauses in order, covering all its words; a single clause (the whole sentence) when it has
     * no joint that leaves {@link #MIN_CONTENT_WORDS} content words on both sides.
     */
    public static List<Clause> of(String sentence) {
        List<Integer> cuts = new ArrayList<>();  // [end of a clause, start of the next] pairs, in characters
        Matcher m = JOINT.matcher(sentence);
        int last = 0;
        while (m.find()) {
            if (!insideQuotation(sentence, m.start()) && contentWords(sentence.substring(last, m.start())) >= MIN_CONTENT_WORDS
                    && contentWords(sentence.substring(m.end())) >= MIN_CONTENT_WORDS) {
                cuts.add(m.start());
                cuts.add(m.end());
                last = m.end();
            }
        }
        List<Clause> clauses = new ArrayList<>();
        if (cuts.isEmpty()) {
            clauses.add(new Clause(0, Tokens.matchWords(sentence).size(), 0, sentence.length(), sentence, ""));
            return clauses;
        }
        int total = Tokens.matchWords(sentence).size();
        int start = 0;
        int word = 0;
        String speaker = "";
        for (int i = 0; i <= cuts.size(); i += 2) {
            int end = i < cuts.size() ? cuts.get(i) : sentence.length();
            String text = sentence.substring(start, end);
            int words = Tokens.matchWords(text).size();
            boolean reported = text.regionMatches(true, 0, "that ", 0, 5);
            clauses.add(new Clause(word, word + words, start, end, text, reported ? speaker : ""));
            if (!reported) {
                speaker = speakerOf(text);
            }
            word += words;
            if (i < cuts.size()) {
                word += Tokens.matchWords(sentence.substring(cuts.get(i), cuts.get(i + 1))).size();  // "and"
                start = cuts.get(i + 1);
            }
        }
        if (word != total) {  // a joint cut a word the whole sentence reads as one: keep the sentence whole
            return List.of(new Clause(0, total, 0, sentence.length(), sentence, ""));
        }
        return clauses;
    }

    /** The words up to and including the clause's first verb of saying ("Greyhaven Shipping, its operator, said"), or none. */
    private static String speakerOf(String clause) {
        Matcher word = Pattern.compile("[\\p{L}']+").matcher(clause);
        while (word.find()) {
            if (SAYING.contains(word.group().toLowerCase(Locale.ROOT))) {
                return clause.substring(0, word.end());
            }
        }
        return "";
    }

    private static int contentWords(String text) {
        int n = 0;
        for (String w : Tokens.matchWords(text)) {
            if (!StopWords.contains(w)) {
                n++;
            }
        }
        return n;
    }

    /** Whether an odd number of double quotation marks opens before {@code at}: a quoted speaker's own joints stay. */
    private static boolean insideQuotation(String text, int at) {
        int open = 0;
        for (int i = 0; i < at; i++) {
            char c = text.charAt(i);
            if (c == '"') {
                open ^= 1;
            } else if (c == '\u201C') {
                open = 1;
            } else if (c == '\u201D') {
                open = 0;
            }
        }
        return open == 1;
    }
}
