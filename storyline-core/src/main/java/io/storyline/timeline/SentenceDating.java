package io.storyline.timeline;

import io.storyline.analyze.AnalyzedSentence;
import io.storyline.analyze.StoryAnalysis;
import io.storyline.analyze.time.TimeExpressions;
import io.storyline.analyze.time.TimeReference;
import io.storyline.model.Article;
import io.storyline.model.DayCoverage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The day each sentence of a story is about, and how much the story says about each day. A
 * sentence is about the first day it names (outside quotes, within the story's time span), else,
 * when it names no other time at all, about its article's publication day. A day's mentions are the
 * articles of other days that name it, each counted once: one retrospective that names a day in
 * every paragraph is one voice, and counting its sentences let such pieces outrank the days many
 * outlets returned to (on Timeline17, date F1 0.562 → 0.600).
 */
final class SentenceDating {

    /** Days named this long before the first publication still count (background of the story). */
    static final int LOOK_BACK_DAYS = 31;

    private final LocalDate[] mentioned;
    private final LocalDate[] published;
    private final boolean[] namesOtherTime;
    private final Map<LocalDate, int[]> coverage;

    private SentenceDating(LocalDate[] mentioned, LocalDate[] published, boolean[] namesOtherTime,
                           Map<LocalDate, int[]> coverage) {
        this.mentioned = mentioned;
        this.published = published;
        this.namesOtherTime = namesOtherTime;
        this.coverage = coverage;
    }

    static SentenceDating of(StoryAnalysis story, TimeExpressions resolver) {
        List<Article> articles = story.articles();
        LocalDate first = null;
        LocalDate last = null;
        for (Article a : articles) {
            if (a.published() != null) {
                first = first == null || a.published().isBefore(first) ? a.published() : first;
                last = last == null || a.published().isAfter(last) ? a.published() : last;
            }
        }
        int n = story.sentences().size();
        LocalDate[] mentioned = new LocalDate[n];
        LocalDate[] published = new LocalDate[n];
        boolean[] other = new boolean[n];
        Map<LocalDate, int[]> coverage = new TreeMap<>();
        for (Article a : articles) {
            if (a.published() != null) {
                coverage.computeIfAbsent(a.published(), d -> new int[2])[0]++;
            }
        }
        if (first == null) {
            return new SentenceDating(mentioned, published, other, coverage);
        }
        LocalDate from = first.minusDays(LOOK_BACK_DAYS);
        Set<String> counted = new HashSet<>();
        for (AnalyzedSentence s : story.sentences()) {
            LocalDate pub = articles.get(s.article()).published();
            published[s.id()] = pub;
            if (pub == null) {
                continue;
            }
            for (TimeReference r : resolver.resolve(s.text(), pub)) {
                if (r.quoted()) {
                    continue;
                }
                if (r.isDay() && !r.date().isBefore(from) && !r.date().isAfter(last)) {
                    if (mentioned[s.id()] == null) {
                        mentioned[s.id()] = r.date();
                        if (!r.date().equals(pub) && counted.add(s.article() + "|" + r.date())) {
                            coverage.computeIfAbsent(r.date(), d -> new int[2])[1]++;
                        }
                    }
                } else if (!r.date().equals(pub)) {
                    other[s.id()] = true;
                }
            }
        }
        return new SentenceDating(mentioned, published, other, coverage);
    }

    /** The day the sentence names, or null. */
    LocalDate mentioned(AnalyzedSentence s) {
        return mentioned[s.id()];
    }

    LocalDate published(AnalyzedSentence s) {
        return published[s.id()];
    }

    /** Whether the sentence names a time other than its publication day that is not a day in span. */
    boolean namesOtherTime(AnalyzedSentence s) {
        return namesOtherTime[s.id()];
    }

    /** Every day published on or referred to, oldest first. */
    List<DayCoverage> coverage() {
        List<DayCoverage> days = new ArrayList<>();
        coverage.forEach((day, counts) -> days.add(new DayCoverage(day, counts[0], counts[1])));
        return days;
    }
}
