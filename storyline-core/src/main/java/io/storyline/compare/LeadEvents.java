package io.storyline.compare;

import io.storyline.analyze.Quantity;
import io.storyline.analyze.SourceNumbering;
import io.storyline.analyze.time.CalendarWords;
import io.storyline.model.Article;
import io.storyline.model.Conflict;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Disagreements on the story's news itself, as the opening sentences of each outlet state it (a
 * news lead gives what happened, when, and how many were hurt), even when the outlets word it
 * differently: "struck a support pier of the Tern Harbour Bridge at about 11:40 p.m. on Tuesday"
 * against "slammed into a pier of the Tern Harbour Bridge shortly after midnight on Wednesday";
 * "Three crew members were injured" against "injuring four people". Two openings are compared only
 * when their outlets differ and their articles are not known to be published on different days.
 * <ul>
 *   <li>the day: an event word and, in its clause (up to the next comma), one name of the story
 *       and exactly one weekday; the same event class and name in both, different weekdays;</li>
 *   <li>the toll: the number hurt or killed, as "N ... were injured" or "injuring N ...", the only
 *       such number of its class in each sentence, values no rounding or hedge reconciles, counting
 *       one group ({@link #oneGroup}).</li>
 * </ul>
 */
final class LeadEvents {

    /** Sentences of an article that count as its opening. */
    static final int OPENING = 4;

    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(" + CalendarWords.alternation(CalendarWords.WEEKDAYS) + ")\\b");
    private static final String CASUALTY = "(?<verb>killed|injured|hurt|wounded|dead)";
    private static final Pattern TOLL_BEFORE = Pattern.compile("(?i)\\b(?<count>(?:about |at least |some )?"
            + "(?:\\d[\\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens of|hundreds of)"
            + "(?: [a-z]+){1,2}) (?:were|was|have been|had been) (?:also )?" + CASUALTY + "\\b");
    private static final Pattern TOLL_AFTER = Pattern.compile("(?i)\\b(?<verb>killing|injuring|wounding|hurting) "
            + "(?<count>(?:about |at least |some )?(?:\\d[\\d,]*|two|three|four|five|six|seven|eight|nine|ten"
            + "|eleven|twelve)(?: [a-z]+){1,2})");

    /** Words that open a clause of their own (not "after", which as often opens "after midnight"). */
    static final Set<String> CLAUSE_OPENERS = Set.of("where", "which", "who", "whom", "whose", "when",
            "while", "because", "although", "though");

    private LeadEvents() {
    }

    /** A dated event in an opening: its class, the names in its clause and its weekday. */
    private record DatedEvent(Report report, String event, Set<Integer> names, String weekday) {
    }

    /** A toll in an opening: hurt or killed, and the count as a quantity. */
    private record Toll(Report report, String harm, Quantity count) {
    }

    static List<Conflict> conflicts(List<Article> articles, List<Report> reports, StoryEntities entities,
                                    SourceNumbering sources) {
        List<DatedEvent> dated = new ArrayList<>();
        List<Toll> tolls = new ArrayList<>();
        for (Report report : reports) {
            if (report.sentence().position() < OPENING) {
                dated.addAll(datedEvents(report, entities));
                tolls.addAll(tolls(report));
            }
        }
        List<Conflict> conflicts = new ArrayList<>();
        for (int i = 0; i < dated.size(); i++) {
            for (int j = i + 1; j < dated.size(); j++) {
                DatedEvent a = dated.get(i);
                DatedEvent b = dated.get(j);
                if (comparable(articles, a.report(), b.report()) && a.event().equals(b.event())
                        && !a.weekday().equals(b.weekday()) && shares(a.names(), b.names())) {
                    conflicts.add(new Conflict("day", "day", a.weekday(), sources.cite(a.report().sentence()),
                            b.weekday(), sources.cite(b.report().sentence())));
                }
            }
        }
        for (int i = 0; i < tolls.size(); i++) {
            for (int j = i + 1; j < tolls.size(); j++) {
                Toll a = tolls.get(i);
                Toll b = tolls.get(j);
                if (comparable(articles, a.report(), b.report()) && a.harm().equals(b.harm())
                        && oneGroup(a.count(), b.count()) && !a.count().consistentWith(b.count())) {
                    conflicts.add(new Conflict("number", a.harm(), a.count().text(), sources.cite(a.report().sentence()),
                            b.count().text(), sources.cite(b.report().sentence())));
                }
            }
        }
        return conflicts;
    }

    /** Nouns that count everyone hurt or killed, whoever they were. */
    private static final Set<String> EVERYONE = Set.of("people", "person", "persons");

    /**
     * Whether two tolls count one group: the same noun ("three workers" / "five workers"), or everyone
     * against a group the sentence names, within a factor of two ("three crew members" / "four
     * people", where one outlet counted a passer-by too). Two named groups are two groups ("two
     * civilians" / "four officers", "five foreigners" / "two attackers"), and a group far below
     * everyone is a part of the dead or another event's dead ("two women" / "six people", a town's
     * 25 / a city's 730 of the month): no disagreement either way.
     */
    static boolean oneGroup(Quantity a, Quantity b) {
        if (!a.where().equals(b.where())) {
            return false; // the dead on the ground and the dead aboard are two groups
        }
        if (a.slot().equals(b.slot())) {
            return true;
        }
        if (EVERYONE.contains(a.slot()) == EVERYONE.contains(b.slot())) {
            return false;
        }
        double low = Math.min(a.value(), b.value());
        double high = Math.max(a.value(), b.value());
        return low > 0 && high <= 2 * low;
    }

    private static boolean shares(Set<Integer> a, Set<Integer> b) {
        return a.stream().anyMatch(b::contains);
    }

    /** Different outlets, articles not known to be of different days. */
    private static boolean comparable(List<Article> articles, Report a, Report b) {
        Article x = articles.get(a.article());
        Article y = articles.get(b.article());
        return !x.sameOutletAs(y)
                && (x.published() == null || y.published() == null || Objects.equals(x.published(), y.published()));
    }

    private static List<DatedEvent> datedEvents(Report report, StoryEntities entities) {
        String text = report.sentence().text();
        List<DatedEvent> events = new ArrayList<>();
        for (Word word : Word.of(text)) {
            String event = Lexicon.EVENTS.get(word.lower());
            if (event == null) {
                continue;
            }
            int end = clauseEnd(text, word.end());
            String clause = text.substring(word.end(), end);
            List<String> days = WEEKDAY.matcher(clause).results().map(r -> r.group(1)).distinct().toList();
            if (days.size() != 1) {
                continue;
            }
            Set<Integer> names = new HashSet<>();
            for (StoryEntities.Mention m : entities.mentions(report.sentence().id())) {
                if (m.entity() >= 0 && m.name().start() >= word.end() && m.name().end() <= end) {
                    names.add(m.entity());
                }
            }
            if (!names.isEmpty()) {
                events.add(new DatedEvent(report, event, names, days.get(0)));
            }
        }
        return events;
    }

    /**
     * Where the event word's clause ends: at the next comma, or sooner where another verb takes the
     * words that follow, a verb of reporting ("his arrest was announced Friday": Friday is the
     * announcement's day) or a relative or linking word that opens a clause of its own.
     */
    private static int clauseEnd(String text, int from) {
        int end = text.indexOf(',', from);
        end = end < 0 ? text.length() : end;
        for (Word word : Word.of(text.substring(from, end))) {
            String w = word.lower();
            if (Lexicon.SPEECH_VERBS.contains(w) || CLAUSE_OPENERS.contains(w)) {
                return from + word.start();
            }
        }
        return end;
    }

    private static List<Toll> tolls(Report report) {
        String text = report.sentence().text();
        List<Toll> found = new ArrayList<>();
        for (Pattern pattern : List.of(TOLL_BEFORE, TOLL_AFTER)) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                List<Quantity> counts = Quantity.in(m.group("count"));
                String harm = harm(m.group("verb"));
                if (counts.size() == 1) {
                    found.add(new Toll(report, harm, inSentence(report, m.start("count"), m.end("count"), counts.get(0))));
                }
            }
        }
        // a sentence with two tolls of one kind ("three were hurt, and later four") is not compared
        return found.stream().filter(t -> found.stream().filter(o -> o.harm().equals(t.harm())).count() == 1).toList();
    }

    /**
     * The count as the whole sentence reads it, where that reading covers the count's words: "three of
     * the five firefighters were killed" counts three, "killing two people ... and then a third" at least two.
     */
    private static Quantity inSentence(Report report, int from, int to, Quantity alone) {
        String text = report.sentence().text();
        for (Quantity q : report.quantities()) {
            if (q.slot().endsWith(Quantity.WHOLE)) {
                continue; // the group a part is counted from, not the count
            }
            for (int at = text.indexOf(q.text()); at >= 0; at = text.indexOf(q.text(), at + 1)) {
                if (at < to && at + q.text().length() > from) {
                    return q;
                }
            }
        }
        return alone;
    }

    private static String harm(String verb) {
        String v = verb.toLowerCase(java.util.Locale.ROOT);
        return v.startsWith("kill") || v.equals("dead") ? "killed" : "hurt";
    }
}
