package io.storyline.summarize;

import io.storyline.analyze.AnalyzedSentence;
import io.storyline.analyze.SourceNumbering;
import io.storyline.analyze.StoryAnalysis;
import io.storyline.model.Summary;
import io.storyline.model.SummarySentence;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a method's chosen sentences into the {@link Summary} a reader sees: ordered as a story, each
 * sentence cited to its own article and to every other article that reports the same fact, sources
 * numbered in the order they are first cited ({@link SourceNumbering}). A quotation the sentence
 * cuts is closed or opened and a connective whose sentence is not shown before it is dropped
 * ({@link StoryAnalysis#shownAfter}); the citations keep the sentences as their sources wrote them.
 */
final class SummaryWriter {

    private SummaryWriter() {
    }

    static Summary write(String method, SummaryInput input, List<AnalyzedSentence> chosen) {
        StoryAnalysis story = input.story();
        List<List<AnalyzedSentence>> reports = new ArrayList<>();
        for (AnalyzedSentence s : chosen) {
            reports.add(input.facts().reports(s));
        }
        List<Integer> order = StoryOrder.arrange(story, chosen, reports);
        SourceNumbering numbering = SourceNumbering.byFirstCitation(story, order.stream().map(reports::get).toList());
        List<SummarySentence> sentences = new ArrayList<>();
        AnalyzedSentence previous = null;
        for (int i : order) {
            AnalyzedSentence shown = chosen.get(i);
            sentences.add(new SummarySentence(story.shownAfter(shown.text(), shown, previous),
                    numbering.cite(reports.get(i))));
            previous = shown;
        }
        return new Summary(method, sentences, numbering.sources());
    }
}
