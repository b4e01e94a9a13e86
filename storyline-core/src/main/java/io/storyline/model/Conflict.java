package io.storyline.model;

import java.util.Objects;

/**
 * Two sources that report the same fact with different values in the same slot: a death toll, a
 * day, a name, a place. Differences of rounding or units are never conflicts.
 *
 * @param kind      {@code number}, {@code day}, {@code date}, {@code name} or {@code place}
 * @param slot      what the values are of, in words ("civilians", "day", "foreign minister")
 * @param value     the value in the first statement, as written
 * @param statement the first statement, with its source
 * @param otherValue     the value in the other statement, as written
 * @param otherStatement the other statement, with its source
 * @param update    whether the two are the story moving on or an outlet revising its copy rather than outlets
 *                  disagreeing: a count given on two publication days, two copies of one outlet's story
 *                  (listed as an update, never as a contradiction); in JSON {@code "update": true}, left out when false
 */
public record Conflict(String kind, String slot, String value, Citation statement,
                       String otherValue, Citation otherStatement,
                       @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_DEFAULT)
                       boolean update) {

    /** Outlets disagreeing (not an update). */
    public Conflict(String kind, String slot, String value, Citation statement, String otherValue,
                    Citation otherStatement) {
        this(kind, slot, value, statement, otherValue, otherStatement, false);
    }

    public Conflict {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(otherStatement, "otherStatement");
    }

    /** The same two statements and values, as an update ({@link #update}). */
    public Conflict asUpdate() {
        return new Conflict(kind, slot, value, statement, otherValue, otherStatement, true);
    }

    /**
     * What differs, for a reader: "number (civilians)", "name (foreign minister)"; "day", not "day (day)";
     * "amount ($)", not "number (amount ($))".
     */
    public String label() {
        if (slot.isBlank() || slot.equals(kind)) {
            return kind;
        }
        return slot.startsWith("amount") ? slot : kind + " (" + slot + ")";
    }
}
