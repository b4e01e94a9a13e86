package io.storyline.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * One storyline as the job writes it: events (stories) of one continuing subject, linked by the
 * core ({@code io.storyline.cluster}) in each block and joined across blocks through the stories
 * their events make up. A corpus of one block gets the very storylines {@code storyline cluster} gives.
 *
 * @param id          {@code L1}, {@code L2}... in order of the storyline's first article, as the CLI numbers them
 * @param label       the core's label (that of the biggest per-block storyline when blocks were joined)
 * @param first       the earliest date of its span (the core's span, robust to a date decades away), or null
 * @param last        the latest date of its span, or null
 * @param storyIds    its stories, in time order (the order of their first article)
 * @param articles    how many articles it holds
 * @param undated     how many of them carry no date (they joined by content alone)
 * @param outsideSpan how many dated articles lie outside the span
 */
record StorylineRow(String id, String label, LocalDate first, LocalDate last, List<String> storyIds, int articles,
                    int undated, int outsideSpan) implements Serializable {

    /** The storyline of these stories, labelled and spanned by its per-block storylines. */
    static StorylineRow of(List<StoryRow> stories, List<StoryPipeline.LinePart> parts) {
        List<StoryRow> ordered = stories.stream().sorted(Comparator.comparingLong(StorylineRow::number)).toList();
        StoryPipeline.LinePart biggest = parts.stream().min(Comparator.comparingInt(StoryPipeline.LinePart::articles)
                .reversed().thenComparing(StoryPipeline.LinePart::key)).orElseThrow();
        LocalDate first = parts.stream().map(StoryPipeline.LinePart::first).filter(java.util.Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
        LocalDate last = parts.stream().map(StoryPipeline.LinePart::last).filter(java.util.Objects::nonNull)
                .max(Comparator.naturalOrder()).orElse(null);
        int articles = 0;
        int dated = 0;
        int outside = 0;
        for (StoryRow story : ordered) {
            articles += story.articleIds().size();
            for (StoryRow.Day day : story.timeline()) {
                dated += day.articles();
                if (first == null || day.date().isBefore(first) || day.date().isAfter(last)) {
                    outside += day.articles();
                }
            }
        }
        return new StorylineRow("", biggest.label(), first, last, ordered.stream().map(StoryRow::id).toList(),
                articles, articles - dated, outside);
    }

    /** The number of a story id {@code sN}. */
    private static long number(StoryRow story) {
        return Long.parseLong(story.id().substring(1));
    }

    /** The number of its first story, which orders storylines by their first article. */
    long firstStoryNumber() {
        return Long.parseLong(storyIds.get(0).substring(1));
    }

    StorylineRow withId(String newId) {
        return new StorylineRow(newId, label, first, last, storyIds, articles, undated, outsideSpan);
    }
}
