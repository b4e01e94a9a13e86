package io.storyline.server;

import io.storyline.Storyline;
import io.storyline.model.Article;
import io.storyline.model.Comparison;
import io.storyline.model.Summary;
import io.storyline.summarize.Budget;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ComparisonFeatureTest {

    @Test
    void aStoryToldByManyOutletsGetsItsMatrixAndOneOutletGetsNone() {
        // surefire runs in storyline-server/, so the bundled example is one folder up
        List<Article> articles = Storyline.read(Path.of("../examples/harbour-bridge")).articles();
        Summary summary = Storyline.summarize(articles, Budget.words(100));
        FeatureView view = new ComparisonFeature().view(articles, summary).orElseThrow();
        assertThat(view.data()).isInstanceOf(Comparison.class);
        assertThat(Jsoup.parse(view.html()).select("table")).isNotEmpty();
        assertThat(Jsoup.parse(view.html()).select("script")).isEmpty();

        List<Article> one = List.of(articles.get(0));
        assertThat(new ComparisonFeature().view(one, Storyline.summarize(one, Budget.words(60)))).isEmpty();
    }

    @Test
    void aStoryOverSeveralDaysGetsItsTimelinePicture() {
        List<Article> articles = Storyline.read(Path.of("../examples/harbour-bridge")).articles();
        Summary summary = Storyline.summarize(articles, Budget.words(100));
        FeatureView view = new TimelineFeature().view(articles, summary).orElseThrow();
        assertThat(view.data()).isInstanceOf(io.storyline.model.Timeline.class);
        assertThat(Jsoup.parse(view.html()).select("svg")).isNotEmpty();
        assertThat(Jsoup.parse(view.html()).select("script")).isEmpty();
    }
}
