package io.storyline.summarize;

import io.storyline.analyze.AnalyzedSentence;
import io.storyline.analyze.StopWords;
import io.storyline.analyze.StoryAnalysis;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The proper names of a story's sentences, without a named-entity model: capitalised words that the
 * story never writes in lower case ("Ocalan", "Rossi", "Kurdistan"; not "Thousands", "Police",
 * "President" or "Meanwhile", which it also writes as ordinary words), nor stop words, days or months.
 * A possessive counts as its name ("Ocalan's" is "Ocalan"). Enough to tell which sentence mentions
 * the person a "he" stands for.
 */
final class Names {

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'\u2019-]*");
    private static final Pattern POSSESSIVE = Pattern.compile("['\u2019]s?$");
    /** Prepositions before a place: "in Rome", "near Ankara", "outside the ..." (a person rarely follows). */
    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "outside", "inside", "across",
            "through", "throughout", "around");
    /** "Kurdish", "Turkish", "Chinese": a people's adjective, no one's name. */
    private static final Pattern NATIONALITY = Pattern.compile("\\p{Lu}\\p{L}+(?:ish|ese)");
    private static final Set<String> CALENDAR = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december");

    /** Every word the story writes in lower case somewhere. */
    private final Set<String> ordinary;
    /** Every word the story writes with a capital. */
    private final Set<String> capitalised;

    private Names(Set<String> ordinary, Set<String> capitalised) {
        this.ordinary = ordinary;
        this.capitalised = capitalised;
    }

    static Names of(StoryAnalysis story) {
        Set<String> ordinary = new HashSet<>();
        Set<String> capitalised = new HashSet<>();
        for (AnalyzedSentence s : story.sentences()) {
            Matcher m = WORD.matcher(s.text());
            while (m.find()) {
                String word = bare(m.group());
                if (!word.isEmpty()) {
                    (Character.isLowerCase(word.charAt(0)) ? ordinary : capitalised).add(word);
                }
            }
        }
        return new Names(ordinary, capitalised);
    }

    /**
     * The names of {@link #runs} that may stand for a person: not a people or party ({@link #isGroup}),
     * not a people's adjective ("Kurdish"), not a place after "in", "at", "near" ... ("Kurds in Rome
     * welcomed Ocalan" gives [Ocalan]); a possessive stays ("at Ocalan's trial").
     */
    List<Set<String>> people(String sentence) {
        List<Set<String>> people = new ArrayList<>();
        Set<String> run = new LinkedHashSet<>();
        String before = "";
        boolean place = false;
        boolean possessive = false;
        Matcher m = WORD.matcher(sentence);
        while (m.find()) {
            String raw = m.group();
            String word = bare(raw);
            if (isName(word)) {
                if (run.isEmpty()) {
                    place = LOCATIVE.contains(before.toLowerCase(Locale.ROOT));
                }
                run.add(word);
                possessive = !word.equals(raw);
            } else {
                addPerson(people, run, place, possessive);
                run = new LinkedHashSet<>();
            }
            before = raw;
        }
        addPerson(people, run, place, possessive);
        return people;
    }

    private void addPerson(List<Set<String>> people, Set<String> run, boolean place, boolean possessive) {
        if (!run.isEmpty() && !isGroup(run) && !NATIONALITY.matcher(String.join(" ", run)).matches()
                && (!place || possessive)) {
            people.add(run);
        }
    }

    /**
     * Whether a name is a people or a party rather than a person: one plural word whose singular begins
     * another capitalised word of the story ("Kurds" beside "Kurd" or "Kurdish", "Democrats" beside
     * "Democratic", "Palestinians" beside "Palestinian"). Such a name is no referent for "he" or "she".
     */
    boolean isGroup(Set<String> run) {
        if (run.size() != 1) {
            return false;
        }
        String word = run.iterator().next();
        if (word.length() < 4 || !word.endsWith("s") || word.endsWith("ss")) {
            return false;
        }
        String singular = word.substring(0, word.length() - 1);
        return capitalised.stream().anyMatch(other -> !other.equals(word) && other.startsWith(singular));
    }

    /** The sentence's names, in order. */
    Set<String> in(String sentence) {
        Set<String> names = new LinkedHashSet<>();
        runs(sentence).forEach(names::addAll);
        return names;
    }

    /**
     * The names the sentence gives, in order, each with all its words ("Judge Maria Rossi heard
     * Ocalan's lawyers" gives [Judge, Maria, Rossi] then [Ocalan]).
     */
    List<Set<String>> runs(String sentence) {
        List<Set<String>> runs = new ArrayList<>();
        Set<String> run = new LinkedHashSet<>();
        Matcher m = WORD.matcher(sentence);
        while (m.find()) {
            String word = bare(m.group());
            if (isName(word)) {
                run.add(word);
            } else if (!run.isEmpty()) {
                runs.add(run);
                run = new LinkedHashSet<>();
            }
        }
        if (!run.isEmpty()) {
            runs.add(run);
        }
        return runs;
    }

    private boolean isName(String word) {
        if (word.length() < 2 || !Character.isUpperCase(word.charAt(0))) {
            return false;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        return !ordinary.contains(lower) && !StopWords.contains(lower) && !CALENDAR.contains(lower);
    }

    /** The word without a possessive ending ("Ocalan's", "Kurds'"). */
    private static String bare(String word) {
        return POSSESSIVE.matcher(word).replaceFirst("");
    }
}
