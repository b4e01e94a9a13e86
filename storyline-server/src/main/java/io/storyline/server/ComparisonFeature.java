package io.storyline.server;

import io.storyline.Storyline;
import io.storyline.model.Article;
import io.storyline.model.Comparison;
import io.storyline.model.Summary;
import io.storyline.render.OutputFormats;

import java.util.List;
import java.util.Optional;

/**
 * The story page's "across outlets" place: entities, who said what, the matrix of facts by outlet
 * and the conflicts, numbered like the story's summary. A story told by one outlet has none.
 */
public final class ComparisonFeature implements StoryFeature {

    @Override
    public String name() {
        return COMPARISON;
    }

    @Override
    public Optional<FeatureView> view(List<Article> articles, Summary summary) {
        Comparison comparison = Storyline.compare(articles, summary);
        if (comparison.outletCount() < 2) {
            return Optional.empty();
        }
        return Optional.of(new FeatureView(comparison, Storyline.render(comparison, OutputFormats.HTML)));
    }
}
