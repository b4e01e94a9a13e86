package io.storyline.compare;

import io.storyline.analyze.Quantity;
import io.storyline.analyze.SourceNumbering;
import io.storyline.analyze.time.CalendarWords;
import io.storyline.model.Conflict;
import io.storyline.model.EntityType;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Finds where two outlets report one fact with different values in the same slot. False alarms
 * cost more than misses, so every rule compares only like with like: numbers of the same noun
 * (or both durations, both sums of one currency) that no rounding, unit or hedge reconciles;
 * days or dates only when each sentence gives exactly one; names only for one office held now
 * ({@link Office}: the same title of the same country or organisation, not "former" or "deputy");
 * places only when both are countries named after the same event word.
 */
final class ConflictFinder {

    private static final Set<String> PLACE_PREPOSITIONS = Set.of("to", "in", "into", "from", "near");

    private final StoryEntities entities;
    private final SourceNumbering sources;
    private final List<Report> reports;
    /** Built on first use: most stories have no two names in one role to compare. */
    private StoryRoles storyRoles;

    ConflictFinder(StoryEntities entities, SourceNumbering sources, List<Report> reports) {
        this.entities = entities;
        this.sources = sources;
        this.reports = reports;
    }

    List<Conflict> between(Report a, Report b) {
        List<Conflict> conflicts = new ArrayList<>();
        names(a, b, conflicts);
        if (!sameSubject(a, b)) {
            return conflicts; // two actors: "X met Assad on Sunday", "Y met Assad on Monday"
        }
        for (Quantity q : a.quantities()) {
            for (Quantity r : b.quantities()) {
                if (q.sameThing(r) && onlyOne(a, q) && onlyOne(b, r) && !q.consistentWith(r)
                        && sameCount(a, b, q, r)) {
                    conflicts.add(conflict("number", slotName(q.counted()), q.text(), a, r.text(), b));
                }
            }
        }
        if (a.days().size() == 1 && b.days().size() == 1 && !a.days().equals(b.days())
                && sharedEventNear(a, a.days().get(0), b, b.days().get(0))) {
            conflicts.add(conflict("day", "day", a.days().get(0), a, b.days().get(0), b));
        }
        if (a.dates().size() == 1 && b.dates().size() == 1 && !a.dates().equals(b.dates())
                && sharedEventNearDate(a, b)) {
            conflicts.add(conflict("date", "date", CalendarWords.monthDay(a.dates().get(0)), a,
                    CalendarWords.monthDay(b.dates().get(0)), b));
        }
        places(a, b, conflicts);
        return conflicts;
    }

    /** The first entity each sentence names: what it is about. */
    private boolean sameSubject(Report a, Report b) {
        int subjectA = firstEntity(a);
        return subjectA >= 0 && subjectA == firstEntity(b);
    }

    private int firstEntity(Report report) {
        for (StoryEntities.Mention m : entities.mentions(report.sentence().id())) {
            if (m.entity() >= 0) {
                return m.entity();
            }
        }
        return -1;
    }

    /** A sentence with two values in one slot ("18 months ago, ending 18 years") is not compared. */
    private static boolean onlyOne(Report report, Quantity quantity) {
        return report.quantities().stream().filter(q -> q.sameThing(quantity)).count() == 1;
    }

    /** Events of one class that both sentences date with their weekday ("resigned on Thursday"). */
    private static boolean sharedEventNear(Report a, String dayA, Report b, String dayB) {
        java.util.Set<String> nearA = eventsNear(a.sentence().text(), dayA);
        java.util.Set<String> nearB = eventsNear(b.sentence().text(), dayB);
        nearA.retainAll(nearB);
        return !nearA.isEmpty();
    }

    /**
     * Events of one class that both sentences date with their date: "arrested Sept. 20" against
     * "jailed him ... scheduling his trial for Nov. 2" are two events, not two dates of one.
     */
    private static boolean sharedEventNearDate(Report a, Report b) {
        java.util.Set<String> nearA = eventsNear(a.sentence().text(), Report.dateAt(a.sentence().text()));
        java.util.Set<String> nearB = eventsNear(b.sentence().text(), Report.dateAt(b.sentence().text()));
        nearA.retainAll(nearB);
        return !nearA.isEmpty();
    }

    /** Event classes of the words at most four words from the given word. */
    private static java.util.Set<String> eventsNear(String text, String word) {
        List<Word> words = Word.of(text).stream().filter(Word::isWord).toList();
        java.util.Set<String> events = new java.util.HashSet<>();
        for (int i = 0; i < words.size(); i++) {
            if (!words.get(i).text().equals(word)) {
                continue;
            }
            events.addAll(eventsAround(words, i));
        }
        return events;
    }

    /** Event classes of the words at most four words from the word starting at a character offset. */
    private static java.util.Set<String> eventsNear(String text, int offset) {
        List<Word> words = Word.of(text).stream().filter(Word::isWord).toList();
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).start() == offset) {
                return eventsAround(words, i);
            }
        }
        return new java.util.HashSet<>();
    }

    /**
     * Event classes of the words at most four words either side of word {@code i}, up to a verb of
     * reporting or a clause opener in between ("his arrest was announced Friday": Friday is when it
     * was announced, not when the arrest was).
     */
    private static java.util.Set<String> eventsAround(List<Word> words, int i) {
        java.util.Set<String> events = new java.util.HashSet<>();
        for (int step : new int[] {-1, 1}) {
            for (int k = i + step; k >= 0 && k < words.size() && Math.abs(k - i) <= 4; k += step) {
                String w = words.get(k).lower();
                String event = Lexicon.EVENTS.get(w);
                if (event != null) {
                    events.add(event);
                }
                if (Lexicon.SPEECH_VERBS.contains(w) || LeadEvents.CLAUSE_OPENERS.contains(w)) {
                    break;
                }
            }
        }
        return events;
    }

    /** Two counts of one noun are of one thing only when the sentences share an event word or more. */
    private static boolean sameCount(Report a, Report b, Quantity q, Quantity r) {
        java.util.Set<String> nearA = eventsNear(a.sentence().text(), lastWord(q.text()));
        nearA.retainAll(eventsNear(b.sentence().text(), lastWord(r.text())));
        return !nearA.isEmpty();
    }

    private static String lastWord(String text) {
        String[] words = text.split("[\\s-]+");
        return words[words.length - 1].replaceAll("^[$\u20AC\u00A3]", "");
    }

    /**
     * Two names given one title disagree only where the title is one office, held now, in reports of
     * one event: the sentences share an event class; neither name is a past holder, a deputy or a
     * stand-in ({@link Office}); the title's country or organisation is written in both and the same
     * ("Russian Foreign Minister" and "Russia's foreign minister"), or, where one title stands bare,
     * the story never gives the title two countries or organisations and each of the two articles
     * names one holder of it; and neither article names the other person at all (an article that
     * knows both names knows they are two people).
     */
    private void names(Report a, Report b, List<Conflict> conflicts) {
        if (!sharesEvent(a, b)) {
            return;
        }
        for (StoryEntities.Mention m : entities.mentions(a.sentence().id())) {
            if (m.name().role() == null || m.name().former() || m.name().roleOnly() || m.entity() < 0) {
                continue;
            }
            for (StoryEntities.Mention n : entities.mentions(b.sentence().id())) {
                if (n.name().roleOnly() || n.name().former() || n.entity() < 0 || n.entity() == m.entity()
                        || !Objects.equals(m.name().role(), n.name().role())
                        || !roleIsSpecific(m.name().role()) || b.entities().contains(m.entity())
                        || a.entities().contains(n.entity())) {
                    continue;
                }
                String first = entities.entities().get(m.entity()).name();
                String second = entities.entities().get(n.entity()).name();
                if (mayBeOnePerson(first, second) || runOn(first) || runOn(second) || runOn(m.name().text())
                        || runOn(n.name().text())
                        || !oneOffice(a, m, b, n)) {
                    continue;
                }
                conflicts.add(conflict("name", m.name().role(), first, a, second, b));
            }
        }
    }

    private static boolean sharesEvent(Report a, Report b) {
        return a.events().stream().anyMatch(b.events()::contains);
    }

    /** Whether the two mentions give their names one office, held now (see {@link #names}). */
    private boolean oneOffice(Report a, StoryEntities.Mention m, Report b, StoryEntities.Mention n) {
        String role = m.name().role();
        StoryRoles roles = storyRoles();
        Office first = roles.office(a, m);
        Office second = roles.office(b, n);
        if (!first.heldNow() || !second.heldNow()) {
            return false;
        }
        if (roles.named(a.article()).contains(n.entity()) || roles.named(b.article()).contains(m.entity())) {
            return false;
        }
        if (!first.qualifiers().isEmpty() && !second.qualifiers().isEmpty()) {
            return first.qualifiers().equals(second.qualifiers());
        }
        return roles.qualifiers(role).size() <= 1 && roles.holders(a.article(), role).size() == 1
                && roles.holders(b.article(), role).size() == 1;
    }

    /**
     * Whether a name runs on into the next words, where a scrape lost a line break: a capitalised
     * function word after its first word ("David Cameron The UN").
     */
    static boolean runOn(String name) {
        List<Word> words = Word.of(name).stream().filter(Word::isWord).toList();
        for (int k = 1; k < words.size(); k++) {
            Word w = words.get(k);
            if (Character.isUpperCase(w.text().charAt(0)) && io.storyline.analyze.StopWords.contains(w.lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * What the story says of its titles: who each article names, the offices each title is given, and
     * the office of each titled mention (read once, not for every pair of reports).
     */
    private record StoryRoles(java.util.Map<Integer, Set<Integer>> namedIn,
                              java.util.Map<Integer, java.util.Map<String, Set<Integer>>> holdersIn,
                              java.util.Map<String, Set<Set<String>>> qualifiersOf,
                              java.util.Map<Long, Office> officeOf) {

        /** The office of a titled mention in the report's sentence. */
        Office office(Report report, StoryEntities.Mention mention) {
            Office office = officeOf.get(mentionKey(report, mention));
            return office != null ? office
                    : Office.of(report.sentence().text(), mention.name().start(), mention.name().role());
        }

        static long mentionKey(Report report, StoryEntities.Mention mention) {
            return ((long) report.sentence().id() << 32) | mention.name().start();
        }

        Set<Integer> named(int article) {
            return namedIn.getOrDefault(article, Set.of());
        }

        Set<Integer> holders(int article, String role) {
            return holdersIn.getOrDefault(article, java.util.Map.of()).getOrDefault(role, Set.of());
        }

        /** The distinct countries or organisations the story writes with a title (bare titles left out). */
        Set<Set<String>> qualifiers(String role) {
            return qualifiersOf.getOrDefault(role, Set.of());
        }
    }

    private StoryRoles storyRoles() {
        if (storyRoles == null) {
            java.util.Map<Integer, Set<Integer>> named = new java.util.HashMap<>();
            java.util.Map<Integer, java.util.Map<String, Set<Integer>>> holders = new java.util.HashMap<>();
            java.util.Map<String, Set<Set<String>>> qualifiers = new java.util.HashMap<>();
            java.util.Map<Long, Office> offices = new java.util.HashMap<>();
            for (Report report : reports) {
                named.computeIfAbsent(report.article(), k -> new java.util.HashSet<>()).addAll(report.entities());
                for (StoryEntities.Mention m : entities.mentions(report.sentence().id())) {
                    String role = m.name().role();
                    if (role == null || m.name().roleOnly()) {
                        continue;
                    }
                    Office office = Office.of(report.sentence().text(), m.name().start(), role);
                    offices.put(StoryRoles.mentionKey(report, m), office);
                    if (!office.qualifiers().isEmpty()) {
                        qualifiers.computeIfAbsent(role, k -> new java.util.HashSet<>()).add(office.qualifiers());
                    }
                    if (m.entity() >= 0 && !m.name().former() && office.heldNow()) {
                        holders.computeIfAbsent(report.article(), k -> new java.util.HashMap<>())
                                .computeIfAbsent(role, k -> new java.util.HashSet<>()).add(m.entity());
                    }
                }
            }
            storyRoles = new StoryRoles(named, holders, qualifiers, offices);
        }
        return storyRoles;
    }

    /**
     * Whether two names may be one person written two ways: they share a word, or a word of one
     * begins a word of the other ("Nicola Sturgeon" / "Nicolas Sturgeon", "Ban Ki-moon" with a word
     * of the page run on, "Jose Angel Cordova" / "Jos" where a scrape lost the accented letters).
     */
    static boolean mayBeOnePerson(String first, String second) {
        for (String x : first.toLowerCase(java.util.Locale.ROOT).split("\\s+")) {
            for (String y : second.toLowerCase(java.util.Locale.ROOT).split("\\s+")) {
                if (x.length() > 1 && y.length() > 1 && (x.startsWith(y) || y.startsWith(x))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "foreign minister" names one office; "spokesman" or "official" may be many people. */
    private static boolean roleIsSpecific(String role) {
        return role.contains(" ") && Lexicon.ROLE_HEADS.contains(role.substring(role.lastIndexOf(' ') + 1))
                && !role.endsWith("spokesman") && !role.endsWith("spokeswoman") && !role.endsWith("leader");
    }

    private void places(Report a, Report b, List<Conflict> conflicts) {
        String placeA = eventPlace(a);
        String placeB = eventPlace(b);
        if (placeA == null || placeB == null || placeA.equals(placeB)) {
            return;
        }
        for (String event : a.events()) {
            if (b.events().contains(event)) {
                conflicts.add(conflict("place", "place", placeA, a, placeB, b));
                return;
            }
        }
    }

    /**
     * The one country named after a preposition of place, when the sentence names exactly one country:
     * "protests in Algeria, Egypt and Yemen", "as in Tunisia, the protests in Egypt" tell of several places.
     */
    private String eventPlace(Report report) {
        String text = report.sentence().text();
        String found = null;
        Set<Integer> countries = new java.util.HashSet<>();
        for (StoryEntities.Mention m : entities.mentions(report.sentence().id())) {
            if (m.entity() >= 0 && Lexicon.isCountry(Lexicon.lower(m.name().text()))) {
                countries.add(m.entity());
            }
        }
        if (countries.size() != 1) {
            return null;
        }
        for (StoryEntities.Mention m : entities.mentions(report.sentence().id())) {
            if (m.entity() < 0 || entities.entities().get(m.entity()).type() != EntityType.PLACE
                    || !Lexicon.isCountry(Lexicon.lower(m.name().text()))) {
                continue;
            }
            String before = text.substring(0, m.name().start()).stripTrailing();
            int space = before.lastIndexOf(' ');
            String preposition = Lexicon.lower(before.substring(space + 1));
            if (!PLACE_PREPOSITIONS.contains(preposition) || !eventJustBefore(before)) {
                continue;
            }
            String name = entities.entities().get(m.entity()).name();
            if (found != null && !found.equals(name)) {
                return null;
            }
            found = name;
        }
        return found;
    }

    /** An event word among the last four words before the place's preposition ("defected Thursday to"). */
    private static boolean eventJustBefore(String before) {
        List<Word> words = Word.of(before).stream().filter(Word::isWord).toList();
        for (int k = Math.max(0, words.size() - 5); k < words.size(); k++) {
            if (Lexicon.EVENTS.containsKey(words.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    private static String slotName(String slot) {
        if (slot.startsWith("money:")) {
            return "amount (" + slot.substring(6) + ")";
        }
        return slot;
    }

    private Conflict conflict(String kind, String slot, String value, Report a, String otherValue, Report b) {
        return new Conflict(kind, slot, value, sources.cite(a.sentence()), otherValue, sources.cite(b.sentence()));
    }
}
