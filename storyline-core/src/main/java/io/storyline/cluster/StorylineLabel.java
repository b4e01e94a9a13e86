package io.storyline.cluster;

import io.storyline.analyze.StopWords;
import io.storyline.analyze.time.CalendarWords;
import io.storyline.model.Story;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names a storyline by what recurs across its events: the names (capitalised words and runs of them,
 * not a label's first word) that several of its events' labels carry, then the subject as its biggest
 * event tells it: "Mubarak, Tahrir Square: Protesters fill Cairo's main square". A storyline of one event,
 * or whose events share no name, is its biggest event's label.
 *
 * <p>The names are ranked by the storyline's own name weights, the weights its linking compares storylines
 * by ({@link StorylineLinker#labelNames}): how much of the storyline's text a name fills, by its rarity in the
 * stream; ties (names the text never weighs) by how many events' labels carry it. Counting labels alone let a
 * name that a few pages carried beside the subject (a city's blizzard in a column of news beside an uprising)
 * lead the label when its headlines happened to recur; the text's weights put the subject's cast first.
 *
 * <p>Pages carry furniture their headlines and leads take in ("PLEASE NOTE", "Read This Story", "Last
 * updated at 05:27 GMT", the wire's own name): capitalised, recurring, and no subject. So a run counts as a
 * name only when the stream writes one of its words as a name inside sentences ({@code writtenAsName}: most
 * of the articles using it capitalise it), when it is not one of the storyline's outlets, and when it does
 * not follow a time of day (a time zone).
 */
final class StorylineLabel {

    static final int MAX_NAMES = 3;
    /** Weekdays and months: capitalised, and recurring in a long storyline's labels, but dates, not its subject. */
    private static final Set<String> CALENDAR = Set.copyOf(CalendarWords.dayAndMonthNames());
    /** A time of day ending a label's text before a name: "05:27", "4:16 am": the name after it is a time zone. */
    private static final Pattern CLOCK_BEFORE = Pattern.compile("\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME = Pattern.compile(
            "\\p{Lu}[\\p{L}'\u2019.-]*(?:\\s+(?:of\\s+|al-|bin\\s+)?\\p{Lu}[\\p{L}'\u2019.-]*)*");

    private StorylineLabel() {
    }

    /** As {@link #of(List, Predicate, ToDoubleFunction)}, every capitalised word taken for a name, none weighed. */
    static String of(List<Story> events) {
        return of(events, word -> true, word -> 0);
    }

    /**
     * @param events        the storyline's events, any order
     * @param writtenAsName whether the stream mostly writes a word (as given) as a name inside sentences
     * @param nameWeight    the storyline's weight of a word (as given) among its names; 0 for a word it does not
     *                      weigh; a name of several words weighs as its heaviest word
     */
    static String of(List<Story> events, Predicate<String> writtenAsName, ToDoubleFunction<String> nameWeight) {
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
        Set<String> outlets = new HashSet<>();
        for (Story event : events) {
            event.outlets().forEach(outlet -> outlets.add(outlet.toLowerCase(Locale.ROOT)));
        }
        for (Story event : events) {
            for (String name : names(event.label())) {
                String key = name.toLowerCase(Locale.ROOT);
                if (outlets.contains(key) || !anyWrittenAsName(name, writtenAsName)) {
                    continue;
                }
                shown.putIfAbsent(key, name);
                eventsNaming.merge(key, 1, Integer::sum);
                articlesNaming.merge(key, event.size(), Integer::sum);
            }
        }
        Map<String, Double> weight = new HashMap<>();
        shown.forEach((key, name) -> weight.put(key, weightOf(name, nameWeight)));
        Comparator<Map.Entry<String, Integer>> heaviest = Comparator.comparingDouble(e -> -weight.get(e.getKey()));
        List<String> recurring = new ArrayList<>();
        eventsNaming.entrySet().stream().filter(e -> e.getValue() >= 2)
                .sorted(heaviest.thenComparing(e -> -e.getValue())
                        .thenComparing(e -> -articlesNaming.get(e.getKey())))
                .map(e -> shown.get(e.getKey()))
                .filter(name -> recurring.stream().noneMatch(kept -> sameName(kept, name)
                        || sameHeaviestWord(kept, name, nameWeight)))
                .limit(MAX_NAMES).forEach(recurring::add);
        return recurring.isEmpty() ? biggest.label() : String.join(", ", recurring) + ": " + biggest.label();
    }

    /** A name's weight: its heaviest word's. */
    private static double weightOf(String name, ToDoubleFunction<String> nameWeight) {
        String word = heaviestWord(name, nameWeight);
        return word == null ? 0 : nameWeight.applyAsDouble(word);
    }

    /** The word of a name the storyline weighs most; null when it weighs none. */
    private static String heaviestWord(String name, ToDoubleFunction<String> nameWeight) {
        String heaviest = null;
        double most = 0;
        for (String word : name.split("[\\s.'\u2019-]+")) {
            double weight = word.isEmpty() ? 0 : nameWeight.applyAsDouble(word);
            if (weight > most) {
                most = weight;
                heaviest = word;
            }
        }
        return heaviest;
    }

    /**
     * Whether two names stand for one person or place by the word the storyline weighs most in each ("President
     * Obama", "SEN. BARACK OBAMA"): a title or first name differs, the name the text is full of is one. Two names
     * sharing only a common word ("Tahrir Square", "Red Square") have other heaviest words.
     */
    static boolean sameHeaviestWord(String a, String b, ToDoubleFunction<String> nameWeight) {
        String wordOfA = heaviestWord(a, nameWeight);
        String wordOfB = heaviestWord(b, nameWeight);
        return wordOfA != null && wordOfB != null && wordOfA.equalsIgnoreCase(wordOfB);
    }

    /**
     * Whether two names are one: one inside the other ("Murray", "Conrad Murray"), or every word of one among
     * the other's ("Dr Murray", "Dr Conrad Murray").
     */
    static boolean sameName(String a, String b) {
        if (a.contains(b) || b.contains(a)) {
            return true;
        }
        Set<String> wordsOfA = Set.of(a.toLowerCase(Locale.ROOT).split("\\s+"));
        Set<String> wordsOfB = Set.of(b.toLowerCase(Locale.ROOT).split("\\s+"));
        return wordsOfA.containsAll(wordsOfB) || wordsOfB.containsAll(wordsOfA);
    }

    /**
     * Whether a word of the run is one the stream writes as a name; a word of one or two capitals ("BP",
     * "UN") is an abbreviation, a name whatever the stream says.
     */
    private static boolean anyWrittenAsName(String name, Predicate<String> writtenAsName) {
        for (String word : name.split("[\\s.'\u2019-]+")) {
            if (word.isEmpty() || StopWords.contains(word.toLowerCase(Locale.ROOT)) || CALENDAR.contains(word)) {
                continue; // a weekday or month is capitalised whatever it names: no sign the run is a name
            }
            if ((word.length() <= 2 && word.equals(word.toUpperCase(Locale.ROOT))) || writtenAsName.test(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A run without the weekdays and months at its ends: a date written before a capitalised word ("Friday 15
     * January Up to 10", a page's list of readers' stories) runs into it, and neither the date nor what it ran
     * into names the subject on its own ("January Up" is no name; "Up" is then too short to be one).
     */
    static String withoutCalendarEnds(String name) {
        String[] words = name.split(" ");
        int first = 0;
        int last = words.length;
        while (first < last && CALENDAR.contains(words[first])) {
            first++;
        }
        while (last > first && CALENDAR.contains(words[last - 1])) {
            last--;
        }
        return String.join(" ", java.util.Arrays.asList(words).subList(first, last));
    }

    /**
     * The names in a label, each once: capitalised runs, not opening the label, not function words, not
     * a weekday or month, without a function word leading them ("The").
     */
    static Set<String> names(String label) {
        Set<String> names = new HashSet<>();
        Matcher m = NAME.matcher(label);
        while (m.find()) {
            String name = m.group().replaceAll("['\u2019]s$", "");
            // a final full stop ends the sentence, unless the name is an abbreviation with stops inside ("U.S.")
            name = name.matches(".*\\p{L}\\.\\p{L}.*") ? name.replaceAll("-+$", "") : name.replaceAll("[.-]+$", "");
            if (CLOCK_BEFORE.matcher(label.substring(0, m.start())).find()) {
                continue; // "05:27 GMT": a time zone
            }
            boolean opening = label.substring(0, m.start()).isBlank();
            if (opening) {
                // the label's first word is capitalised anyway: only a run of several names counts
                if (name.indexOf(' ') < 0) {
                    continue;
                }
            }
            // "The UN", "The Deepwater Horizon": an article capitalised after a colon or at a sentence's start
            int space = name.indexOf(' ');
            if (space > 0 && StopWords.contains(name.substring(0, space).toLowerCase(Locale.ROOT))) {
                name = name.substring(space + 1);
            }
            name = withoutCalendarEnds(name);
            if (name.length() >= 3 && !StopWords.contains(name.toLowerCase(Locale.ROOT)) && !CALENDAR.contains(name)) {
                names.add(name);
            }
        }
        return names;
    }
}
