package io.storyline.summarize;

import io.storyline.analyze.AnalyzedSentence;
import io.storyline.analyze.StoryAnalysis;
import io.storyline.model.Article;
import io.storyline.model.Citation;
import io.storyline.model.Source;
import io.storyline.model.Summary;
import io.storyline.model.SummarySentence;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a method's chosen sentences into the {@link Summary} a reader sees: ordered as a story, each
 * sentence cited to its own article and to every other article that reports the same fact, sources
 * numbered in the order they are first cited. A quotation the sentence cuts is closed or opened and a
 * connective whose sentence is not shown before it is dropped ({@link StoryAnalysis#shownAfter}); the
 * citations keep the sentences as their sources wrote them.
 */
final class SummaryWriter {

    private SummaryWriter() {
    }

    static Summary write(String method, SummaryInput input, List<AnalyzedSentence> chosen) {
        StoryAnalysis story = input.story();
        List<List<AnalyzedSentence>> reports = new ArrayList<>();
        for (AnalyzedSentence s : chosen) {
            List<AnalyzedSentence> all = new ArrayList<>();
            all.add(s);
            all.addAll(input.facts().reportsElsewhere(s));
            reports.add(all);
        }
        List<Integer> order = StoryOrder.arrange(story, chosen, reports);

        Map<Integer, Integer> numberOfArticle = new LinkedHashMap<>();
        for (int i : order) {
            for (AnalyzedSentence r : reports.get(i)) {
                numberOfArticle.putIfAbsent(r.article(), numberOfArticle.size() + 1);
            }
        }
        for (int a = 0; a < story.articles().size(); a++) {
            numberOfArticle.putIfAbsent(a, numberOfArticle.size() + 1);
        }
        List<SummarySentence> sentences = new ArrayList<>();
        AnalyzedSentence previous = null;
        for (int i : order) {
            List<Citation> citations = new ArrayList<>();
            for (AnalyzedSentence r : reports.get(i)) {
                citations.add(new Citation(numberOfArticle.get(r.article()), r.position(), r.text()));
            }
            AnalyzedSentence shown = chosen.get(i);
            sentences.add(new SummarySentence(story.shownAfter(shown.text(), shown, previous), citations));
            previous = shown;
        }
        List<Source> sources = new ArrayList<>();
        numberOfArticle.forEach((article, number) -> {
            Article a = story.articles().get(article);
            sources.add(Source.of(number, a));
        });
        return new Summary(method, sentences, sources);
    }
}
