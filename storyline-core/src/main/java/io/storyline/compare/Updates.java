package io.storyline.compare;

import io.storyline.model.Citation;
import io.storyline.model.Source;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Whether two statements that give one slot two values are an update rather than outlets disagreeing:
 * the story moving on (a count given on two publication days, "20 killed" on Monday and "25 killed" on
 * Tuesday; an event denied one day and reported the next; an office that changed hands; two live-page
 * entries stamped at two times) or one outlet revising its own copy (two copies of its story). One decision
 * for the comparison, which lists an update as such ({@link io.storyline.model.Conflict#update}), and for the
 * summary and timeline, whose notes beside a sentence say "update:" ({@link io.storyline.model.Dispute#update}).
 * Places, populations, distances and the day of a past event ({@link FixedFigures}) do not move, so they stay
 * disagreements across days; so does the settled toll of a past crash weeks on.
 */
final class Updates {

    /** Kinds of slot whose value a later report may replace: a toll that rises, a "Tuesday" of another week. */
    private static final Set<String> CHANGING_KINDS = Set.of("number", "day", "time", "date", "name", "negation");
    /** Days after a story's first article past which the toll of one craft's crash no longer moves. */
    static final int TOLL_SETTLED_DAYS = 7;

    private final Map<Integer, Source> byNumber;
    private final LocalDate start;

    /**
     * Disagreements between outlets already standing, by {@link #key}: the latest publication day of the two
     * sources of the earliest one ({@link #knowing}).
     */
    private final Map<String, LocalDate> standing;
    /**
     * Per {@link #key}, per value (lower case): the first and last publication day any report gives it ({@link #knowing}),
     * to tell a value given again after another replaced it ({@link #returned}).
     */
    private final Map<String, Map<String, LocalDate[]>> given;

    /** The decision over these sources (numbered as the statements cite them). */
    Updates(List<Source> sources) {
        this(sources.stream().collect(Collectors.toMap(Source::number, Function.identity(), (a, b) -> a)),
                sources.stream().map(Source::published).filter(Objects::nonNull).min(Comparator.naturalOrder())
                        .orElse(null),
                Map.of(), Map.of());
    }

    private Updates(Map<Integer, Source> byNumber, LocalDate start, Map<String, LocalDate> standing,
                    Map<String, Map<String, LocalDate[]>> given) {
        this.byNumber = byNumber;
        this.start = start;
        this.standing = standing;
        this.given = given;
    }

    /**
     * Measures of one thing ({@link io.storyline.analyze.Quantity}): how long, fast, wide, what share, how long it
     * lasted. Unlike a count of the dead or the trapped, which grows as the story moves on, a measure told of a
     * past happening ("the water rose 2 metres in an hour") does not move; a later report changes it only with
     * words that say so ({@link #SAYS_A_CHANGE}).
     */
    private static final Set<String> MEASURE_SLOTS = Set.of("length", "speed", "surface (square metres)", "percent",
            "duration");
    /** Words that tell a figure as changed or still moving: "has risen to", "now", "so far", "revised". */
    private static final java.util.regex.Pattern SAYS_A_CHANGE = java.util.regex.Pattern.compile(
            "(?i)\\b(?:now|so far|by then|latest|updated?|revised|(?:rose|risen|grew|grown|climbed|increased|jumped"
                    + "|fell|fallen|dropped|decreased|raised|lowered|extended|spread|expanded|swelled) to|reached"
                    + "|(?:has|have) (?:now )?(?:been )?\\w+(?:ed|en|wn|un|ung))\\b");
    private static final java.util.regex.Pattern MONTH_DAY = java.util.regex.Pattern.compile(
            "(?i)\\b(" + String.join("|", io.storyline.analyze.time.CalendarWords.MONTHS) + ")\\.?\\s+(\\d{1,2})\\b"
                    + "|\\b(\\d{1,2})\\s+(" + String.join("|", io.storyline.analyze.time.CalendarWords.MONTHS) + ")\\b");

    /**
     * As {@link #between(String, String, Citation, Citation)} for a conflict, whose values also tell which side
     * denies: an event reported one day and denied the next is no update ("the driver was arrested", then "no one
     * has been arrested": no news moves that way), only one denied first and reported after.
     */
    boolean between(io.storyline.model.Conflict c) {
        return between(c.kind(), c.slot(), c.value(), c.otherValue(), c.statement(), c.otherStatement());
    }

    /**
     * The one decision for a comparison's conflict and a summary's or timeline's note ({@code value} is the
     * statement's, {@code otherValue} the other's, as written): besides {@link #between(String, String, Citation,
     * Citation)}, a denial after another outlet's report is no update, nor an age that does not move as a
     * person ages (two years apart in a few days).
     */
    boolean between(String kind, String slot, String value, String otherValue, Citation statement, Citation other) {
        boolean outlets = statement.source() != other.source() && !sameOutlet(statement.source(), other.source());
        if (outlets) {
            LocalDate first = published(statement.source());
            LocalDate second = published(other.source());
            LocalDate stood = standing.get(key(kind, slot, value, otherValue));
            if (stood != null && first != null && second != null && !stood.isAfter(first.isBefore(second) ? first : second)) {
                return false; // two outlets gave both values by the earlier report's day: the same disagreement repeated
            }
            if (kind.equals("negation") && first != null && second != null && !first.equals(second)
                    && deniedLater(value, otherValue, first, second)) {
                return false;
            }
            if (kind.equals("number") && slot.startsWith("age") && !aged(value, otherValue, first, second)) {
                return false;
            }
            if (first != null && second != null && !first.equals(second)) {
                // a value given again after another replaced it: the story did not move, outlets disagree
                // ("four trapped" Monday, "six" Tuesday, "four" again Wednesday)
                if (returned(key(kind, slot, value, otherValue), value, otherValue)) {
                    return false;
                }
                LocalDate earlier = first.isBefore(second) ? first : second;
                // two days both past when the first report was written: the day of a past happening, which no later
                // report moves ("last inspected on 3 March" / "on 17 March", both written in April)
                if (kind.equals("date") && bothPast(value, otherValue, earlier)) {
                    return false;
                }
                // a measure of a past happening changes only where the later report says so
                if (kind.equals("number") && MEASURE_SLOTS.contains(slot)
                        && !SAYS_A_CHANGE.matcher((first.isBefore(second) ? other : statement).sentence()).find()) {
                    return false;
                }
            }
        }
        return between(kind, slot, statement, other);
    }

    /**
     * This decision, told which of {@code conflicts} are outlets disagreeing (not {@link io.storyline.model.Conflict#update}):
     * a later report that repeats a value one outlet already gave against another's on the earlier report's day
     * or before ("Tuesday" / "Wednesday" on Monday, the first outlet's "Tuesday" again on Thursday) is that
     * disagreement, not the story moving on.
     */
    Updates knowing(List<io.storyline.model.Conflict> conflicts) {
        Map<String, LocalDate> stood = new java.util.HashMap<>();
        for (io.storyline.model.Conflict c : conflicts) {
            LocalDate first = published(c.statement().source());
            LocalDate second = published(c.otherStatement().source());
            // a denial has its own direction ({@link #deniedLater}): an event denied, then reported, is news
            if (c.update() || c.kind().equals("negation") || first == null || second == null || sameOutlet(c.statement().source(), c.otherStatement().source())) {
                continue;
            }
            LocalDate both = first.isAfter(second) ? first : second;
            stood.merge(key(c.kind(), c.slot(), c.value(), c.otherValue()), both, (x, y) -> x.isBefore(y) ? x : y);
        }
        Map<String, Map<String, LocalDate[]>> seen = new java.util.HashMap<>();
        for (io.storyline.model.Conflict c : conflicts) {
            String key = key(c.kind(), c.slot(), c.value(), c.otherValue());
            see(seen, key, c.value(), published(c.statement().source()));
            see(seen, key, c.otherValue(), published(c.otherStatement().source()));
        }
        return new Updates(byNumber, start, Map.copyOf(stood), Map.copyOf(seen));
    }

    private static void see(Map<String, Map<String, LocalDate[]>> seen, String key, String value, LocalDate day) {
        if (day == null || value == null) {
            return;
        }
        LocalDate[] span = seen.computeIfAbsent(key, k -> new java.util.HashMap<>())
                .computeIfAbsent(value.toLowerCase(java.util.Locale.ROOT).strip(), v -> new LocalDate[] {day, day});
        span[0] = day.isBefore(span[0]) ? day : span[0];
        span[1] = day.isAfter(span[1]) ? day : span[1];
    }

    /**
     * Whether either value was given again, by any report, on a day after the other was first given: then the
     * other did not replace it, and the two are a disagreement whichever days they stand on.
     */
    private boolean returned(String key, String value, String otherValue) {
        Map<String, LocalDate[]> values = given.get(key);
        if (values == null) {
            return false;
        }
        LocalDate[] a = values.get(value.toLowerCase(java.util.Locale.ROOT).strip());
        LocalDate[] b = values.get(otherValue.toLowerCase(java.util.Locale.ROOT).strip());
        if (a == null || b == null) {
            return false;
        }
        return a[0].isBefore(b[0]) && a[1].isAfter(b[0]) || b[0].isBefore(a[0]) && b[1].isAfter(a[0]);
    }

    /**
     * Whether both month-days, read in the year nearest the day given (within six months of it), fall on or before
     * it; false when either is no month-day.
     */
    static boolean bothPast(String value, String otherValue, LocalDate day) {
        LocalDate a = nearest(value, day);
        LocalDate b = nearest(otherValue, day);
        return a != null && b != null && !a.isAfter(day) && !b.isAfter(day);
    }

    private static LocalDate nearest(String value, LocalDate day) {
        java.util.regex.Matcher m = MONTH_DAY.matcher(value);
        if (!m.find()) {
            return null;
        }
        String month = m.group(1) != null ? m.group(1) : m.group(4);
        int dayOfMonth = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(3));
        int monthNumber = io.storyline.analyze.time.CalendarWords.MONTHS.stream().map(x -> x.toLowerCase(java.util.Locale.ROOT))
                .toList().indexOf(month.toLowerCase(java.util.Locale.ROOT)) + 1;
        try {
            LocalDate date = LocalDate.of(day.getYear(), monthNumber, dayOfMonth);
            if (date.isAfter(day.plusMonths(6))) {
                date = date.minusYears(1);
            } else if (date.isBefore(day.minusMonths(6))) {
                date = date.plusYears(1);
            }
            return date;
        } catch (java.time.DateTimeException notADay) {
            return null;
        }
    }

    /** One key for a slot and its two values, in either order, without case. */
    private static String key(String kind, String slot, String value, String otherValue) {
        String a = value == null ? "" : value.toLowerCase(java.util.Locale.ROOT).strip();
        String b = otherValue == null ? "" : otherValue.toLowerCase(java.util.Locale.ROOT).strip();
        return kind + "|" + slot + "|" + (a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a);
    }

    /** Whether the side that denies ("not arrested") was published after the side that states. */
    private static boolean deniedLater(String value, String otherValue, LocalDate first, LocalDate second) {
        boolean firstDenies = denies(value);
        boolean otherDenies = denies(otherValue);
        if (firstDenies == otherDenies) {
            return false;
        }
        return otherDenies ? second.isAfter(first) : first.isAfter(second);
    }

    private static boolean denies(String value) {
        String v = value.toLowerCase(java.util.Locale.ROOT);
        return v.startsWith("not ") || v.equals("not") || v.startsWith("no one") || v.startsWith("nobody");
    }

    private static final java.util.regex.Pattern FIGURE = java.util.regex.Pattern.compile("\\d{1,9}"); // parses as an int

    /**
     * Whether two ages of one person can be the person growing older between two reports: one year more in the
     * later report ("82" then "83"); any other pair is outlets disagreeing.
     */
    private static boolean aged(String value, String otherValue, LocalDate first, LocalDate second) {
        java.util.regex.Matcher a = FIGURE.matcher(value);
        java.util.regex.Matcher b = FIGURE.matcher(otherValue);
        if (first == null || second == null || first.equals(second) || !a.find() || !b.find()) {
            return false;
        }
        int older = Integer.parseInt(second.isAfter(first) ? b.group() : a.group());
        int younger = Integer.parseInt(second.isAfter(first) ? a.group() : b.group());
        return older == younger + 1;
    }

    /** Whether the two statements' values of one slot of this kind are an update (class comment). */
    boolean between(String kind, String slot, Citation statement, Citation other) {
        if (statement.source() != other.source() && sameOutlet(statement.source(), other.source())) {
            return true; // an outlet's copy and its revision: the outlet does not contradict itself
        }
        if (!CHANGING_KINDS.contains(kind) || FixedFigures.isFixed(slot)) {
            return false; // a population, a distance, the day of a past event: no later report moves them
        }
        String stamp = PageStamps.entryStamp(statement.sentence());
        String otherStamp = PageStamps.entryStamp(other.sentence());
        if (stamp != null && otherStamp != null && !stamp.equals(otherStamp)) {
            return true; // live pages' entries stamped "(Update 9:08 p.m.)" and "(Update 10:37 p.m.)"
        }
        LocalDate first = published(statement.source());
        LocalDate second = published(other.source());
        if (first == null || second == null || first.equals(second)) {
            return false;
        }
        return !settledToll(kind, slot, first, second);
    }

    /**
     * Whether the conflict takes a source's citation away from the fact it disputes: a disagreement, or an
     * outlet's revised copy (its later figure does not back the earlier); another day's report is the story
     * moving on, cited as before.
     */
    boolean uncites(io.storyline.model.Conflict conflict) {
        return !conflict.update() || sameOutlet(conflict.statement().source(), conflict.otherStatement().source());
    }

    /** Whether two sources are one outlet's (named; articles naming none are each their own). */
    boolean sameOutlet(int source, int other) {
        Source a = byNumber.get(source);
        Source b = byNumber.get(other);
        return a != null && b != null && a.outletLabel().equals(b.outletLabel());
    }

    private LocalDate published(int source) {
        Source s = byNumber.get(source);
        return s == null ? null : s.published();
    }

    /**
     * Whether a count is the settled toll of a past crash: a count of those aboard or on the ground
     * ({@link io.storyline.analyze.Quantity#where}), which partitions one craft's dead, given by two articles
     * both published {@value #TOLL_SETTLED_DAYS} days or more after the story's first. A toll may rise in the
     * first days, as the injured die or the missing are found; weeks later "four on the ground" against "five
     * on the ground" is outlets disagreeing, not the story moving on. Counts without such a where (a war's
     * dead, a rising case count) are left to the day rule.
     */
    private boolean settledToll(String kind, String slot, LocalDate first, LocalDate second) {
        if (!kind.equals("number") || !(slot.contains(" on the ground") || slot.endsWith(" aboard"))) {
            return false;
        }
        LocalDate settled = start == null ? null : start.plusDays(TOLL_SETTLED_DAYS);
        return settled != null && !first.isBefore(settled) && !second.isBefore(settled);
    }
}
