package io.storyline.compare;

import io.storyline.analyze.AnalyzedSentence;
import io.storyline.analyze.Quantity;
import io.storyline.analyze.Slots;
import io.storyline.analyze.time.CalendarWords;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * What a sentence reports, in the terms facts are matched and compared by: the entities it names,
 * its event words by class and those of them it reports itself ({@code mainEvents}: outside a
 * background clause, read once here rather than for every pair), its checkable slots (numbers, days,
 * dates, times, tallies, negation), and the days and dates it gives.
 */
record Report(AnalyzedSentence sentence, Set<Integer> entities, Set<String> events, Set<String> mainEvents,
              Slots slots, List<String> days, List<String> dates) {

    private static final Pattern DAY = Pattern.compile(
            "\\b(" + CalendarWords.alternation(CalendarWords.WEEKDAYS) + ")\\b");
    /** "March 19", "Sept. 11" (AP's abbreviations), "19 March". */
    private static final Pattern DATE = Pattern.compile(
            "\\b(" + CalendarWords.alternation(CalendarWords.MONTHS) + "|"
                    + CalendarWords.alternation(CalendarWords.withDots(CalendarWords.AP_MONTH_ABBREVIATIONS))
                    + ")\\s+(\\d{1,2})\\b"
                    + "|\\b(\\d{1,2})\\s+(" + CalendarWords.alternation(CalendarWords.MONTHS) + ")\\b");

    /** The report of the sentence, whose slots the story's {@code Facts} read already ({@link io.storyline.analyze.Facts#slotsOf}). */
    static Report of(AnalyzedSentence sentence, StoryEntities entities, Slots slots) {
        String text = sentence.text();
        List<Word> words = Word.of(text);
        Set<String> events = new TreeSet<>();
        for (Word word : words) {
            String event = Lexicon.EVENTS.get(word.lower());
            if (event != null) {
                events.add(event);
            }
        }
        // each expression is asked only of sentences with what it needs: every weekday ends in "day", every date has a figure
        List<String> days = !text.contains("day") ? List.of()
                : DAY.matcher(text).results().map(java.util.regex.MatchResult::group).distinct().toList();
        List<String> dates = text.chars().noneMatch(c -> c >= '0' && c <= '9') ? List.of()
                : DATE.matcher(text).results().map(Report::date).distinct().toList();
        return new Report(sentence, entities.entitiesOf(sentence.id()), Set.copyOf(events), mainEvents(words),
                slots, days, dates);
    }

    /** Where the sentence's first date starts (a character offset), or -1. */
    static int dateAt(String text) {
        java.util.regex.Matcher m = DATE.matcher(text);
        return m.find() ? m.start() : -1;
    }

    private static String date(java.util.regex.MatchResult m) {
        String month = m.group(1) != null ? m.group(1) : m.group(4);
        String day = m.group(2) != null ? m.group(2) : m.group(3);
        String key = month.replace(".", "").substring(0, 3).toLowerCase(Locale.ROOT);
        return key + " " + Integer.parseInt(day);
    }

    /**
     * The event classes of the words outside a background clause (one opened by "after", "since", "which"
     * ... up to the next comma, semicolon, colon or dash): what the sentence itself reports as happening.
     * "Drivers ... spent up to an hour in traffic ... after a container ship struck one of its piers"
     * reports the traffic, not the strike.
     */
    private static Set<String> mainEvents(List<Word> words) {
        Set<String> main = new TreeSet<>();
        boolean background = false;
        for (Word word : words) {
            String lower = word.lower();
            if (!word.isWord()) {
                background &= !(lower.equals(",") || lower.equals(";") || lower.equals(":") || lower.equals("\u2014"));
            } else if (io.storyline.analyze.MainVerbs.CLAUSES_OF_BACKGROUND.contains(lower)) {
                background = true;
            } else if (!background) {
                String event = Lexicon.EVENTS.get(lower);
                if (event != null) {
                    main.add(event);
                }
            }
        }
        return java.util.Collections.unmodifiableSet(main);
    }

    List<Quantity> quantities() {
        return slots.quantities();
    }

    /** Whether the two differ in a checkable slot, so cannot be one fact. */
    boolean differsFrom(Report other) {
        return !slots.differences(other.slots).isEmpty();
    }

    int article() {
        return sentence.article();
    }
}
