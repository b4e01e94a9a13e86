package io.storyline.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * One story as the job writes it.
 *
 * @param id         {@code s1}, {@code s2}... in order of the story's first article, as the CLI numbers them
 * @param label      the core's label of the story (of its biggest part when blocks were joined)
 * @param first      earliest publication date, or null when no article is dated
 * @param last       latest publication date, or null
 * @param outlets    outlets in order of their first article
 * @param articleIds articles in publication order
 * @param summary    the cited summary, or an empty list for stories too small to summarize
 * @param summaryMarkdown the summary rendered as the CLI's Markdown, or null
 * @param timeline   articles per day, oldest first (empty when undated)
 * @param parts      how many per-block stories were joined into this one (1 when none)
 */
record StoryRow(String id, String label, LocalDate first, LocalDate last, List<String> outlets,
                List<String> articleIds, List<Sentence> summary, String summaryMarkdown, List<Day> timeline,
                int parts) implements Serializable {

    /** A summary sentence and the ids of the articles cited for it, its own source first. */
    record Sentence(String text, List<String> citedArticleIds) implements Serializable {
    }

    /** How many articles, from how many outlets, a story had on one day. */
    record Day(LocalDate date, int articles, int outlets) implements Serializable {
    }

    StoryRow withId(String newId) {
        return new StoryRow(newId, label, first, last, outlets, articleIds, summary, summaryMarkdown, timeline, parts);
    }
}
