package io.storyline.analyze;

import io.storyline.analyze.time.CalendarWords;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The longest phrase two sentences both write, word for word in the same order, counted in its plain content
 * words: "... with the star dominating sales at music retailers and download sites across the world" / "Jackson's
 * albums have dominated sales at music retailers and download sites across the world since his death" share
 * "dominat(ing|ed) sales at music retailers and download sites across the world", seven plain content words. A
 * story's own idf discounts exactly such words when every report of the story uses them, so the cosine misses a
 * retold sentence that a copy editor would see at once. Only plain words count: no stop word, no name (a word
 * written with a capital away from the sentence's opening: a credit line's "For Use By Clients of the New York
 * Times News Service" is shared boilerplate, not a fact), no figure and no calendar word (those are the slots'
 * to compare). In lower-cased text, where no name can be told, every content word counts. The phrase must hold a
 * verb's form (a past form, a participle, an "-ing" form: "dominating"), so that it says what happened: a shared
 * name and title alone ("consumer financial protection bureau director richard cordray" in two lower-cased photo
 * captions, "testifies before a senate committee" / "speaks during a picnic") is no statement told twice.
 * <p>
 * This is the longest-common-substring view of text reuse (the "greedy string tiling" family of Wise, "Running
 * Karp-Rabin matching and greedy string tiling", 1993, and Clough et al., "METER: MEasuring TExt Reuse", ACL
 * 2002), narrowed to one tile of content words. It never joins sentences by itself: the caller asks it only
 * where no slot differs and the main verbs do not part the two ({@link Facts}).
 */
final class SharedPhrase {

    private static final Set<String> CALENDAR_WORDS = calendarWords();

    private SharedPhrase() {
    }

    /**
     * The plain content words of the longest run of words, by stem, that both sentences write in the same order and
     * that holds a verb's form; 0 when no such run.
     */
    static int plainWords(String a, String b) {
        Read x = read(a);
        Read y = read(b);
        int best = 0;
        int[] previous = new int[y.stems.length + 1];
        boolean[] previousVerb = new boolean[y.stems.length + 1];
        for (int i = 1; i <= x.stems.length; i++) {
            int[] current = new int[y.stems.length + 1];
            boolean[] verb = new boolean[y.stems.length + 1];
            for (int j = 1; j <= y.stems.length; j++) {
                if (x.stems[i - 1].equals(y.stems[j - 1])) {
                    current[j] = previous[j - 1] + (x.plain[i - 1] && y.plain[j - 1] ? 1 : 0);
                    verb[j] = previousVerb[j - 1] || x.verb[i - 1] || y.verb[j - 1];
                    if (verb[j]) {
                        best = Math.max(best, current[j]);
                    }
                }
            }
            previous = current;
            previousVerb = verb;
        }
        return best;
    }

    /** A sentence's words as stems, whether each is a plain content word, and whether each is a verb's form. */
    private record Read(String[] stems, boolean[] plain, boolean[] verb) {
    }

    private static Read read(String text) {
        Tokens.Words read = Tokens.withCapitals(text);
        List<String> words = read.words();
        boolean[] capitals = read.capitals();
        boolean anyCapital = false;
        for (int k = 1; k < capitals.length; k++) {
            anyCapital |= capitals[k];
        }
        PorterStemmer stemmer = new PorterStemmer();
        String[] stems = new String[words.size()];
        boolean[] plain = new boolean[words.size()];
        boolean[] verb = new boolean[words.size()];
        for (int k = 0; k < words.size(); k++) {
            String word = words.get(k);
            stems[k] = stemmer.stem(word);
            boolean name = anyCapital && k > 0 && k < capitals.length && capitals[k];
            plain[k] = !name && !StopWords.contains(word) && !CALENDAR_WORDS.contains(word)
                    && word.chars().anyMatch(Character::isLetter) && !word.chars().anyMatch(Character::isDigit);
            verb[k] = plain[k] && (MainVerbs.isParticiple(word) || word.length() > 5 && word.endsWith("ing"));
        }
        return new Read(stems, plain, verb);
    }

    private static Set<String> calendarWords() {
        Set<String> words = new HashSet<>();
        for (String w : CalendarWords.dayAndMonthNames()) {
            words.add(w.toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(words);
    }
}
