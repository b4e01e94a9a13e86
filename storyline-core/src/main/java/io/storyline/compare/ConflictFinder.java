package io.storyline.compare;

import io.storyline.model.Citation;
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
 * days or dates only when each sentence gives exactly one; names only for the same role held now
 * (not "former"); places only when both are countries named after the same event word.
 */
final class ConflictFinder {

    private static final Set<String> PLACE_PREPOSITIONS = Set.of("to", "in", "into", "from", "near");

    private final StoryEntities entities;
    private final int[] sourceNumbers;

    ConflictFinder(StoryEntities entities, int[] sourceNumbers) {
        this.entities = entities;
        this.sourceNumbers = sourceNumbers;
    }

    List<Conflict> between(Report a, Report b) {
        List<Conflict> conflicts = new ArrayList<>();
        for (Quantity q : a.quantities()) {
            for (Quantity r : b.quantities()) {
                if (q.slot().equals(r.slot()) && !q.consistentWith(r) && sameCount(a, b, q, r)) {
                    conflicts.add(conflict("number", slotName(q.slot()), q.text(), a, r.text(), b));
                }
            }
        }
        if (a.days().size() == 1 && b.days().size() == 1 && !a.days().equals(b.days())) {
            conflicts.add(conflict("day", "day", a.days().get(0), a, b.days().get(0), b));
        }
        if (a.dates().size() == 1 && b.dates().size() == 1 && !a.dates().equals(b.dates())) {
            conflicts.add(conflict("date", "date", a.dates().get(0), a, b.dates().get(0), b));
        }
        names(a, b, conflicts);
        places(a, b, conflicts);
        return conflicts;
    }

    /** Two counts of one noun are of one thing only when the sentences share an event word or more. */
    private static boolean sameCount(Report a, Report b, Quantity q, Quantity r) {
        if (q.slot().equals("duration")) {
            return true;
        }
        for (String event : a.events()) {
            if (b.events().contains(event)) {
                return true;
            }
        }
        return false;
    }

    private void names(Report a, Report b, List<Conflict> conflicts) {
        for (StoryEntities.Mention m : entities.mentions(a.sentence().id())) {
            if (m.name().role() == null || m.name().former() || m.name().roleOnly() || m.entity() < 0) {
                continue;
            }
            for (StoryEntities.Mention n : entities.mentions(b.sentence().id())) {
                if (n.name().roleOnly() || n.name().former() || n.entity() < 0 || n.entity() == m.entity()
                        || !Objects.equals(m.name().role(), n.name().role())
                        || !roleIsSpecific(m.name().role())) {
                    continue;
                }
                conflicts.add(conflict("name", m.name().role(), entities.entities().get(m.entity()).name(), a,
                        entities.entities().get(n.entity()).name(), b));
            }
        }
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

    /** The one country named after a preposition of place, when there is exactly one. */
    private String eventPlace(Report report) {
        String text = report.sentence().text();
        String found = null;
        for (StoryEntities.Mention m : entities.mentions(report.sentence().id())) {
            if (m.entity() < 0 || entities.entities().get(m.entity()).type() != EntityType.PLACE
                    || !Lexicon.isCountry(Lexicon.lower(m.name().text()))) {
                continue;
            }
            String before = text.substring(0, m.name().start()).stripTrailing();
            int space = before.lastIndexOf(' ');
            String preposition = Lexicon.lower(before.substring(space + 1));
            if (!PLACE_PREPOSITIONS.contains(preposition)) {
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

    private static String slotName(String slot) {
        if (slot.startsWith("money:")) {
            return "amount (" + slot.substring(6) + ")";
        }
        return slot;
    }

    private Conflict conflict(String kind, String slot, String value, Report a, String otherValue, Report b) {
        return new Conflict(kind, slot, value, citation(a), otherValue, citation(b));
    }

    private Citation citation(Report report) {
        return new Citation(sourceNumbers[report.article()], report.sentence().position(), report.sentence().text());
    }
}
