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
 */
public record Conflict(String kind, String slot, String value, Citation statement,
                       String otherValue, Citation otherStatement) {

    public Conflict {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(statement, "statement");
        Objects.requireNonNull(otherStatement, "otherStatement");
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
