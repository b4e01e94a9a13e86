package io.storyline.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A publication date an undated article was given from its own text, read beside the dates of the
 * story's other articles.
 *
 * @param origin   where the article was read from
 * @param date     the day it is taken to be published
 * @param evidence the words that gave it, for the reader to check ("said Friday", beside articles of
 *                 11 to 12 March)
 */
public record InferredDate(String origin, LocalDate date, String evidence) {

    public InferredDate {
        Objects.requireNonNull(origin, "origin");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(evidence, "evidence");
    }
}
