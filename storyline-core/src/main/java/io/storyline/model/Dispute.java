package io.storyline.model;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import java.util.Objects;

/**
 * A source that reports a shown sentence's event with a different value in one slot: what it says
 * instead, beside the citations of the sources that agree ("[1][3] (2 says five workers)").
 *
 * @param citation   the disputing source and its sentence (in JSON its {@code source}, {@code sentenceIndex} and
 *                   {@code sentence} stand beside the other keys, as docs/FORMATS.md shows)
 * @param kind       {@code number}, {@code day}, {@code date}, {@code time}, {@code vote}, {@code name} or {@code place}
 * @param slot       what the values are of ("worker", "amount ($)", "day")
 * @param shownValue the value in the sentence shown, as written
 * @param value      the disputing source's value, as written
 * @param update     whether the disputing source is the story moving on or its outlet's revised copy, not an
 *                   outlet disagreeing ({@link Conflict#update}): shown "(update: 2 says 25 people)"; in JSON
 *                   {@code "update": true}, left out when false
 */
public record Dispute(@JsonUnwrapped Citation citation, String kind, String slot, String shownValue, String value,
                      @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_DEFAULT)
                      boolean update) {

    /** An outlet disagreeing (not an update). */
    public Dispute(Citation citation, String kind, String slot, String shownValue, String value) {
        this(citation, kind, slot, shownValue, value, false);
    }

    /** The same dispute, as an update ({@link #update}). */
    public Dispute asUpdate() {
        return new Dispute(citation, kind, slot, shownValue, value, true);
    }

    public Dispute {
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(shownValue, "shownValue");
        Objects.requireNonNull(value, "value");
        shownValue = midSentence(shownValue);
        value = midSentence(value);
    }

    /**
     * Words that a value's first word is only capitalised for when it opened its sentence ("Some 20,000
     * people were evacuated"): hedges, number words and articles. Names ("Tuesday", "Lyon") keep theirs.
     */
    private static final java.util.Set<String> OPENING_WORDS = java.util.Set.of("about", "around", "nearly", "almost",
            "roughly", "approximately", "some", "more", "over", "at", "up", "as", "fewer", "less", "under", "close",
            "an", "a", "the", "just", "several", "not", "one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty",
            "ninety", "hundred", "hundreds", "thousand", "thousands", "dozen", "dozens", "only", "estimated");

    /** The value as it reads inside a note: "2 says some 20,000 people", not "2 says Some 20,000 people". */
    static String midSentence(String value) {
        int end = 0;
        while (end < value.length() && Character.isLetter(value.charAt(end))) {
            end++;
        }
        if (end < 1 || !Character.isUpperCase(value.charAt(0))
                || !value.substring(1, end).equals(value.substring(1, end).toLowerCase(java.util.Locale.ROOT))
                || !OPENING_WORDS.contains(value.substring(0, end).toLowerCase(java.util.Locale.ROOT))) {
            return value;
        }
        return Character.toLowerCase(value.charAt(0)) + value.substring(1);
    }
}
