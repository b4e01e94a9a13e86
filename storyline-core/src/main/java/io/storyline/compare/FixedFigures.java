package io.storyline.compare;

import io.storyline.analyze.Quantity;
import io.storyline.analyze.SourceNumbering;
import io.storyline.analyze.StoryAnalysis;
import io.storyline.analyze.time.CalendarWords;
import io.storyline.model.Article;
import io.storyline.model.Conflict;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Disagreements on figures that stay put while a story runs, wherever in the story each outlet gives them,
 * as {@link MeasuredThings} reads the measures of a named thing: a country's population ("the 22 million
 * Syrians" / "the country of 23 million"), how far a named thing lies from a place ("the Deepwater Horizon
 * rig 40 miles off the Louisiana coast" / "... rig, ablaze 50 miles off Louisiana"), and the day a one-time
 * event befell a named thing ("the April 22 explosion at the Deepwater Horizon rig" / "the Deepwater Horizon
 * rig exploded on April 20"). A toll rises from day to day, so counts of articles published on different
 * days are no dispute ({@link OutletComparison}); these figures do not move, so they are compared whatever
 * day each article was published ({@link #isFixed}). Each reading asks for the holder in the sentence's own
 * words (a name, a country); a figure whose holder the sentence does not give is left alone. A disagreement is
 * listed once per pair of values, with the first two statements that give them.
 */
final class FixedFigures {

    /** Slots whose value does not change with the day an article was published. */
    private static final List<String> FIXED_SLOTS = List.of("population of ", "distance of ", "day of ");

    private static final String HEDGE = "(?<hedge>about |some |nearly |almost |around |roughly |more than |over |"
            + "fewer than |less than |at least )?";
    private static final String MILLIONS = HEDGE + "(?<n>\\d{1,4}(?:\\.\\d+)?) million";
    /**
     * "the country of 23 million", "Egypt is a nation of some 80 million people"; not "a democratic country of
     * 400 million" (some other country, unnamed).
     */
    private static final Pattern COUNTRY_OF = Pattern.compile("(?:\\bthe|(?<named>\\b[A-Z][a-z]+(?: [A-Z][a-z]+)?) "
            + "(?:is|was|remains) an?) (?:country|nation) of " + MILLIONS
            + "(?: (?:people|inhabitants|citizens|residents))?\\b");
    private static final String OWNER = "(?<owner>\\b[A-Z][a-z]+(?: [A-Z][a-z]+)?|\\bthe country|\\bthe nation) ?'s ";
    /** "Syria's 22 million people", "the country's 23 million citizens" (not "Syria's 1 million Kurds"). */
    private static final Pattern POSSESSED = Pattern.compile(OWNER + MILLIONS
            + " (?:people|inhabitants|citizens|residents)\\b");
    /** "the country's population of 23 million". */
    private static final Pattern POPULATION_OF = Pattern.compile(OWNER + "population of " + MILLIONS + "\\b");
    /** "the 22 million Syrians", "its 23 million Yemenis": a people, the whole of it. */
    private static final Pattern PEOPLE = Pattern.compile("\\b(?:the|its) " + MILLIONS + " (?<people>[A-Z][a-z]+s)\\b");

    /** "40 miles off", "64 km from", "50 miles southeast of", "50 miles out in": a distance from a place. */
    private static final Pattern FROM_PLACE = Pattern.compile("^\\s*(?:(?:-LRB-|\\()[^()]*?(?:-RRB-|\\))\\s*)?"
            + "(?:off|from|away from|out in|offshore from|(?:north|south|east|west|northeast|northwest|southeast"
            + "|southwest)(?:ern)? of)\\s+(?:the\\s+)?(?<place>[A-Z][\\w.-]*)");
    private static final Pattern DISTANCE_UNIT = Pattern.compile("(?i)\\b(?:miles?|km|kilomet(?:re|er)s?)\\b");

    /** One-time events of a thing, by class: a rig explodes once, a ship sinks once. */
    private static final Map<String, String> ONCE = io.storyline.analyze.WordClasses.of(
            "explosion: explosion exploded explodes blast blew",
            "sinking: sank sunk sinking",
            "crash: crash crashed",
            "collapse: collapse collapsed");
    /** "April 20", "April 20th, 2010", "20 April". */
    private static final String DATE = "(?:(?<month>" + CalendarWords.alternation(CalendarWords.MONTHS)
            + ")\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?\\b(?:\\s*,\\s*\\d{4}\\b)?|(?<day2>\\d{1,2})(?:st|nd|rd|th)?\\s+(?<month2>"
            + CalendarWords.alternation(CalendarWords.MONTHS) + ")\\b)";
    /** "the April 22 explosion at BP's Deepwater Horizon rig": the day before the event, the holder after. */
    private static final Pattern DAY_EVENT = Pattern.compile("\\bthe\\s+" + DATE + "\\s+(?<event>[a-z]+)"
            + "\\s+(?:at|on|of|aboard|in)\\s+(?<after>.{1,60})");
    /** "the Deepwater Horizon rig exploded on April 20": the holder before the event, the day after. */
    private static final Pattern EVENT_DAY = Pattern.compile("\\b(?<event>[a-z]+)\\s+(?:on\\s+)?" + DATE);

    private FixedFigures() {
    }

    /** One reading: a figure of a holder, in a report. */
    private record Reading(Report report, String slot, String value, Quantity quantity) {

        boolean disagrees(Reading other) {
            return quantity != null ? !quantity.consistentWith(other.quantity) : !value.equals(other.value);
        }
    }

    /** Whether a conflict's slot is a figure that does not move from day to day. */
    static boolean isFixed(String slot) {
        return FIXED_SLOTS.stream().anyMatch(slot::startsWith);
    }

    static List<Conflict> conflicts(StoryAnalysis story, List<Report> reports, SourceNumbering sources) {
        Map<Integer, String> countryOfArticle = new HashMap<>();
        List<Reading> readings = new ArrayList<>();
        for (Report report : reports) {
            String text = report.sentence().text();
            if (text.contains("million")) {
                String country = countryOfArticle.computeIfAbsent(report.article(), a -> mainCountry(story, a));
                populations(report, text, country, readings);
            }
            if (DISTANCE_UNIT.matcher(text).find()) {
                distances(report, text, readings);
            }
            if (CalendarWords.MONTHS.stream().anyMatch(text::contains)) {
                eventDays(report, text, readings);
            }
            crashTolls(report, text, readings);
        }
        List<Article> articles = story.articles();
        // one conflict per slot and pair of values: a story retells its fixed figures in many articles, and one
        // outlet's "April 22" against twenty "April 20"s is one disagreement, not twenty
        Map<String, Conflict> conflicts = new java.util.LinkedHashMap<>();
        Map<String, java.time.LocalDate> sinceOf = new HashMap<>();
        for (int i = 0; i < readings.size(); i++) {
            for (int j = i + 1; j < readings.size(); j++) {
                Reading a = readings.get(i);
                Reading b = readings.get(j);
                if (a.slot().equals(b.slot()) && a.disagrees(b)
                        && !articles.get(a.report().article()).sameOutletAs(articles.get(b.report().article()))) {
                    String first = a.value().toLowerCase(Locale.ROOT);
                    String second = b.value().toLowerCase(Locale.ROOT);
                    String key = a.slot() + '\u0000' + (first.compareTo(second) < 0 ? first + '\u0000' + second
                            : second + '\u0000' + first);
                    Conflict conflict = new Conflict(a.quantity() != null ? "number" : "date", a.slot(), a.value(),
                            sources.cite(a.report().sentence()), b.value(), sources.cite(b.report().sentence()));
                    java.time.LocalDate since = earlier(articles, a, b);
                    if (a.slot().endsWith(" aboard)") && conflicts.containsKey(key) && since != null
                            && (sinceOf.get(key) == null || since.isAfter(sinceOf.get(key)))) {
                        // a crash toll is compared across days only once settled: the pair written latest stands for it
                        conflicts.put(key, conflict);
                        sinceOf.put(key, since);
                    } else if (conflicts.putIfAbsent(key, conflict) == null) {
                        sinceOf.put(key, since);
                    }
                }
            }
        }
        return List.copyOf(conflicts.values());
    }

    /** The earlier of the two readings' publication days, or null when either is undated. */
    private static java.time.LocalDate earlier(List<Article> articles, Reading a, Reading b) {
        java.time.LocalDate first = articles.get(a.report().article()).published();
        java.time.LocalDate second = articles.get(b.report().article()).published();
        return first == null || second == null ? null : first.isBefore(second) ? first : second;
    }

    private static void populations(Report report, String text, String articleCountry, List<Reading> readings) {
        Matcher m = COUNTRY_OF.matcher(text);
        while (m.find()) {
            String named = m.group("named");
            String country = named != null ? (Lexicon.COUNTRIES.contains(Lexicon.lower(named)) ? Lexicon.lower(named) : null)
                    : countryNamed(text) != null ? countryNamed(text) : articleCountry;
            add(report, country, m, readings);
        }
        for (Pattern possessed : List.of(POSSESSED, POPULATION_OF)) {
            m = possessed.matcher(text);
            while (m.find()) {
                String owner = m.group("owner");
                String country = owner.startsWith("the ") ? (countryNamed(text) != null ? countryNamed(text) : articleCountry)
                        : Lexicon.COUNTRIES.contains(Lexicon.lower(owner)) ? Lexicon.lower(owner) : null;
                add(report, country, m, readings);
            }
        }
        m = PEOPLE.matcher(text);
        while (m.find()) {
            add(report, countryOfPeople(m.group("people")), m, readings);
        }
    }

    private static void add(Report report, String country, Matcher m, List<Reading> readings) {
        if (country == null) {
            return;
        }
        double value = Double.parseDouble(m.group("n")) * 1e6;
        String hedge = m.group("hedge") == null ? "exact" : switch (m.group("hedge").strip()) {
            case "more than", "over", "at least" -> "atLeast";
            case "fewer than", "less than" -> "atMost";
            default -> "about";
        };
        String written = (m.group("hedge") == null ? "" : m.group("hedge")) + m.group("n") + " million";
        readings.add(new Reading(report, "population of " + title(country), written,
                new Quantity(value, "population", hedge, written)));
    }

    private static void distances(Report report, String text, List<Reading> readings) {
        for (Quantity q : report.quantities()) {
            if (!q.slot().equals("length") || !DISTANCE_UNIT.matcher(q.text()).find()) {
                continue;
            }
            int at = text.indexOf(q.text());
            if (at < 0) {
                continue;
            }
            Matcher place = FROM_PLACE.matcher(text.substring(at + q.text().length()));
            String holder = lastName(text.substring(0, at), 8);
            if (place.find() && holder != null && !holder.equalsIgnoreCase(place.group("place"))) {
                String from = Lexicon.lower(place.group("place"));
                readings.add(new Reading(report, "distance of " + holder + " from " + title(from), q.text(), q));
            }
        }
    }

    private static void eventDays(Report report, String text, List<Reading> readings) {
        Matcher m = DAY_EVENT.matcher(text);
        while (m.find()) {
            String event = ONCE.get(m.group("event"));
            String holder = event == null ? null : firstName(m.group("after"));
            if (holder != null) {
                readings.add(new Reading(report, "day of " + event + " of " + holder, day(m), null));
            }
        }
        m = EVENT_DAY.matcher(text);
        while (m.find()) {
            String event = ONCE.get(m.group("event"));
            String holder = event == null ? null : lastName(text.substring(0, m.start()), 4);
            if (holder != null) {
                readings.add(new Reading(report, "day of " + event + " of " + holder, day(m), null));
            }
        }
    }

    /** Words of a toll of the dead. */
    private static final Pattern DEATHS = Pattern.compile("(?i)\\b(?:kill(?:ed|ing|s)?|dead|died|deaths?|lives|victims)\\b");

    /**
     * The dead on the ground of one crash, the crash known by its toll aboard: "all 109 people aboard were killed
     * as well as five on the ground" and "killed all 109 people aboard ... and four on the ground" give one
     * crash's ground toll two ways; "killing 35 people on board and one on the ground" is another crash. The
     * comparison keeps such a conflict across days only once the toll has settled ({@link OutletComparison}).
     */
    private static void crashTolls(Report report, String text, List<Reading> readings) {
        Quantity aboard = null;
        Quantity ground = null;
        for (Quantity q : report.quantities()) {
            if (q.where().equals("aboard")) {
                aboard = aboard == null ? q : aboard;
            } else if (q.where().equals("on the ground")) {
                ground = ground == null ? q : ground;
            }
        }
        if (aboard == null || ground == null || !aboard.hedge().equals("exact") || !DEATHS.matcher(text).find()) {
            return;
        }
        String count = aboard.value() == Math.rint(aboard.value()) ? String.valueOf((long) aboard.value())
                : String.valueOf(aboard.value());
        readings.add(new Reading(report, ground.slot() + " on the ground (" + count + " aboard)", ground.text(), ground));
    }

    private static String day(Matcher m) {
        return m.group("month") != null ? m.group("month") + " " + Integer.parseInt(m.group("day"))
                : m.group("month2") + " " + Integer.parseInt(m.group("day2"));
    }

    /** Words that start a sentence or name a time, never a holder. */
    private static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "it", "he", "she", "they", "this", "that",
            "in", "on", "at", "but", "and", "its", "his", "her", "their", "when", "after", "before", "since", "as",
            "-lrb-", "-rrb-");

    /**
     * The last run of capitalised words among the last {@code window} words of {@code before} (a sentence's
     * text up to a figure), or null.
     */
    static String lastName(String before, int window) {
        String[] words = before.strip().split("\\s+");
        List<String> run = new ArrayList<>();
        int first = -1;
        for (int i = words.length - 1; i >= Math.max(0, words.length - window); i--) {
            String word = words[i].replaceAll("[,;:]$", "");
            if (isName(word) && !word.endsWith("'s") && (run.isEmpty() || !words[i].endsWith(","))) {
                run.add(0, word);
                first = i;
            } else if (!run.isEmpty()) {
                break;
            }
        }
        // a sentence's first word is capitalised whatever it is ("Officials", "Oil"): a name only with another after it
        return run.isEmpty() || first == 0 && run.size() == 1 ? null : String.join(" ", run);
    }

    /** The first run of capitalised words in {@code after}, past a possessor ("BP's Deepwater Horizon"), or null. */
    static String firstName(String after) {
        String[] words = after.strip().split("\\s+");
        List<String> run = new ArrayList<>();
        for (int i = 0; i < Math.min(words.length, 5); i++) {
            String word = words[i].replaceAll("[,;:.]$", "");
            if (isName(word) && !word.endsWith("'s")) {
                run.add(word);
            } else if (word.equals("'s") || word.endsWith("'s") || word.equalsIgnoreCase("the")) {
                run.clear(); // a possessor: the name after it is the holder
            } else if (!run.isEmpty() || words[i].matches("[,;:.].*")) {
                break;
            }
        }
        return run.isEmpty() ? null : String.join(" ", run);
    }

    private static boolean isName(String word) {
        return word.length() > 1 && Character.isUpperCase(word.charAt(0)) && word.chars().anyMatch(Character::isLowerCase)
                && !NOT_NAMES.contains(word.toLowerCase(Locale.ROOT))
                && !CalendarWords.MONTHS.contains(word) && !CalendarWords.WEEKDAYS.contains(word);
    }

    /** The one country the sentence names, or null. */
    private static String countryNamed(String text) {
        String found = null;
        for (Word word : Word.of(text)) {
            String lower = word.lower();
            if (Lexicon.COUNTRIES.contains(lower) && Character.isUpperCase(word.text().charAt(0))) {
                if (found != null && !found.equals(lower)) {
                    return null;
                }
                found = lower;
            }
        }
        return found;
    }

    /** The country an article is about: the one it names most, at least twice and more than any other. */
    private static String mainCountry(StoryAnalysis story, int article) {
        Map<String, Integer> counts = new HashMap<>();
        story.sentencesOf(article).forEach(s -> Word.of(s.text()).stream()
                .filter(w -> Lexicon.COUNTRIES.contains(w.lower()) && Character.isUpperCase(w.text().charAt(0)))
                .forEach(w -> counts.merge(w.lower(), 1, Integer::sum)));
        String best = null;
        int most = 0;
        boolean tied = false;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > most) {
                best = e.getKey();
                most = e.getValue();
                tied = false;
            } else if (e.getValue() == most) {
                tied = true;
            }
        }
        return most >= 2 && !tied ? best : null;
    }

    /** The country a people's name comes from ("Syrians": Syria), or null. */
    private static String countryOfPeople(String people) {
        String one = Lexicon.lower(people.substring(0, people.length() - 1));
        String best = null;
        for (String country : Lexicon.COUNTRIES) {
            if (country.length() >= 4 && one.startsWith(country) && (best == null || country.length() > best.length())) {
                best = country;
            }
        }
        return best;
    }

    private static String title(String lower) {
        return lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }
}
