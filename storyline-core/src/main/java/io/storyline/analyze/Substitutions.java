package io.storyline.analyze;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Two statements written word for word alike but for one short phrase, where each puts another thing: "moved
 * to a sports hall in the town" / "moved to a school in the town", "The Jay library reopened on Friday" / "The Kay
 * museum reopened on Friday". The phrases share no word, so they tell of two things (two places, two subjects),
 * and neither statement backs the other. No slot ({@link Slots}) sees it: the phrase is no figure, day or
 * name in a copied place. Such a pair is kept apart, not disputed: two plain nouns may still be one thing told
 * two ways ("a clinic" / "a hospital"), so no disagreement is claimed, but no outlet is cited for the other's.
 *
 * <p>Only a phrase that is the object of a preposition of place or movement ("to a", "in the", "at an") or the
 * statement's opening subject ("The ...") counts, and only when at least {@value #MIN_SHARED} words around it are
 * copied; a phrase before a verb of saying is who said it ("the rail operator said" / "the railway said"), which
 * does not change the fact.
 */
final class Substitutions {

    private Substitutions() {
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’\\-]*");
    /** The longest phrase taken as one thing put in another's place. */
    private static final int LONGEST_PHRASE = 3;
    /** Words copied around the phrase, at least: a short pair of statements shares too little to be one text. */
    private static final int MIN_SHARED = 4;
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the", "its", "their", "his", "her");
    private static final Set<String> PLACE_WORDS = Set.of("to", "in", "at", "into", "from", "near", "inside",
            "outside", "toward", "towards", "onto", "on");
    private static final Set<String> SAYING = Set.of("said", "says", "say", "told", "tells", "reported", "reports",
            "announced", "added", "stated", "confirmed", "according");

    /** Whether the two statements are one text but for one phrase each, naming two things (see the class). */
    static boolean differ(String a, String b) {
        List<String> x = words(a);
        List<String> y = words(b);
        int prefix = 0;
        while (prefix < x.size() && prefix < y.size() && lower(x.get(prefix)).equals(lower(y.get(prefix)))) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < x.size() - prefix && suffix < y.size() - prefix
                && lower(x.get(x.size() - 1 - suffix)).equals(lower(y.get(y.size() - 1 - suffix)))) {
            suffix++;
        }
        List<String> mine = x.subList(prefix, x.size() - suffix);
        List<String> theirs = y.subList(prefix, y.size() - suffix);
        if (mine.isEmpty() || theirs.isEmpty() || mine.size() > LONGEST_PHRASE || theirs.size() > LONGEST_PHRASE
                || prefix + suffix < MIN_SHARED || !thing(mine) || !thing(theirs)) {
            return false;
        }
        for (String word : mine) {
            if (theirs.stream().anyMatch(w -> lower(w).equals(lower(word)))) {
                return false;
            }
        }
        if (suffix > 0 && SAYING.contains(lower(x.get(x.size() - suffix)))) {
            return false;
        }
        boolean object = prefix >= 2 && DETERMINERS.contains(lower(x.get(prefix - 1)))
                && PLACE_WORDS.contains(lower(x.get(prefix - 2)));
        boolean subject = prefix == 1 && DETERMINERS.contains(lower(x.get(0)));
        return object || subject;
    }

    /** Whether the words are a noun phrase's words: letters only, no function word. */
    private static boolean thing(List<String> words) {
        for (String word : words) {
            if (!word.chars().allMatch(Character::isLetter) || StopWords.contains(lower(word))) {
                return false;
            }
        }
        return true;
    }

    private static List<String> words(String text) {
        return TextScan.all(WORD, text);
    }

    private static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }
}
