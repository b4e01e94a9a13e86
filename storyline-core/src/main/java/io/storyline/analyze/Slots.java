package io.storyline.analyze;

import io.storyline.analyze.time.CalendarWords;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checkable slots of a statement, as an editor checks a quotation against its source: numbers
 * with what they count ({@link Quantity}), weekdays, dates, clock times ({@link TimeOfDay}), vote
 * tallies ("7 to 2"), negation, the role given a named person ({@link Roles}) and the part of a place
 * told by position ({@link PlaceParts}). Two statements of one event that differ in a slot are not the same
 * fact; rounding, hedges ("about 80" and "80") and units ("140 metres", "459 feet") are not differences.
 * The summary, the timeline and the outlet comparison all decide agreement here.
 *
 * @param quantities numbers with what they count
 * @param weekdays   weekdays named ("Tuesday")
 * @param dates      month and day ("mar 19"), however written ("March 19", "19 March", "Sept. 11")
 * @param times      clock times
 * @param tallies    vote tallies ("7-2")
 * @param negated    whether the statement is negated ("not", "never", "n't")
 * @param names      the names it gives, with the words around each ({@link NameSwaps}): a person or place
 *                   put in another's place is a difference; a person given another role ({@link Roles}) too
 * @param parts      the parts of places told by position ({@link PlaceParts}: "the east wing")
 */
public record Slots(List<Quantity> quantities, Set<String> weekdays, Set<String> dates, List<TimeOfDay> times,
                    Set<String> tallies, boolean negated, List<NameSwaps.Named> names, List<PlaceParts> parts) {

    private static final Pattern WEEKDAY = Pattern.compile(
            "\\b(" + CalendarWords.alternation(CalendarWords.WEEKDAYS) + ")\\b");
    /** "March 19", "Sept. 11" (AP's abbreviations), "19 March". */
    static final Pattern DATE = Pattern.compile(
            "\\b(" + CalendarWords.alternation(CalendarWords.MONTHS) + "|"
                    + CalendarWords.alternation(CalendarWords.withDots(CalendarWords.DOTTED_MONTH_ABBREVIATIONS))
                    + ")\\s+(\\d{1,2})\\b(?![,.]?\\d)"
                    + "|\\b(\\d{1,2})\\s+(" + CalendarWords.alternation(CalendarWords.MONTHS) + ")\\b");
    /** The most letters a weekday has before its "day" ("Wednes"). */
    private static final int LONGEST_WEEKDAY_STEM = CalendarWords.WEEKDAYS.stream()
            .mapToInt(d -> d.length() - "day".length()).max().orElseThrow();
    /** The longest month name or abbreviation {@link #DATE} reads. */
    private static final int LONGEST_MONTH = CalendarWords.MONTHS.stream().mapToInt(String::length).max().orElseThrow();
    private static final Pattern TALLY = Pattern.compile("\\b(\\d{1,3})\\s*(?:-|to)\\s*(\\d{1,3})\\b(?!\\s*(?:%|percent|per cent))");
    private static final Pattern VOTE = Pattern.compile("(?i)\\bvot(?:e|ed|es|ing)\\b");
    /** A negation: "not", "never" ..., and a denial of everyone ("No one was arrested", "nobody died"). */
    private static final Pattern NEGATION = Pattern.compile("(?i)\\b(?:not|never|no longer|neither|nor|no one|nobody)\\b|n't\\b");

    public static Slots of(String statement) {
        // each expression is asked only where it can match: every weekday ends in "day" and every date
        // has a figure, so each is asked from just before the next of those, not at every character of a
        // long text (a whole article, when near copies are compared)
        Set<String> weekdays = new LinkedHashSet<>();
        Matcher weekday = WEEKDAY.matcher(statement);
        for (int from = 0; NearCandidates.find(weekday, statement, from, at -> statement.indexOf("day", at),
                day -> day - LONGEST_WEEKDAY_STEM); from = weekday.end()) {
            weekdays.add(weekday.group(1));
        }
        Set<String> dates = new LinkedHashSet<>();
        Matcher date = DATE.matcher(statement);
        for (int from = 0; NearCandidates.find(date, statement, from, at -> TextScan.nextDigit(statement, at),
                figure -> TextScan.backOverSpace(statement, figure) - LONGEST_MONTH); from = date.end()) {
            dates.add(date(date));
        }
        Set<String> tallies = new LinkedHashSet<>();
        if (mayVote(statement) && VOTE.matcher(statement).find()) {
            Matcher t = TALLY.matcher(statement);
            while (t.find()) {
                tallies.add(t.group(1) + "-" + t.group(2));
            }
        }
        return new Slots(Quantity.in(statement), weekdays, dates, TimeOfDay.in(statement), tallies,
                mayNegate(statement) && NEGATION.matcher(statement).find(), named(statement), PlaceParts.in(statement));
    }

    /**
     * The names of the statement with their roles; a contact or credit line's ("Tom Oder, night editor,
     * 555-0100") roles are the page's staff, no news, so they are left out.
     */
    private static List<NameSwaps.Named> named(String statement) {
        List<NameSwaps.Named> names = NameSwaps.in(statement);
        if (names.isEmpty() || !ContactDetails.in(statement)) {
            return names;
        }
        return names.stream().map(n -> new NameSwaps.Named(n.text(), n.keys(), n.before2(), n.before(), n.after(),
                n.after2(), "")).toList();
    }

    /** Whether the statement has "vot", ASCII letters in any case, which {@link #VOTE} needs. */
    private static boolean mayVote(String statement) {
        for (int i = 0; i + 3 <= statement.length(); i++) {
            if (TextScan.startsWithAnyCase(statement, i, "vot")) {
                return true;
            }
        }
        return false;
    }

    /** The words {@link #NEGATION} needs, one of which it holds whenever it matches. */
    private static final List<String> NEGATION_WORDS = List.of("not", "never", "no longer", "neither", "nor", "n't", "no one", "nobody");

    /** Whether the statement has one of {@link #NEGATION_WORDS}, letters compared without case as ASCII. */
    private static boolean mayNegate(String statement) {
        char[] lower = new char[statement.length()];
        for (int i = 0; i < lower.length; i++) {
            char c = statement.charAt(i);
            lower[i] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        String text = new String(lower);
        return NEGATION_WORDS.stream().anyMatch(text::contains);
    }

    static String date(MatchResult m) {
        String month = m.group(1) != null ? m.group(1) : m.group(4);
        String day = m.group(2) != null ? m.group(2) : m.group(3);
        return month.substring(0, 3).toLowerCase(Locale.ROOT) + " " + Integer.parseInt(day);
    }

    /**
     * The slots both statements fill with values that cannot both be true, each seen from this
     * statement; empty when they agree on every slot they share. A slot only one of them fills is no
     * difference.
     */
    public List<SlotDifference> differences(Slots other) {
        List<SlotDifference> differences = new ArrayList<>();
        Map<String, List<Quantity>> mine = bySlot(quantities);
        Map<String, List<Quantity>> theirs = bySlot(other.quantities);
        mine.forEach((slot, values) -> {
            List<Quantity> others = theirs.get(slot);
            if (others == null) {
                return;
            }
            // a value both give is matched first, so it cannot also excuse a near one ("100 ... 98" against "100 ... 44")
            List<Quantity> left = new ArrayList<>(values);
            List<Quantity> otherLeft = new ArrayList<>(others);
            for (Quantity q : values) {
                otherLeft.stream().filter(r -> r.value() == q.value()).findFirst().ifPresent(r -> {
                    otherLeft.remove(r);
                    left.remove(q);
                });
            }
            // "11 people" against "seven people in California, two in Texas and two in Kansas": the total of a breakdown
            otherLeft.removeIf(r -> isTotal(r, values));
            left.removeIf(q -> isTotal(q, others));
            if (left.isEmpty() || otherLeft.isEmpty()) {
                return;
            }
            Quantity unmatched = unmatched(left, otherLeft);
            Quantity otherUnmatched = unmatched(otherLeft, left);
            if (unmatched != null && otherUnmatched != null) {
                differences.add(new SlotDifference("number", slotName(slot), unmatched.text(), otherUnmatched.text()));
            }
        });
        if (apart(weekdays, other.weekdays)) {
            differences.add(new SlotDifference("day", "day", firstNotIn(weekdays, other.weekdays),
                    firstNotIn(other.weekdays, weekdays)));
        }
        if (apart(dates, other.dates)) {
            differences.add(new SlotDifference("date", "date", CalendarWords.monthDay(firstNotIn(dates, other.dates)),
                    CalendarWords.monthDay(firstNotIn(other.dates, dates))));
        }
        TimeOfDay time = unmatchedTime(times, other.times);
        TimeOfDay otherTime = unmatchedTime(other.times, times);
        if (time != null && otherTime != null) {
            differences.add(new SlotDifference("time", "time", time.text(), otherTime.text()));
        }
        if (apart(tallies, other.tallies)) {
            differences.add(new SlotDifference("vote", "vote", firstNotIn(tallies, other.tallies),
                    firstNotIn(other.tallies, tallies)));
        }
        SlotDifference swapped = NameSwaps.swapped(names, other.names);
        if (swapped != null) {
            differences.add(swapped);
        }
        SlotDifference role = NameSwaps.roleChanged(names, other.names);
        if (role != null) {
            differences.add(role);
        }
        SlotDifference part = PlaceParts.differ(parts, other.parts);
        if (part != null) {
            differences.add(part);
        }
        if (negated != other.negated) {
            differences.add(new SlotDifference("negation", "negation", negated ? "not" : "", other.negated ? "not" : ""));
        }
        return differences;
    }

    /**
     * Whether the two statements give a person they both name two roles ({@link Roles#describedApart}: "site manager"
     * / "quarry owner"), exclusive or not: neither is a source for the other's description, so they are never one
     * fact (nor one article read twice), though only roles that exclude each other are a {@link #differences difference}.
     */
    public boolean describedApart(Slots other) {
        return NameSwaps.describedApart(names, other.names);
    }

    /**
     * The counts both statements give once each, of one thing, with values that differ although a bound
     * reconciles them ("at least seven miners" / "11 miners"; not a rounding's "about"), seen from this statement: no disagreement
     * between two outlets, but a revision when one outlet's copies give them ({@code Facts#differences}).
     * Only slots {@link #differences} finds no difference in.
     */
    public List<SlotDifference> revisions(Slots other) {
        List<SlotDifference> revisions = new ArrayList<>();
        Map<String, List<Quantity>> theirs = bySlot(other.quantities);
        bySlot(quantities).forEach((slot, values) -> {
            List<Quantity> others = theirs.get(slot);
            if (others == null || values.size() != 1 || others.size() != 1) {
                return;
            }
            Quantity q = values.get(0);
            Quantity r = others.get(0);
            // a bound ("at least seven") replaced by a figure: a rounding ("about 50" / "48") is no revision
            boolean bound = q.hedge().equals("atLeast") || q.hedge().equals("atMost")
                    || r.hedge().equals("atLeast") || r.hedge().equals("atMost");
            if (bound && q.value() != r.value() && q.consistentWith(r)) {
                revisions.add(new SlotDifference("number", slotName(slot), q.text(), r.text()));
            }
        });
        return revisions;
    }

    /** The words of the statement that fill a slot (for comparing what is left around them). */
    public List<String> slotWords() {
        List<String> words = new ArrayList<>();
        quantities.forEach(q -> words.add(q.text()));
        times.forEach(t -> words.add(t.text()));
        words.addAll(weekdays);
        words.addAll(tallies);
        return words;
    }

    private static TimeOfDay unmatchedTime(List<TimeOfDay> times, List<TimeOfDay> others) {
        return others.isEmpty() ? null
                : times.stream().filter(t -> others.stream().noneMatch(t::consistentWith)).findFirst().orElse(null);
    }

    private static Map<String, List<Quantity>> bySlot(List<Quantity> quantities) {
        Map<String, List<Quantity>> bySlot = new LinkedHashMap<>();
        // counts of the dead on the ground and of the dead aboard are two slots ("people on the ground")
        quantities.forEach(q -> bySlot.computeIfAbsent(q.counted(), k -> new ArrayList<>()).add(q));
        return bySlot;
    }

    /** Whether a value is the sum of a breakdown of two or more values of its slot. */
    private static boolean isTotal(Quantity total, List<Quantity> breakdown) {
        if (breakdown.size() < 2) {
            return false;
        }
        double sum = breakdown.stream().mapToDouble(Quantity::value).sum();
        return Math.abs(sum - total.value()) <= 1e-9 * Math.max(1, sum);
    }

    /** The first value that no value of the others can be. */
    private static Quantity unmatched(List<Quantity> values, List<Quantity> others) {
        for (Quantity q : values) {
            if (others.stream().noneMatch(q::consistentWith)) {
                return q;
            }
        }
        return null;
    }

    /**
     * Whether both give values and each gives one the other does not ("Thursday ... Friday" against
     * "Sunday ... Friday"); a statement that names fewer of the same days is no difference.
     */
    private static boolean apart(Set<String> a, Set<String> b) {
        return !a.isEmpty() && !b.isEmpty() && !a.containsAll(b) && !b.containsAll(a);
    }

    private static String firstNotIn(Set<String> values, Set<String> others) {
        return values.stream().filter(v -> !others.contains(v)).findFirst().orElseThrow();
    }

    /** What a number slot is of, for a reader: "worker", "amount ($)", "length". */
    static String slotName(String slot) {
        return slot.startsWith("money:") ? "amount (" + slot.substring(6) + ")" : slot;
    }
}
