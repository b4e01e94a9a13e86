package io.storyline.summarize;

import io.storyline.analyze.AnalyzedSentence;
import io.storyline.model.Article;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The lead baseline of the DUC evaluations: the opening sentences of the most recent article, then
 * of the next most recent when the first runs out. Without dates, articles are taken in input order.
 */
final class LeadSummarizer implements Summarizer {

    @Override
    public String name() {
        return "lead";
    }

    @Override
    public List<AnalyzedSentence> choose(SummaryInput input, Budget budget) {
        List<Article> articles = input.story().articles();
        List<Integer> order = new ArrayList<>();
        for (int a = 0; a < articles.size(); a++) {
            order.add(a);
        }
        Comparator<Integer> newestFirst = Comparator.comparing(
                (Integer a) -> articles.get(a).published(),
                Comparator.nullsLast(Comparator.<LocalDate>reverseOrder()));
        order.sort(newestFirst.thenComparingInt(a -> a));
        Selection selection = new Selection(input, budget);
        for (int a : order) {
            for (AnalyzedSentence s : input.story().sentencesOf(a)) {
                if (!selection.fits(s)) {
                    return selection.chosen();
                }
                selection.add(s);
            }
        }
        return selection.chosen();
    }
}
