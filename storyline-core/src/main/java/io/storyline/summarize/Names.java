package io.storyline.summarize;

import io.storyline.analyze.StopWords;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The capitalised words of a sentence that are likely names ("Ocalan", "Kurdistan"): not stop words
 * ("The", "He"), days or months. A sentence's first word counts too ("Ocalan faces ..."), so an
 * ordinary opener ("Thousands") may slip in; that is enough to tell which other sentence mentions the
 * people a pronoun stands for, without a named-entity model.
 */
final class Names {

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}'\u2019-]*");
    private static final Set<String> CALENDAR = Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December");

    private Names() {
    }

    static Set<String> in(String sentence) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = WORD.matcher(sentence);
        while (m.find()) {
            String word = m.group();
            if (Character.isUpperCase(word.charAt(0)) && word.length() > 1 && !CALENDAR.contains(word)
                    && !StopWords.contains(word.toLowerCase(java.util.Locale.ROOT))) {
                names.add(word.replaceAll("['\u2019]s$", ""));
            }
        }
        return names;
    }
}
