package io.storyline.summarize;

import io.storyline.analyze.AnalyzedSentence;
import io.storyline.analyze.StopWords;
import io.storyline.analyze.StoryAnalysis;
import io.storyline.analyze.time.CalendarWords;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    /** "Kurd", "Kurdish", "Democratic", "Palestinian": the singular, or an adjective made from it. */
    private static final List<String> GROUP_ADJECTIVE_ENDINGS = List.of("", "ish", "ic", "i", "ese");
    /** "Kurdish", "Turkish", "Chinese": a people's adjective, no one's name (unless a surname: "Meese"). */
    private static final Pattern NATIONALITY = Pattern.compile("\\p{Lu}\\p{L}+(?:ish|ese)");
    /** The weekdays and months in lower case (a word is looked up as {@code lower}). */
    private static final Set<String> CALENDAR = Set.copyOf(CalendarWords.dayAndMonthNames().stream()
            .map(w -> w.toLowerCase(Locale.ROOT)).toList());

    /** Every word the story writes in lower case somewhere. */
    private final Set<String> ordinary;
    /** Every word the story writes with a capital. */
    private final Set<String> capitalised;
    /** Names the story gives as the last word of a longer name ("Meese" of "Edwin Meese"): surnames. */
    private final Set<String> surnames = new HashSet<>();
    /** Names written after "in", "at", "near" ... in most of their mentions: places. */
    private final Set<String> places = new HashSet<>();

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
        Names names = new Names(ordinary, capitalised);
        Map<String, int[]> locative = new HashMap<>(); // name -> {mentions after a locative, mentions}
        for (AnalyzedSentence s : story.sentences()) {
            for (Run run : names.separateRuns(s.text())) {
                if (run.words().size() > 1) {
                    names.surnames.add(run.last());
                }
                int[] counts = locative.computeIfAbsent(run.last(), k -> new int[2]);
                counts[0] += run.afterLocative() && !run.possessive() ? 1 : 0;
                counts[1]++;
            }
        }
        locative.forEach((name, counts) -> {
            if (counts[0] * 2 > counts[1]) {
                names.places.add(name);
            }
        });
        return names;
    }

    /** A name as written in one place: its words, whether "in", "at" ... come before it, whether possessive. */
    private record Run(List<String> words, boolean afterLocative, boolean possessive) {
        String last() {
            return words.get(words.size() - 1);
        }
    }

    /** The sentence's names; a name ends at punctuation ("In Rome, Prodi met ..." gives Rome, then Prodi). */
    private List<Run> separateRuns(String sentence) {
        List<Run> found = new ArrayList<>();
        List<String> words = new ArrayList<>();
        String before = "";
        String beforeRun = "";
        boolean possessive = false;
        int end = 0;
        Matcher m = WORD.matcher(sentence);
        while (m.find()) {
            String raw = m.group();
            String word = bare(raw);
            boolean joined = sentence.substring(end, m.start()).isBlank();
            if (!words.isEmpty() && (!isName(word) || !joined || possessive)) {
                found.add(new Run(List.copyOf(words), LOCATIVE.contains(beforeRun), possessive));
                words.clear();
            }
            if (isName(word)) {
                if (words.isEmpty()) {
                    // "In 1998, Ocalan fled": a number or a comma between, so "In" is not his preposition
                    beforeRun = joined ? before.toLowerCase(Locale.ROOT) : "";
                }
                words.add(word);
                possessive = !word.equals(raw);
            }
            before = raw;
            end = m.end();
        }
        if (!words.isEmpty()) {
            found.add(new Run(List.copyOf(words), LOCATIVE.contains(beforeRun), possessive));
        }
        return found;
    }

    /**
     * The names of a sentence that may stand for a person, in order: not a people or party
     * ({@link #isGroup}), not a people's adjective ("Kurdish"), not a place (a name the story writes
     * after "in", "at", "near" ... in most of its mentions: one "at Ocalan's trial" does not make Ocalan
     * a place). "Kurds in Rome welcomed Ocalan" gives [Ocalan].
     */
    List<Set<String>> people(String sentence) {
        List<Set<String>> people = new ArrayList<>();
        for (Run run : separateRuns(sentence)) {
            Set<String> words = new LinkedHashSet<>(run.words());
            boolean nationality = words.size() == 1 && NATIONALITY.matcher(run.last()).matches()
                    && !surnames.contains(run.last());
            if (!isGroup(words) && !nationality && !places.contains(run.last())) {
                people.add(words);
            }
        }
        return people;
    }

    /**
     * Whether a name is a people or a party rather than a person: one plural word whose singular the
     * story also writes, alone or as a people's adjective ("Kurds" beside "Kurd" or "Kurdish",
     * "Democrats" beside "Democratic", "Palestinians" beside "Palestinian"); beside a bare singular only
     * when the story never gives it as a surname ("Serena Williams" beside "William"). Such a name is no referent for "he" or "she".
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
        for (String suffix : GROUP_ADJECTIVE_ENDINGS) {
            // a surname ("Serena Williams") outweighs a bare singular ("William"), not an adjective ("Kurdish")
            if (capitalised.contains(singular + suffix) && !(suffix.isEmpty() && surnames.contains(word))) {
                return true;
            }
        }
        return false;
    }

    /** The sentence's names, in order. */
    Set<String> in(String sentence) {
        Set<String> names = new LinkedHashSet<>();
        runs(sentence).forEach(names::addAll);
        return names;
    }

    /**
     * The names the sentence gives, in order, each with all its words ("Judge Maria Rossi heard
     * Ocalan's lawyers" gives [Judge, Maria, Rossi] then [Ocalan]); a name ends at punctuation and after
     * a possessive.
     */
    List<Set<String>> runs(String sentence) {
        return separateRuns(sentence).stream().map(run -> (Set<String>) new LinkedHashSet<>(run.words())).toList();
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
