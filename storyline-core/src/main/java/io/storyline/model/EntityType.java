package io.storyline.model;

/** What kind of thing an {@link Entity} names, as far as the evidence in the text allows. */
public enum EntityType {
    PERSON, PLACE, ORGANISATION,
    /** A proper name with no evidence for any of the other types. */
    OTHER;

    /** Lower-case name used in JSON and on screen ("person", "place", "organisation", "other"). */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
