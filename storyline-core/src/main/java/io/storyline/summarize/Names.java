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
    private static final Set<String> CALENDAR = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december");

    /** Every word the story writes in lower case somewhere. */
    private final Set<String> ordinary;

    private Names(Set<String> ordinary) {
        this.ordinary = ordinary;
    }

    static Names of(StoryAnalysis story) {
        Set<String> ordinary = new HashSet<>();
        for (AnalyzedSentence s : story.sentences()) {
            Matcher m = WORD.matcher(s.text());
            while (m.find()) {
                String word = bare(m.group());
                if (!word.isEmpty() && Character.isLowerCase(word.charAt(0))) {
                    ordinary.add(word);
                }
            }
        }
        return new Names(ordinary);
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
