package io.storyline.timeline;

import io.storyline.analyze.AnalyzedSentence;
import io.storyline.analyze.Facts;
import io.storyline.analyze.SourceNumbering;
import io.storyline.analyze.StoryAnalysis;
import io.storyline.model.DayCoverage;
import io.storyline.model.InferredDate;
import io.storyline.model.SummarySentence;
import io.storyline.model.Timeline;
import io.storyline.model.TimelineEntry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the chosen sentences of each date into the {@link Timeline} a reader sees: each sentence
 * cited to its own article and to every other article reporting the same fact, with the articles
 * that report its event with a different value beside it (not cited), sources numbered in
 * the order they are first cited (as a summary's are, {@link SourceNumbering}).
 */
final class TimelineWriter {

    private TimelineWriter() {
    }

    static Timeline write(StoryAnalysis story, Facts facts, Map<LocalDate, List<AnalyzedSentence>> chosen,
                          List<DayCoverage> coverage, List<String> undated, List<InferredDate> inferred) {
        Map<Integer, List<AnalyzedSentence>> reports = new LinkedHashMap<>();
        Map<Integer, List<AnalyzedSentence>> numbered = new LinkedHashMap<>();
        for (List<AnalyzedSentence> day : chosen.values()) {
            for (AnalyzedSentence s : day) {
                List<AnalyzedSentence> cited = facts.reports(s);
                reports.put(s.id(), cited);
                numbered.put(s.id(), SourceNumbering.citedOrDisputing(cited, facts.disputes(s)));
            }
        }
        SourceNumbering numbering = SourceNumbering.byFirstCitation(story, List.copyOf(numbered.values()));
        FusedLines fused = FusedLines.of(story.articles());
        List<TimelineEntry> entries = new ArrayList<>();
        chosen.forEach((date, day) -> {
            List<SummarySentence> sentences = new ArrayList<>();
            AnalyzedSentence previous = null;
            for (AnalyzedSentence s : day) {
                sentences.add(new SummarySentence(story.shownAfter(ShownText.display(story, s, fused), s, previous),
                        numbering.cite(reports.get(s.id())), numbering.disputes(facts.disputes(s))));
                previous = s;
            }
            entries.add(new TimelineEntry(date, sentences));
        });
        return new Timeline(entries, numbering.sources(), coverage, undated, inferred);
    }
}
