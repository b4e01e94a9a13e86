package io.storyline.compare;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How names are compared across outlets: accents, case, Arabic article particles ("al-Brega",
 * "el-Treki") and a leading "the" do not count; the many names of the United States, Britain and
 * the United Nations are one; and two spellings of one transliterated name (Gadhafi, Gaddafi,
 * Qaddafi; Moammar, Muammar) are the same when their consonant skeletons agree and they are at
 * most two edits apart.
 */
final class NameKey {

    private static final Map<String, String> SYNONYMS = Map.ofEntries(
            Map.entry("u.s.", "united states"), Map.entry("us", "united states"),
            Map.entry("usa", "united states"), Map.entry("u.s.a.", "united states"),
            Map.entry("america", "united states"), Map.entry("uk", "united kingdom"),
            Map.entry("u.k.", "united kingdom"), Map.entry("britain", "united kingdom"),
            Map.entry("great britain", "united kingdom"), Map.entry("u.n.", "united nations"),
            Map.entry("un", "united nations"), Map.entry("eu", "european union"));

    // the expressions, compiled once: names are keyed many times over in a comparison
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern LEADING_THE = Pattern.compile("^the ");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern ARTICLE_PARTICLE = Pattern.compile("^(al|el|ad|as|ash|an|ar|at|az)-");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^a-z]");

    private NameKey() {
    }

    /** The name's words, normalised for comparison. */
    static List<String> tokens(String name) {
        String plain = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("")
                .replace('\u2019', '\'').toLowerCase(Locale.ROOT).strip();
        String synonym = SYNONYMS.get(LEADING_THE.matcher(plain).replaceFirst(""));
        if (synonym != null) {
            plain = synonym;
        }
        List<String> tokens = new ArrayList<>();
        for (String token : SPACES.split(plain)) {
            String t = ARTICLE_PARTICLE.matcher(token).replaceAll("");
            if (t.isEmpty() || t.equals("the") || t.equals("al") || t.equals("el")) {
                continue;
            }
            tokens.add(t);
        }
        return tokens;
    }

    static String key(String name) {
        return String.join(" ", tokens(name));
    }

    /** Whether two normalised words are one name, exactly or as transliteration variants. */
    static boolean sameWord(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        // lengths more than two apart are more than two edits apart: asked first, as it is cheap
        return a.length() >= 5 && b.length() >= 5 && Math.abs(a.length() - b.length()) <= 2
                && skeleton(a).equals(skeleton(b)) && editDistance(a, b) <= 2;
    }

    static boolean exactOrVariant(List<String> a, List<String> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!sameWord(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the shorter name's words occur, in order, among the longer's, its last word matching. */
    static boolean partOf(List<String> shorter, List<String> longer) {
        if (shorter.size() >= longer.size() || shorter.isEmpty()) {
            return false;
        }
        if (!sameWord(shorter.get(shorter.size() - 1), longer.get(longer.size() - 1))) {
            return false;
        }
        int j = 0;
        for (String word : longer) {
            if (j < shorter.size() && sameWord(shorter.get(j), word)) {
                j++;
            }
        }
        return j == shorter.size();
    }

    static String skeleton(String word) {
        String s = NOT_LETTERS.matcher(word).replaceAll("")
                .replace("kh", "k").replace("gh", "g").replace("q", "g").replace("k", "g")
                .replace("dh", "d").replace("th", "t").replace("ph", "f").replace("ou", "u");
        if (s.isEmpty()) {
            return s;
        }
        StringBuilder out = new StringBuilder().append(s.charAt(0));
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if ("aeiouy".indexOf(c) >= 0 || c == out.charAt(out.length() - 1)) {
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
