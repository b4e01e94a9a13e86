package io.storyline.summarize;

import io.storyline.analyze.AnalyzedSentence;
import io.storyline.analyze.StoryAnalysis;
import io.storyline.model.Article;
import io.storyline.model.Summary;

import java.util.List;

/** One story's articles in, its cited summary out: analysis, a method's choice, order and citations. */
public final class StorySummarizer {

    private final Summarizer method;

    public StorySummarizer(Summarizer method) {
        this.method = method;
    }

    public Summary summarize(List<Article> articles, Budget budget) {
        SummaryInput input = SummaryInput.of(StoryAnalysis.of(articles));
        List<AnalyzedSentence> chosen = method.choose(input, budget);
        return SummaryWriter.write(method.name(), input, chosen);
    }
}
