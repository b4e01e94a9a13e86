package io.storyline;

import io.storyline.analyze.AnalyzedSentence;
import io.storyline.analyze.StoryAnalysis;
import io.storyline.model.Article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The short invented articles rule tests are written on (captions, headlines, fused lines, quote
 * speakers): each text one article of one story, with ids {@code a0}, {@code a1}... and files
 * {@code a0.txt}..., so the tests say only what matters to the rule.
 */
public final class InventedStory {

    private InventedStory() {
    }

    /** The texts as articles of one outlet, published on {@code day} (null: undated), untitled. */
    public static List<Article> articles(String outlet, LocalDate day, String... texts) {
        return titled(outlet, null, day, texts);
    }

    /** As {@link #articles}, every article with {@code title} as its headline. */
    public static List<Article> titled(String outlet, String title, LocalDate day, String... texts) {
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            articles.add(new Article("a" + i, outlet, null, title, day, texts[i], "a" + i + ".txt"));
        }
        return articles;
    }

    /** The analysed story of the articles. */
    public static StoryAnalysis analysis(List<Article> articles) {
        return StoryAnalysis.of(articles);
    }

    /** The story's first sentence that starts with {@code start}. */
    public static AnalyzedSentence sentence(StoryAnalysis story, String start) {
        return story.sentences().stream().filter(s -> s.text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no sentence starts with '" + start + "'"));
    }
}
