package io.storyline.render;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.storyline.model.StoryDigest;
import io.storyline.model.Timeline;
import io.storyline.timeline.NoDatedArticlesException;
import io.storyline.timeline.TimelineBuilder;
import io.storyline.timeline.TimelineOptions;

import java.io.UncheckedIOException;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A digest's timeline of each story whose coverage spans several days: the picture of coverage
 * per day and the key dates with cited sentences, with the timeline's default size.
 */
public final class TimelineSection implements StorySection {

    private final Map<StoryDigest, Optional<Timeline>> timelines = new IdentityHashMap<>();

    @Override
    public String heading() {
        return "Timeline";
    }

    @Override
    public Optional<String> markdown(StoryDigest story) {
        return timeline(story).map(t -> {
            String full = TimelineMarkdown.render(t, RenderOptions.defaults());
            String body = full.substring(full.indexOf('\n') + 1).strip();
            return body.replaceAll("(?m)^## ", "#### ") + "\n";
        });
    }

    @Override
    public Optional<String> html(StoryDigest story) {
        return timeline(story).map(TimelineHtml::fragment);
    }

    @Override
    public String style() {
        return TimelineHtml.style();
    }

    @Override
    public Optional<Object> json(StoryDigest story) {
        return timeline(story).map(t -> {
            try {
                return new ObjectMapper().readTree(TimelineJson.render(t, RenderOptions.defaults()));
            } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    private synchronized Optional<Timeline> timeline(StoryDigest story) {
        return timelines.computeIfAbsent(story, s -> {
            if (s.story().first() == null || s.story().last() == null
                    || !s.story().last().isAfter(s.story().first())) {
                return Optional.empty(); // one day, or undated: nothing to put on a time axis
            }
            try {
                return Optional.of(new TimelineBuilder(TimelineOptions.defaults()).build(s.articles()));
            } catch (NoDatedArticlesException undated) {
                return Optional.empty();
            }
        });
    }
}
