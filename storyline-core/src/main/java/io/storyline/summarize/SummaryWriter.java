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
 * sentence cited to its own article and to every other article that reports the same fact, and
 * shown beside the articles that report its event with a different value in a slot (which are not
 * cited for it); sources numbered in the order they are first cited or disputing
 * ({@link SourceNumbering}). The order reads every report of an event, agreeing or not. A quotation the sentence
 * cuts is closed or opened and a connective whose sentence is not shown before it is dropped
 * ({@link StoryAnalysis#shownAfter}); the citations keep the sentences as their sources wrote them.
 */
final class SummaryWriter {

    private SummaryWriter() {
    }

    static Summary write(String method, SummaryInput input, List<AnalyzedSentence> chosen) {
        StoryAnalysis story = input.story();
        List<List<AnalyzedSentence>> reports = new ArrayList<>();
        List<List<AnalyzedSentence>> events = new ArrayList<>();
        for (AnalyzedSentence s : chosen) {
            reports.add(input.facts().reports(s));
            events.add(input.facts().reportsOfEvent(s));
        }
        List<Integer> order = StoryOrder.arrange(story, chosen, events);
        SourceNumbering numbering = SourceNumbering.byFirstCitation(story, order.stream()
                .map(i -> SourceNumbering.citedOrDisputing(reports.get(i), input.facts().disputes(chosen.get(i)))).toList());
        List<SummarySentence> sentences = new ArrayList<>();
        AnalyzedSentence previous = null;
        for (int i : order) {
            AnalyzedSentence shown = chosen.get(i);
            sentences.add(new SummarySentence(story.shownAfter(shown.text(), shown, previous),
                    numbering.cite(reports.get(i)), numbering.disputes(input.facts().disputes(shown))));
            previous = shown;
        }
        return new Summary(method, sentences, numbering.sources());
    }
}
