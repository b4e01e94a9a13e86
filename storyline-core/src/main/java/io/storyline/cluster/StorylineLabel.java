package io.storyline.cluster;

import io.storyline.analyze.StopWords;
import io.storyline.analyze.time.CalendarWords;
import io.storyline.model.Story;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names a storyline by what recurs across its events: the names (capitalised words and runs of them,
 * not a label's first word) that several of its events' labels carry, most widely carried first, then
 * the subject as its biggest event tells it: "Mubarak, Tahrir Square: Protesters fill Cairo's main
 * square". A storyline of one event, or whose events share no name, is its biggest event's label.
 */
final class StorylineLabel {

    static final int MAX_NAMES = 3;
    /** Weekdays and months: capitalised, and recurring in a long storyline's labels, but dates, not its subject. */
    private static final Set<String> CALENDAR = Set.copyOf(CalendarWords.dayAndMonthNames());
    private static final Pattern NAME = Pattern.compile(
            "\\p{Lu}[\\p{L}'\u2019.-]*(?:\\s+(?:of\\s+|al-|bin\\s+)?\\p{Lu}[\\p{L}'\u2019.-]*)*");

    private StorylineLabel() {
    }

    /** @param events the storyline's events, any order */
    static String of(List<Story> events) {
        Story biggest = events.get(0);
        for (Story event : events) {
            if (event.size() > biggest.size()) {
                biggest = event;
            }
        }
        if (events.size() == 1) {
            return biggest.label();
        }
        Map<String, Integer> eventsNaming = new LinkedHashMap<>();
        Map<String, Integer> articlesNaming = new HashMap<>();
        Map<String, String> shown = new HashMap<>();
        for (Story event : events) {
            for (String name : names(event.label())) {
                String key = name.toLowerCase(Locale.ROOT);
                shown.putIfAbsent(key, name);
                eventsNaming.merge(key, 1, Integer::sum);
                articlesNaming.merge(key, event.size(), Integer::sum);
            }
        }
        List<String> recurring = new ArrayList<>();
        eventsNaming.entrySet().stream().filter(e -> e.getValue() >= 2)
                .sorted((a, b) -> !a.getValue().equals(b.getValue()) ? Integer.compare(b.getValue(), a.getValue())
                        : Integer.compare(articlesNaming.get(b.getKey()), articlesNaming.get(a.getKey())))
                .map(e -> shown.get(e.getKey()))
                .filter(name -> recurring.stream().noneMatch(kept -> kept.contains(name) || name.contains(kept)))
                .limit(MAX_NAMES).forEach(recurring::add);
        return recurring.isEmpty() ? biggest.label() : String.join(", ", recurring) + ": " + biggest.label();
    }

    /**
     * The names in a label, each once: capitalised runs, not opening the label, not function words, not
     * a weekday or month.
     */
    static Set<String> names(String label) {
        Set<String> names = new HashSet<>();
        Matcher m = NAME.matcher(label);
        while (m.find()) {
            String name = m.group().replaceAll("['\u2019]s$", "").replaceAll("[.-]+$", "");
            boolean opening = label.substring(0, m.start()).isBlank();
            if (opening) {
                // the label's first word is capitalised anyway: only a run of several names counts
                int space = name.indexOf(' ');
                if (space < 0) {
                    continue;
                }
                if (StopWords.contains(name.substring(0, space).toLowerCase(Locale.ROOT))) {
                    name = name.substring(space + 1);
                }
            }
            if (name.length() >= 3 && !StopWords.contains(name.toLowerCase(Locale.ROOT)) && !CALENDAR.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }
}
