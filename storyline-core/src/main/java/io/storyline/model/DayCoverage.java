package io.storyline.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How much the sources say about one day: the articles published on it, and the articles from
 * other days that refer to it ("on Thursday", "March 19"), each counted once.
 */
public record DayCoverage(LocalDate date, int articles, int mentions) {

    public DayCoverage {
        Objects.requireNonNull(date, "date");
    }
}
