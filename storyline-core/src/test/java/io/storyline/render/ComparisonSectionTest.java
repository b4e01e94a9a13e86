package io.storyline.render;

import io.storyline.Storyline;
import io.storyline.model.Digest;
import io.storyline.summarize.Budget;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ComparisonSectionTest {

    @Test
    void aDigestShowsEachMultiOutletStoryAcrossOutletsInEveryFormat() {
        // surefire runs in storyline-core/, so the bundled example is one folder up
        Digest digest = Storyline.digest(Storyline.read(Path.of("../examples/harbour-bridge")).articles(),
                Budget.words(80));
        assertThat(digest.digests()).isNotEmpty();

        String md = new DigestRenderer(List.of(new ComparisonSection())).render(digest, Format.MD);
        assertThat(md).contains("Across outlets").contains("#### Carried by every outlet");

        String html = new DigestRenderer(List.of(new ComparisonSection())).render(digest, Format.HTML);
        assertThat(Jsoup.parse(html).select("table").size()).as("the facts-by-outlet matrix").isPositive();
        assertThat(Jsoup.parse(html).select("script")).isEmpty();
        assertThat(Jsoup.parse(html).select("#compare-heading")).as("no id repeated per story").isEmpty();

        String json = new DigestRenderer(List.of(new ComparisonSection())).render(digest, Format.JSON);
        assertThat(json).contains("\"Across outlets\"").contains("\"entities\"");
    }

    @Test
    void aDigestShowsTheTimelineOfAStorySpanningSeveralDays() {
        Digest digest = Storyline.digest(Storyline.read(Path.of("../examples/harbour-bridge")).articles(),
                Budget.words(80));
        String html = new DigestRenderer(List.of(new TimelineSection())).render(digest, Format.HTML);
        assertThat(Jsoup.parse(html).select("svg").size()).as("story map and timeline picture").isGreaterThanOrEqualTo(2);
        assertThat(new DigestRenderer(List.of(new TimelineSection())).render(digest, Format.MD)).contains("Timeline");
        assertThat(new DigestRenderer(List.of(new TimelineSection())).render(digest, Format.JSON)).contains("\"Timeline\"");
    }
}
