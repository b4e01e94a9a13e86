package io.storyline.analyze;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The role a statement gives a named person, read from the words written against the name: a title or
 * job before it ("museum director Clara Voss", "Curator Clara Voss", "President Bill Clinton") or an
 * apposition after it ("Ana Ribeiro, the health minister, said"). Two statements that give one person
 * roles with no word in common ("museum director" / "curator") do not tell the same fact: an editor
 * would not cite the one outlet for the other's description.
 *
 * <p>A word before the name is a role only when it reads as a person's job: a title ({@link NameSwaps#TITLES},
 * honorifics aside) or a noun of an agent ("-or", "-er", "-ist", "-ian", "-ant", "-ent", "-man", "-woman",
 * "-chief"), written in lower case, or with a capital before a name of two or more words (a sentence's
 * opening "Peter" before "Voss" is the name's own first word, not a role). Words of a function
 * ({@link StopWords}) end the role.
 */
final class Roles {

    private Roles() {
    }

    /** Forms of address: they say nothing of a job ("Mr. Voss" and "Curator Voss" are no two roles). */
    private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady",
            "jr", "sr", "st", "rev");
    private static final List<String> AGENT_ENDINGS = List.of("or", "er", "ist", "ian", "ant", "ent", "man", "woman",
            "chief");
    /** The most words a role before a name takes ("regional museum deputy director"). */
    private static final int LONGEST_TITLE = 4;
    /** The most words an apposition after a name takes ("the hospital group's chief executive"). */
    private static final int LONGEST_APPOSITION = 7;

    /**
     * The role given to the name that runs over {@code tokens[start, end)}, its words in lower case joined by
     * spaces; "" when none.
     */
    static String of(List<String> tokens, int start, int end) {
        List<String> words = new ArrayList<>();
        // capitalised titles inside the name's run ("President Bill Clinton")
        int first = start;
        while (first < end - 1 && NameSwaps.TITLES.contains(NameSwaps.key(tokens.get(first)))) {
            String key = NameSwaps.key(tokens.get(first));
            if (!HONORIFICS.contains(key)) {
                words.add(key);
            }
            first++;
        }
        List<String> before = new ArrayList<>();
        for (int k = start - 1; k >= 0 && start - k <= LONGEST_TITLE; k--) {
            String token = tokens.get(k);
            String key = NameSwaps.key(token);
            if (!Character.isLetter(token.charAt(0)) || StopWords.contains(key) || HONORIFICS.contains(key)) {
                break;
            }
            boolean capital = Character.isUpperCase(token.charAt(0));
            if (k == start - 1) {
                boolean job = NameSwaps.TITLES.contains(key) || agent(key);
                // a capital word just before a one-word name may be the name's own first word ("Peter Voss" opening a sentence)
                if (!job || capital && end - first < 2) {
                    break;
                }
            } else if (capital && k > 0) {
                break; // another name ("Hallberg Museum director"): not the role's
            }
            before.add(0, key);
        }
        words.addAll(0, before);
        if (words.isEmpty()) {
            words.addAll(apposition(tokens, end));
        }
        return String.join(" ", words);
    }

    /** ", the health minister," after a name: the words between the commas (or up to the end), when short. */
    private static List<String> apposition(List<String> tokens, int end) {
        if (end + 2 >= tokens.size() || !tokens.get(end).equals(",")) {
            return List.of();
        }
        String article = NameSwaps.key(tokens.get(end + 1));
        if (!article.equals("the") && !article.equals("a") && !article.equals("an")) {
            return List.of();
        }
        List<String> words = new ArrayList<>();
        for (int k = end + 2; k < tokens.size(); k++) {
            String token = tokens.get(k);
            if (token.equals(",")) {
                return words.size() <= LONGEST_APPOSITION ? words : List.of();
            }
            if (!Character.isLetterOrDigit(token.charAt(0))) {
                return List.of();
            }
            words.add(NameSwaps.key(token));
        }
        return List.of(); // no closing comma: the clause may go on to say anything
    }

    private static boolean agent(String word) {
        return word.length() > 4 && AGENT_ENDINGS.stream().anyMatch(word::endsWith);
    }

    /**
     * Whether two roles given to one person cannot be one description: both given, sharing no word but
     * function words ("museum director" / "curator"); "director" / "museum director" and "former minister" /
     * "minister" share theirs.
     */
    static boolean apart(String role, String otherRole) {
        if (role.isEmpty() || otherRole.isEmpty()) {
            return false;
        }
        Set<String> mine = Set.copyOf(List.of(role.split(" ")));
        for (String word : otherRole.split(" ")) {
            if (mine.contains(word) && !StopWords.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
