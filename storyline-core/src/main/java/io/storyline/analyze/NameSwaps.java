package io.storyline.analyze;

import io.storyline.analyze.time.CalendarWords;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names a statement gives, each with the words around it, so that two statements of one event can
 * be checked for a name put in another's place: "near Lyon on Monday" against "near Marseille on
 * Monday", "the ferry's captain, Ivan Petrov, was" against "the ferry's captain, Dmitri Petrov, was".
 * A name is a run of words written with a capital, away from the statement's first word, a quotation's
 * or a colon's first word; titles ("Mr.", "President") and initials are not what tells two people apart.
 *
 * <p>Two statements swap a name only where each gives, between the same words, a name the other gives
 * nowhere: the same words on both sides (one word each side, and a second on one side) keep a list in
 * another order ("Britain, France and Germany") or a name given at another place from counting. Forms of
 * one name are no swap: one holds the other's words ("Petrov" / "Ivan Petrov", "Mr. Clinton" / "Bill
 * Clinton"), one gives a familiar or shortened form of the other's given name ("Bill Hart" / "William Hart",
 * "Joe" / "Joseph"), an acronym spells the other's initials ("NTSB" / "National Transportation Safety Board"), a
 * country and its people's adjective share their opening ("Britain" / "British").
 */
final class NameSwaps {

    private NameSwaps() {
    }

    /**
     * A name and the two words before and after it (lower case; "" past the statement's ends), and the role
     * the statement gives it ({@link Roles}: "museum director", "the health minister"; "" when none).
     */
    record Named(String text, List<String> keys, String before2, String before, String after, String after2, String role) {
    }

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.&\\-]*|[,;:()\"“”]");
    /** Words that stand before a name as its title: they do not tell two people apart. */
    static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady",
            "president", "prime", "minister", "secretary", "gen", "general", "col", "colonel", "capt", "captain",
            "lt", "sgt", "sen", "senator", "rep", "gov", "governor", "mayor", "judge", "king", "queen", "prince",
            "pope", "rev", "father", "bishop", "chief", "prefect", "officer", "inspector", "professor", "prof",
            "jr", "sr", "st");
    /** Capitalised words that are no name, wherever they stand. */
    private static final Set<String> NOT_NAMES = notNames();
    /** Words after which a name is where something happened. */
    private static final Set<String> PLACE_WORDS = Set.of("in", "near", "at", "outside", "from", "to", "into", "off");
    /** Letters a country and its people's adjective share at least ("Brit-ain" / "Brit-ish", "Egyp-t" / "Egyp-tian"). */
    private static final int SHARED_OPENING = 4;

    /** The names of the statement, in order. */
    static List<Named> in(String statement) {
        List<String> tokens = new ArrayList<>();
        Matcher m = TOKEN.matcher(statement);
        while (m.find()) {
            tokens.add(trimmed(m.group()));
        }
        List<Named> names = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            if (!nameWord(tokens.get(i)) || opensClause(tokens, i)) {
                i++;
                continue;
            }
            int end = i;
            while (end < tokens.size() && nameWord(tokens.get(end))) {
                end++;
            }
            List<String> keys = new ArrayList<>();
            for (String word : tokens.subList(i, end)) {
                String key = key(word);
                if (!TITLES.contains(key) && !initial(word)) {
                    keys.add(key);
                }
            }
            if (!keys.isEmpty()) {
                names.add(new Named(String.join(" ", tokens.subList(i, end)), keys, word(tokens, i - 2), word(tokens, i - 1),
                        word(tokens, end), word(tokens, end + 1), Roles.of(tokens, i, end)));
            }
            i = end;
        }
        return names;
    }

    /**
     * The first name {@code mine} gives in a place where {@code theirs} gives another, as a difference seen
     * from {@code mine}; null when none.
     */
    static SlotDifference swapped(List<Named> mine, List<Named> theirs) {
        // only a name the other statement gives in no form can have been put in another's place; that is asked
        // (once per name) only of names that stand in one place, which most pairs of statements have none of
        Boolean[] onlyMine = new Boolean[mine.size()];
        Boolean[] onlyTheirs = new Boolean[theirs.size()];
        for (int m = 0; m < mine.size(); m++) {
            Named name = mine.get(m);
            for (int t = 0; t < theirs.size(); t++) {
                Named other = theirs.get(t);
                boolean samePlace = name.before.equals(other.before) && name.after.equals(other.after)
                        && (name.before2.equals(other.before2) && !name.before2.isEmpty()
                        || name.after2.equals(other.after2) && !name.after2.isEmpty());
                if (!samePlace) {
                    continue;
                }
                if (onlyMine[m] == null) {
                    onlyMine[m] = theirs.stream().noneMatch(o -> oneName(name, o));
                }
                if (!onlyMine[m]) {
                    break; // no name of this one's place can count
                }
                if (onlyTheirs[t] == null) {
                    onlyTheirs[t] = mine.stream().noneMatch(n -> oneName(n, other));
                }
                if (onlyTheirs[t]) {
                    String kind = PLACE_WORDS.contains(name.before) ? "place" : "name";
                    return new SlotDifference(kind, kind, name.text, other.text);
                }
            }
        }
        return null;
    }

    /**
     * The first person both statements name (in any form) whose roles cannot be one description ({@link Roles#apart}:
     * "museum director Clara Voss" / "Curator Clara Voss"), as a difference seen from {@code mine}; null when none.
     */
    static SlotDifference roleChanged(List<Named> mine, List<Named> theirs) {
        for (Named name : mine) {
            for (Named other : theirs) {
                if (!name.role().isEmpty() && !other.role().isEmpty() && oneName(name, other)
                        && Roles.apart(name.role(), other.role())
                        // a text naming the person twice in two posts ("Gen. Lahoud ... the army commander") is no
                        // difference with one that gives either post too: each role must be missing from the other
                        && !givesRole(theirs, name) && !givesRole(mine, other)) {
                    String person = name.text().length() <= other.text().length() ? name.text() : other.text();
                    return new SlotDifference("role", person, name.role(), other.role());
                }
            }
        }
        return null;
    }

    /**
     * Whether the two statements describe one person they both name by two roles ({@link Roles#describedApart}:
     * "site manager Ilse Berg" / "quarry owner Ilse Berg"), neither statement giving the other's role too.
     */
    static boolean describedApart(List<Named> mine, List<Named> theirs) {
        for (Named name : mine) {
            for (Named other : theirs) {
                if (!name.role().isEmpty() && !other.role().isEmpty() && oneName(name, other)
                        && Roles.describedApart(name.role(), other.role())
                        && !describes(theirs, name) && !describes(mine, other)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the statement gives the named person a role that is {@code named}'s own description (not described apart). */
    private static boolean describes(List<Named> names, Named named) {
        return names.stream().anyMatch(n -> !n.role().isEmpty() && oneName(n, named)
                && !Roles.describedApart(n.role(), named.role()));
    }

    /** Whether the statement gives the named person a role that is not apart from {@code named}'s. */
    private static boolean givesRole(List<Named> names, Named named) {
        return names.stream().anyMatch(n -> !n.role().isEmpty() && oneName(n, named) && !Roles.apart(n.role(), named.role()));
    }

    /** Whether two names are forms of one: one's words hold the other's, an acronym, a shared opening. */
    static boolean oneName(Named a, Named b) {
        if (a.keys.containsAll(b.keys) || b.keys.containsAll(a.keys)) {
            return true;
        }
        if (givenNameForms(a.keys, b.keys)) {
            return true;
        }
        if (acronymOf(a.keys, b.keys) || acronymOf(b.keys, a.keys)) {
            return true;
        }
        // one word each: a country and its people ("Britain" / "British"); of longer names the words that differ
        // tell them apart ("Ivan Petrov" / "Dmitri Petrov")
        if (a.keys.size() != 1 || b.keys.size() != 1) {
            return false;
        }
        String x = a.keys.get(0);
        String y = b.keys.get(0);
        return x.length() >= SHARED_OPENING && y.length() >= SHARED_OPENING && x.regionMatches(0, y, 0, SHARED_OPENING);
    }

    /**
     * Whether the two names differ only in the form of their first (given) name ({@link GivenNames}): "Bill
     * Hart" / "William Hart", "Joe" / "Joseph", "Bill" / "William Hart" (a first name alone). A shortening
     * ("Dan" / "Daniel") counts only beside the same surname.
     */
    private static boolean givenNameForms(List<String> a, List<String> b) {
        String x = a.get(0);
        String y = b.get(0);
        List<String> restA = a.subList(1, a.size());
        List<String> restB = b.subList(1, b.size());
        boolean sameRest = restA.containsAll(restB) || restB.containsAll(restA);
        if (!sameRest || x.equals(y)) {
            return false;
        }
        return GivenNames.familiarForms(x, y)
                || !restA.isEmpty() && !restB.isEmpty() && GivenNames.shortening(x, y);
    }

    private static boolean acronymOf(List<String> acronym, List<String> words) {
        if (acronym.size() != 1 || words.size() < 2) {
            return false;
        }
        String letters = acronym.get(0).replace(".", "");
        StringBuilder initials = new StringBuilder();
        for (String w : words) {
            if (!w.equals("of") && !w.equals("the") && !w.equals("and")) {
                initials.append(w.charAt(0));
            }
        }
        return letters.equals(initials.toString());
    }

    /** Whether the token is a word of a name: a capital first letter, and not a word every sentence may capitalise. */
    static boolean nameWord(String token) {
        return !token.isEmpty() && Character.isUpperCase(token.charAt(0)) && !NOT_NAMES.contains(key(token));
    }

    /** Whether a capital at {@code i} may only mark a clause's start: the first word, after a quotation mark or colon. */
    private static boolean opensClause(List<String> tokens, int i) {
        if (i == 0) {
            return true;
        }
        String before = tokens.get(i - 1);
        return before.equals("\"") || before.equals("“") || before.equals(":") || before.equals("(");
    }

    private static boolean initial(String word) {
        return word.length() == 2 && word.charAt(1) == '.';
    }

    /** Lower case, without a possessive and the dots of an abbreviation's end, in one spelling ({@link #britishSpelling}). */
    static String key(String word) {
        return britishSpelling(written(word));
    }

    /** Lower case, without a possessive and the dots of an abbreviation's end, spelt as written. */
    static String written(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.endsWith("'s") || w.endsWith("’s")) {
            w = w.substring(0, w.length() - 2);
        }
        return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
    }

    /**
     * A word in one spelling for British and American forms of a name: "Organisation" / "Organization",
     * "Labour" / "Labor", "Centre" / "Center" are one name written two ways, not one put in another's place.
     */
    static String britishSpelling(String w) {
        String s = w.replace("isation", "ization");
        if (s.length() > 4 && s.endsWith("our")) {
            s = s.substring(0, s.length() - 3) + "or";
        } else if (s.length() > 4 && s.endsWith("tre")) {
            s = s.substring(0, s.length() - 3) + "ter";
        }
        return s;
    }

    /** A sentence's last word loses its full stop; an abbreviation ("U.S.") keeps its dots. */
    private static String trimmed(String token) {
        if (token.endsWith(".") && token.indexOf('.') == token.length() - 1 && token.length() > 3) {
            return token.substring(0, token.length() - 1);
        }
        return token;
    }

    private static String word(List<String> tokens, int i) {
        return i < 0 || i >= tokens.size() ? "" : key(tokens.get(i));
    }

    private static Set<String> notNames() {
        Set<String> words = new HashSet<>(Set.of("i", "a", "an", "the"));
        CalendarWords.WEEKDAYS.forEach(d -> words.add(d.toLowerCase(Locale.ROOT)));
        CalendarWords.MONTHS.forEach(d -> words.add(d.toLowerCase(Locale.ROOT)));
        return Set.copyOf(words);
    }
}
