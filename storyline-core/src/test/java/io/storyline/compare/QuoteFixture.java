package io.storyline.compare;

import io.storyline.analyze.SourceNumbering;
import io.storyline.analyze.StoryAnalysis;
import io.storyline.model.Article;
import io.storyline.model.Quote;

import java.util.List;

/** The quotes the comparison finds in invented articles, for the quote tests. */
final class QuoteFixture {

    private QuoteFixture() {
    }

    static List<Quote> quotes(List<Article> articles) {
        StoryAnalysis story = StoryAnalysis.of(articles);
        SourceNumbering numbers = SourceNumbering.following(story, List.of());
        return new QuoteFinder(story, StoryEntities.of(story, numbers), numbers).find();
    }

    /** The speaker of the first quote holding {@code words}, or null. */
    static String speakerOf(List<Quote> quotes, String words) {
        return quotes.stream().filter(q -> q.text().contains(words)).map(Quote::speaker).findFirst().orElse(null);
    }
}
