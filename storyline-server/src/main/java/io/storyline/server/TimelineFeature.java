package io.storyline.server;

import io.storyline.model.Article;
import io.storyline.model.Summary;
import io.storyline.model.Timeline;
import io.storyline.render.OutputFormats;
import io.storyline.render.RecordType;
import io.storyline.Storyline;
import io.storyline.timeline.TimelineOptions;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The story page's timeline: the picture of coverage per day and the key dates, cited, for a story
 * whose articles were published on more than one day; its sources are numbered as the story's summary
 * numbers them (the comparison's are too), so one number is one article on the whole page.
 */
public final class TimelineFeature implements StoryFeature {

    @Override
    public String name() {
        return TIMELINE;
    }

    @Override
    public Optional<FeatureView> view(List<Article> articles, Summary summary) {
        long days = articles.stream().map(Article::published).filter(Objects::nonNull).distinct().count();
        if (days < 2) {
            return Optional.empty();
        }
        Timeline timeline = Storyline.timeline(articles, TimelineOptions.defaults());
        if (summary != null) {
            timeline = io.storyline.analyze.SourceNumbering.renumbered(timeline, summary.sources());
        }
        return Optional.of(new FeatureView(timeline, OutputFormats.HTML.render(RecordType.TIMELINE, timeline, null)));
    }
}
