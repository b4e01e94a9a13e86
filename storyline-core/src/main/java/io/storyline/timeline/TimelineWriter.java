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

    /** How much of a sentence's opening is looked for after a line break. */
    private static final int PARAGRAPH_PROBE = 40;

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
                sentences.add(new SummarySentence(story.shownAfter(shown(story, s, fused), s, previous),
                        numbering.cite(reports.get(s.id())), numbering.disputes(facts.disputes(s))));
                previous = s;
            }
            entries.add(new TimelineEntry(date, sentences));
        });
        return new Timeline(entries, numbering.sources(), coverage, undated, inferred);
    }

    /** The sentence without page furniture in front of it, nor the lines a scrape fused onto it. */
    private static String shown(StoryAnalysis story, AnalyzedSentence s, FusedLines fused) {
        String text = fused.lastSentence(EntryText.of(s.text()));
        return EntryText.of(opensParagraph(story, s) ? fused.leadOfParagraph(text) : text);
    }

    /** Whether the sentence is the first of its article or of one of its paragraphs (a line of the text). */
    static boolean opensParagraph(StoryAnalysis story, AnalyzedSentence s) {
        if (s.position() == 0) {
            return true;
        }
        String text = s.text().strip();
        String opening = text.substring(0, Math.min(text.length(), PARAGRAPH_PROBE));
        return story.articles().get(s.article()).text().contains("\n" + opening);
    }
}
