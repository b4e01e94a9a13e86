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
 */
public record Dispute(@JsonUnwrapped Citation citation, String kind, String slot, String shownValue, String value) {

    public Dispute {
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(slot, "slot");
        Objects.requireNonNull(shownValue, "shownValue");
        Objects.requireNonNull(value, "value");
    }
}
