package io.storyline.timeline;

import io.storyline.analyze.AnalyzedSentence;
import io.storyline.analyze.StoryAnalysis;
import io.storyline.model.Citation;
import io.storyline.model.DayCoverage;
import io.storyline.model.Source;
import io.storyline.model.SummarySentence;
import io.storyline.model.Timeline;
import io.storyline.model.TimelineEntry;
import io.storyline.summarize.Facts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the chosen sentences of each date into the {@link Timeline} a reader sees: each sentence
 * cited to its own article and to every other article reporting the same fact, sources numbered in
 * the order they are first cited (as a summary's are).
 */
final class TimelineWriter {

    private TimelineWriter() {
    }

    static Timeline write(StoryAnalysis story, Facts facts, Map<LocalDate, List<AnalyzedSentence>> chosen,
                          List<DayCoverage> coverage, List<String> undated) {
        Map<Integer, Integer> numberOfArticle = new LinkedHashMap<>();
        Map<Integer, List<AnalyzedSentence>> reports = new LinkedHashMap<>();
        for (List<AnalyzedSentence> day : chosen.values()) {
            for (AnalyzedSentence s : day) {
                List<AnalyzedSentence> all = new ArrayList<>();
                all.add(s);
                all.addAll(facts.reportsElsewhere(s));
                reports.put(s.id(), all);
                for (AnalyzedSentence r : all) {
                    numberOfArticle.putIfAbsent(r.article(), numberOfArticle.size() + 1);
                }
            }
        }
        for (int a = 0; a < story.articles().size(); a++) {
            numberOfArticle.putIfAbsent(a, numberOfArticle.size() + 1);
        }
        List<TimelineEntry> entries = new ArrayList<>();
        chosen.forEach((date, day) -> {
            List<SummarySentence> sentences = new ArrayList<>();
            AnalyzedSentence previous = null;
            for (AnalyzedSentence s : day) {
                List<Citation> citations = new ArrayList<>();
                for (AnalyzedSentence r : reports.get(s.id())) {
                    citations.add(new Citation(numberOfArticle.get(r.article()), r.position(), r.text()));
                }
                sentences.add(new SummarySentence(story.shownAfter(EntryText.of(s.text()), s, previous), citations));
                previous = s;
            }
            entries.add(new TimelineEntry(date, sentences));
        });
        List<Source> sources = new ArrayList<>();
        numberOfArticle.forEach((article, number) -> sources.add(Source.of(number, story.articles().get(article))));
        return new Timeline(entries, sources, coverage, undated);
    }
}
