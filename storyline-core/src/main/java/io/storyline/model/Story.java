package io.storyline.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One story found in a stream of articles: the articles that report the same event or developing
 * situation. Produced by {@code io.storyline.cluster}.
 *
 * @param id         stable within one run ({@code s1}, {@code s2}... in order of the story's first article)
 * @param label      a short name for the story: the headline of its most central article, else its key words
 * @param first      the earliest day of its span: its articles' publication dates and the days its undated
 *                   articles are given from their text beside the dated ones, as its timeline dates them
 *                   ({@code io.storyline.cluster.StorySpan}); {@code null} when no article is dated
 * @param last       the latest day of its span, or {@code null} when no article is dated
 * @param outlets    the outlets that report it, in order of their first article
 * @param articleIds its articles' ids, in publication order
 */
public record Story(String id, String label, LocalDate first, LocalDate last, List<String> outlets,
                    List<String> articleIds) {

    public Story {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        outlets = List.copyOf(outlets);
        articleIds = List.copyOf(articleIds);
        if (articleIds.isEmpty()) {
            throw new IllegalArgumentException("a story has at least one article");
        }
        if ((first == null) != (last == null) || (first != null && last.isBefore(first))) {
            throw new IllegalArgumentException("time span must be both dates, first <= last, or neither");
        }
    }

    /** How many articles report it. */
    public int size() {
        return articleIds.size();
    }

    public Optional<LocalDate> firstDate() {
        return Optional.ofNullable(first);
    }

    public Optional<LocalDate> lastDate() {
        return Optional.ofNullable(last);
    }
}
