package io.storyline.analyze;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a report in another article backs the whole of a sentence shown, so that its outlet may be
 * cited for it. Two sentences can be one fact by their shared words while the other article says only a
 * part of the shown sentence: its background clause ("... the star's personal doctor, Conrad Murray, who
 * was with him when he died" under "the family wanted answers"), or its first half without the second
 * ("... the worst drought in decades" without "forcing the country to rely on outside aid"). A citation
 * says the outlet reports the sentence; so the words of what the shown sentence itself reports (its
 * foreground: outside clauses of background, names, dates and figures, which slots and names check
 * apart) must stand mostly in the report. The test is directional: a longer report backs a shorter
 * sentence it contains, not the reverse.
 *
 * <p>This is the "content coverage" view of attribution in the manner of the pyramid method's content
 * units (Nenkova &amp; Passonneau 2004): a source is credited for a unit only when it expresses it.
 */
final class Backing {

    /**
     * Share of the shown sentence's foreground words the report must hold: chosen on the tune half of the
     * labelled pairs (docs/PAIRS.md) and confirmed on the test half (docs/BENCHMARKS.md, session 12).
     */
    static final double MIN_COVERED = 0.6;
    /**
     * Share of all the shown sentence's content words, background clauses too, the report must hold: a
     * sentence whose news sits in an "after" clause ("sank on Thursday, two days after it exploded ... 40
     * miles offshore") is not backed by a report that shares only its short main clause.
     */
    static final double MIN_COVERED_WHOLE = 0.4;
    /** Below this many foreground words a sentence says too little to test: its report is kept. */
    static final int MIN_FOREGROUND = 3;

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+(?:['\u2019-][\\p{L}\\p{N}]+)*|[,;:()\u2014\u2013]");

    private Backing() {
    }

    /** Whether {@code report} holds most of what {@code shown} itself reports. */
    static boolean backs(String report, String shown) {
        Set<String> foreground = content(shown, false);
        if (foreground.size() < MIN_FOREGROUND) {
            return true;
        }
        Set<String> held = words(report);
        Set<String> whole = content(shown, true);
        return share(foreground, held) >= MIN_COVERED && share(whole, held) >= MIN_COVERED_WHOLE;
    }

    private static double share(Set<String> words, Set<String> held) {
        return words.isEmpty() ? 1 : (double) words.stream().filter(held::contains).count() / words.size();
    }

    /**
     * The sentence's content words outside its background clauses, as stems (a verb of a known event as
     * its class, so "detained" meets "arrested"): no stop word, name, figure, month or verb of saying.
     */
    static Set<String> foreground(String sentence) {
        return content(sentence, false);
    }

    /** The content words as {@link #foreground} reads them, with or without the background clauses' words. */
    private static Set<String> content(String sentence, boolean withBackground) {
        List<String> tokens = TOKEN.matcher(sentence).results().map(m -> m.group()).toList();
        PorterStemmer stemmer = new PorterStemmer();
        Set<String> words = new HashSet<>();
        boolean background = false;
        boolean first = true;
        for (String token : tokens) {
            if (isClauseBreak(token)) {
                background = false;
                continue;
            }
            String lower = token.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
            boolean opening = first;
            first = false;
            if (MainVerbs.CLAUSES_OF_BACKGROUND.contains(lower)) {
                background = !withBackground;
                continue;
            }
            if (background || !opening && Character.isUpperCase(token.charAt(0))) {
                continue;
            }
            if (isContent(lower)) {
                words.add(stemOf(lower, stemmer));
            }
        }
        return words;
    }

    /** Every word of the sentence as {@link #foreground} spells it, names and background included. */
    private static Set<String> words(String sentence) {
        PorterStemmer stemmer = new PorterStemmer();
        Set<String> words = new HashSet<>();
        TOKEN.matcher(sentence).results().map(m -> m.group().toLowerCase(Locale.ROOT).replace('\u2019', '\''))
                .forEach(lower -> words.add(stemOf(lower, stemmer)));
        return words;
    }

    private static String stemOf(String lower, PorterStemmer stemmer) {
        String event = Paraphrases.EVENT_VERBS.get(lower);
        if (event != null) {
            return event;
        }
        String bare = lower.endsWith("'s") ? lower.substring(0, lower.length() - 2) : lower;
        return stemmer.stem(bare);
    }

    private static boolean isContent(String lower) {
        return lower.length() > 1 && !StopWords.contains(lower) && !MainVerbs.isSaying(lower)
                && lower.chars().anyMatch(Character::isLetter) && !Months.is(lower);
    }

    private static boolean isClauseBreak(String token) {
        return token.equals(",") || token.equals(";") || token.equals(":") || token.equals("(") || token.equals(")")
                || token.equals("\u2014") || token.equals("\u2013");
    }

    /** Month names and their short forms, lower case: the words of a date, checked as a slot. */
    private static final class Months {
        private static final Set<String> NAMES = Set.of("january", "february", "march", "april", "may", "june",
                "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr",
                "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

        static boolean is(String lower) {
            return NAMES.contains(lower);
        }
    }
}
