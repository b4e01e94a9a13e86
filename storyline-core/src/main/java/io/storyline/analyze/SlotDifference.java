package io.storyline.analyze;

import java.util.Objects;

/**
 * One checkable slot two statements fill with values that cannot both be true: "three workers"
 * against "five workers", "Tuesday" against "Wednesday".
 *
 * @param kind       {@code number}, {@code day}, {@code date}, {@code time}, {@code vote}, {@code place}, {@code role},
 *                   {@code name} or {@code negation}
 * @param slot       what the values are of, in words: the noun counted ("worker"), {@code amount ($)},
 *                   {@code length}, {@code day} ...
 * @param value      the first statement's value as written
 * @param otherValue the other statement's value as written
 */
public record SlotDifference(String kind, String slot, String value, String otherValue) {

    public SlotDifference {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(otherValue, "otherValue");
    }

    /** The same difference seen from the other statement. */
    public SlotDifference reversed() {
        return new SlotDifference(kind, slot, otherValue, value);
    }
}
