package io.storyline.timeline;

import io.storyline.model.Article;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where a scraped page ran its separate lines into one "sentence": a headline, a standfirst, a
 * photo caption or a time stamp lose their line breaks and stand, without a full stop, in front of the
 * article's first sentence ("Haiti earthquake: many feared dead The earthquake is the worst ...
 * There are reports of ..."). Such a run shows as one entry of several voices. The seam is a word
 * that can only begin a sentence there: a capitalized function word ("The", "There", "In", "A")
 * right after a word, or, after a lower-case word, a capitalized ordinary word followed by a
 * lower-case one ("... haven't been found Rescue teams are ...") whose lower-case form the story's
 * own text uses far more often (so that it is no name: "Scottish", "Haiti" and "Gulf Coast beaches"
 * never split), or after a headline in title case ("Massive Oil Spill Washes Ashore in the Gulf
 * Millions of gallons ..."). A capital after a word that can introduce
 * a title ("in The Guardian", "said The Times") is no seam. The entry keeps what follows the last
 * seam, the article's sentence, when it still has {@value #MIN_WORDS_KEPT} words, {@value
 * #MIN_LOWER_CASE_KEPT} of them in lower case (a caption's "The Royal Alexandra Hospital in Paisley,
 * Scotland." is no sentence).
 *
 * <p>One rule for every outlet's layout: it reads the language, not a page's markup.
 */
final class FusedLines {

    static final int MIN_WORDS_KEPT = 6;
    /** What is kept must read as a sentence, not a caption's names: this many lower-case words at least. */
    static final int MIN_LOWER_CASE_KEPT = 3;

    /** Capitalized words that begin a sentence and are never part of a name mid-sentence. */
    private static final Set<String> STARTERS = Set.of("The", "A", "An", "There", "It", "In", "This", "These",
            "Those", "He", "She", "They", "We", "His", "Her", "Their", "Its", "After", "But", "When", "While",
            "Some", "Many", "Most", "Thousands", "Hundreds", "Dozens", "According", "Officials", "More");
    /** Words after which a capital may open a title or a name ("in The Guardian", "told The Times"). */
    private static final Set<String> TITLE_LEADS = Set.of("of", "in", "on", "at", "to", "from", "by", "for", "with",
            "said", "says", "told", "tells", "reported", "according", "the", "and", "or", "called", "named",
            "titled", "entitled", "newspaper", "magazine", "paper", "film", "book", "song", "album", "show",
            "series", "programme", "program", "station", "channel", "via", "into", "about", "as", "than", "like",
            "read", "reads", "wrote", "writes", "quoted", "is", "was", "are", "were");
    /** Small words that also join the parts of a name ("Gulf of Mexico", "Bank of England"). */
    private static final Set<String> NAME_LINKS = Set.of("of", "the", "and", "de", "la", "von", "van");
    private static final Pattern TOKEN = Pattern.compile("\\S+");
    private static final Pattern WORDLIKE = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'\u2019.-]*[\\p{L}\\p{N}]|[\\p{L}\\p{N}]");
    private static final Pattern CAPITALIZED = Pattern.compile("\\p{Lu}\\p{Ll}+");
    private static final Pattern LOWER = Pattern.compile("\\p{Ll}[\\p{Ll}'-]*");
    private static final Pattern LETTERS = Pattern.compile("\\p{L}+");

    private final Map<String, int[]> caseCounts;

    private FusedLines(Map<String, int[]> caseCounts) {
        this.caseCounts = caseCounts;
    }

    /** The case profile of the story's own words: how often each is written in lower case and capitalized. */
    static FusedLines of(List<Article> articles) {
        Map<String, int[]> counts = new HashMap<>();
        for (Article a : articles) {
            Matcher m = LETTERS.matcher(a.text());
            while (m.find()) {
                String w = m.group();
                boolean lower = Character.isLowerCase(w.charAt(0));
                if (!lower && !CAPITALIZED.matcher(w).matches()) {
                    continue; // "UN", "iPhone": neither form
                }
                counts.computeIfAbsent(w.toLowerCase(Locale.ROOT), k -> new int[2])[lower ? 0 : 1]++;
            }
        }
        return new FusedLines(counts);
    }

    /** The sentence without the lines fused in front of it, or the sentence itself when none were. */
    String lastSentence(String sentence) {
        List<int[]> tokens = new java.util.ArrayList<>();
        Matcher t = TOKEN.matcher(sentence);
        while (t.find()) {
            tokens.add(new int[] {t.start(), t.end()});
        }
        for (int i = tokens.size() - MIN_WORDS_KEPT; i >= 1; i--) {
            String previous = sentence.substring(tokens.get(i - 1)[0], tokens.get(i - 1)[1]);
            String word = sentence.substring(tokens.get(i)[0], tokens.get(i)[1]);
            String next = sentence.substring(tokens.get(i + 1)[0], tokens.get(i + 1)[1]);
            String kept = sentence.substring(tokens.get(i)[0]);
            if (seam(previous, word, next, titleCase(sentence.substring(0, tokens.get(i)[0])))
                    && lowerCaseWords(kept) >= MIN_LOWER_CASE_KEPT) {
                return kept;
            }
        }
        return sentence;
    }

    /**
     * A headline in title case: at least five words, every word of four letters or more capitalized,
     * and a small lower-case word after the first ("Massive Oil Spill Washes Ashore in the Gulf"); a
     * name at the start of a sentence ("The Tern Harbour Bridge will ...") has none.
     */
    private static boolean titleCase(String prefix) {
        Matcher m = LETTERS.matcher(prefix);
        int words = 0;
        boolean small = false;
        while (m.find()) {
            words++;
            String w = m.group();
            if (w.length() >= 4 && !Character.isUpperCase(w.charAt(0))) {
                return false;
            }
            small |= words > 1 && Character.isLowerCase(w.charAt(0)) && !NAME_LINKS.contains(w);
        }
        return words >= 5 && small;
    }

    private static int lowerCaseWords(String text) {
        Matcher m = LETTERS.matcher(text);
        int n = 0;
        while (m.find()) {
            n += Character.isLowerCase(m.group().charAt(0)) ? 1 : 0;
        }
        return n;
    }

    private boolean seam(String previous, String word, String next, boolean afterTitleCase) {
        // the previous token must end in a letter or digit: after a stop, a colon or a quote it is no fusion
        if (!WORDLIKE.matcher(previous).matches() || TITLE_LEADS.contains(previous.toLowerCase(Locale.ROOT))) {
            return false;
        }
        if (STARTERS.contains(word)) {
            return true;
        }
        // after a capital, an ordinary word ends a name more often than it starts a line ("Gulf Coast beaches")
        return (afterTitleCase || !Character.isUpperCase(previous.charAt(0))) && CAPITALIZED.matcher(word).matches()
                && LOWER.matcher(next).lookingAt() && ordinary(word);
    }

    /** Whether the story writes the word in lower case at least three times as often as capitalized. */
    private boolean ordinary(String word) {
        int[] c = caseCounts.get(word.toLowerCase(Locale.ROOT));
        return c != null && c[0] >= 3 && c[0] >= 3 * c[1];
    }
}
