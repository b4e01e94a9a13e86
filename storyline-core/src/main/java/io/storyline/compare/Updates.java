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

    /** The decision over these sources (numbered as the statements cite them). */
    Updates(List<Source> sources) {
        this.byNumber = sources.stream().collect(Collectors.toMap(Source::number, Function.identity(), (a, b) -> a));
        this.start = sources.stream().map(Source::published).filter(Objects::nonNull).min(Comparator.naturalOrder())
                .orElse(null);
    }

    /**
     * As {@link #between(String, String, Citation, Citation)} for a conflict, whose values also tell which side
     * denies: an event reported one day and denied the next is no update ("the driver was arrested", then "no one
     * has been arrested": no news moves that way), only one denied first and reported after.
     */
    boolean between(io.storyline.model.Conflict c) {
        if (c.kind().equals("negation") && c.statement().source() != c.otherStatement().source()
                && !sameOutlet(c.statement().source(), c.otherStatement().source())) {
            LocalDate first = published(c.statement().source());
            LocalDate second = published(c.otherStatement().source());
            if (first != null && second != null && !first.equals(second) && deniedLater(c, first, second)) {
                return false;
            }
        }
        return between(c.kind(), c.slot(), c.statement(), c.otherStatement());
    }

    /** Whether the side that denies ("not arrested") was published after the side that states. */
    private static boolean deniedLater(io.storyline.model.Conflict c, LocalDate first, LocalDate second) {
        boolean firstDenies = c.value().startsWith("not ") || c.value().equals("not");
        boolean otherDenies = c.otherValue().startsWith("not ") || c.otherValue().equals("not");
        if (firstDenies == otherDenies) {
            return false;
        }
        return otherDenies ? second.isAfter(first) : first.isAfter(second);
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
