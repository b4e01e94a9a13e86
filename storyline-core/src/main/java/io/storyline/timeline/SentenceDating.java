package io.storyline.timeline;

import io.storyline.analyze.AnalyzedSentence;
import io.storyline.analyze.StoryAnalysis;
import io.storyline.analyze.time.TimeExpressions;
import io.storyline.analyze.time.TimeReference;
import io.storyline.model.Article;
import io.storyline.model.DayCoverage;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The day each sentence of a story is about, and how much the story says about each day. A
 * sentence is about the first day it names not in passing ({@link EventDay}; outside quotes, within
 * the story's time span), else,
 * when it names no other time at all, about its article's publication day. A day's mentions are the
 * articles of other days that name it, each counted once: one retrospective that names a day in
 * every paragraph is one voice, and counting its sentences let such pieces outrank the days many
 * outlets returned to (on Timeline17, date F1 0.562 → 0.600). A reference weighs more the further
 * its article stands from the day, 1 + {@value #DISTANCE_WEIGHT} × ln(1 + days): naming a day
 * weeks later marks it as a turning point, while the next morning's "yesterday" is routine
 * follow-up (chosen by measurement against closer-counts-more and burst scores, docs/BENCHMARKS.md
 * rows 32-45; on Timeline17 align ROUGE-1 0.1155 → 0.1190, date F1 0.604 → 0.622).
 *
 * <p>A day still to come ("will meet on Monday", "set for 5 April", "Tomorrow ... will") counts for that
 * day but dates nothing: the sentence is a statement of its article's day. A chronology's items take
 * their list's years ({@link Chronology}); a live blog's update stamps are the "now" of the updates
 * under them ({@link UpdateStamps}); a lead's day before its article carries to the sentences that go
 * on telling its event ({@link LeadDay}); a next morning's print story put up late the night before reads
 * its "yesterday" from the next morning ({@link PrintEdition}).
 */
final class SentenceDating {

    /** Days named this long before the first publication still count (background of the story). */
    static final int LOOK_BACK_DAYS = 31;
    /** Extra weight of a reference per log-day of distance (0.3 to 1 all helped; 0.5 measured best). */
    static final double DISTANCE_WEIGHT = 0.5;
    /** How many days before its publication day an article's dateline may be and still be its "now". */
    static final int DATELINE_DAYS = 2;
    /**
     * A day at the very start of a sentence is a chronology's or a gallery's label, read by their own
     * rules ({@link Chronology}); a day further into the page lines fused in front of a sentence is not
     * the sentence's.
     */
    private static final int LABEL_END = 1;
    /** How many days before its article the story's day may be and still carry past the lead's next sentences. */
    static final int STORY_DAYS = 2;
    /** A day named in passing this long before the article makes a past-tense sentence history retold. */
    static final int HISTORY_DAYS = 7;

    private final LocalDate[] mentioned;
    private final LocalDate[] published;
    private final boolean[] namesOtherTime;
    private final Map<LocalDate, int[]> coverage;
    private final Map<LocalDate, Double> referenceWeight;

    private SentenceDating(LocalDate[] mentioned, LocalDate[] published, boolean[] namesOtherTime,
                           Map<LocalDate, int[]> coverage, Map<LocalDate, Double> referenceWeight) {
        this.mentioned = mentioned;
        this.published = published;
        this.namesOtherTime = namesOtherTime;
        this.coverage = coverage;
        this.referenceWeight = referenceWeight;
    }

    /** Dates the story's sentences; readers' comments neither name events nor speak for a day. */
    static SentenceDating of(StoryAnalysis story, TimeExpressions resolver, ReaderComments comments) {
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
        boolean[] named = new boolean[n];
        Map<LocalDate, int[]> coverage = new TreeMap<>();
        Map<LocalDate, Double> weights = new TreeMap<>();
        for (Article a : articles) {
            if (a.published() != null) {
                coverage.computeIfAbsent(a.published(), d -> new int[2])[0]++;
            }
        }
        if (first == null) {
            return new SentenceDating(mentioned, published, other, coverage, weights);
        }
        LocalDate from = first.minusDays(LOOK_BACK_DAYS);
        LocalDate[] filed = datelines(story, resolver);
        LocalDate[] stamped = UpdateStamps.clock(story);
        LocalDate[] printed = PrintEdition.mornings(story, resolver);
        Map<Integer, LocalDate> items = Chronology.itemDays(story);
        FusedLines fused = FusedLines.of(articles);
        Set<String> counted = new HashSet<>();
        for (AnalyzedSentence s : story.sentences()) {
            LocalDate pub = stamped[s.id()] != null ? stamped[s.id()] : articles.get(s.article()).published();
            published[s.id()] = pub;
            if (pub == null || comments.isComment(s)) {
                continue;
            }
            List<TimeReference> days = new ArrayList<>();
            boolean ahead = false;
            LocalDate now = stamped[s.id()] != null ? pub : filed[s.article()] != null ? filed[s.article()]
                    : printed[s.article()] != null ? printed[s.article()] : pub;
            int stamp = UpdateStamps.stampEnd(s.text());
            int shown = -1;
            boolean earlierDay = false;
            for (TimeReference r : resolver.resolve(s.text(), now)) {
                if (r.quoted() || (s.position() == 0 && EventDay.isDateline(s.text(), r))
                        || UpdateStamps.inStamp(s.text(), r.start())) {
                    continue;
                }
                if (r.start() < EntryText.pageStampEnd(s.text())) {
                    continue; // the page's time stamp: when it went up, not the day of its news
                }
                boolean fusedLine = false;
                if (r.start() > LABEL_END) {
                    shown = shown < 0 ? ShownText.shownStart(story, s, fused) : shown;
                    // a fused headline's or caption's day, a dateline after a picture's credits: the page
                    // still refers to the day, but it dates nothing of the sentence
                    fusedLine = r.start() < shown && !ShownText.labels(s.text(), r, shown);
                }
                if (items.containsKey(s.id()) && r.isDay() && r.start() <= 1) {
                    r = new TimeReference(r.text(), r.start(), r.end(), r.granularity(), items.get(s.id()), false);
                }
                named[s.id()] |= !fusedLine;
                if (r.isDay() && !r.date().isBefore(from) && !r.date().isAfter(last)) {
                    if (!earlierDay && !ahead && !r.date().equals(pub)
                            && counted.add(s.article() + "|" + r.date())) {
                        coverage.computeIfAbsent(r.date(), d -> new int[2])[1]++;
                        weights.merge(r.date(), referenceWeight(r.date(), pub), Double::sum);
                    }
                    if (fusedLine) {
                        earlierDay |= !r.date().isAfter(now);
                    } else if (r.date().isAfter(now)) {
                        ahead = true; // "will meet on Monday": a plan of the article's day, not Monday's news
                    } else {
                        days.add(r);
                        earlierDay = true;
                    }
                } else if (!fusedLine && !r.date().equals(pub)) {
                    other[s.id()] = true;
                }
            }
            TimeReference governing = EventDay.governing(s.text(), days);
            if (governing != null) {
                mentioned[s.id()] = governing.date();
            } else if (stamp > 0 && stamped[s.id()] != null) {
                mentioned[s.id()] = stamped[s.id()]; // an update's opening sentence is news of its stamp's day
            } else if (recountsHistory(s.text(), days, now)) {
                other[s.id()] = true;
            }
            if (mentioned[s.id()] == null && PastSpans.toldOfEarlierSpan(s.text())) {
                other[s.id()] = true;
                named[s.id()] = true;
            }
        }
        carryLeadDays(story, mentioned, published, other, named, comments);
        return new SentenceDating(mentioned, published, other, coverage, weights);
    }

    /**
     * Whether a sentence whose days are all named in passing tells, in the past tense, of a time after a
     * day more than {@value #HISTORY_DAYS} days before its article ("In the days after the rig sank
     * April 22, BP began hiring boats" in July): history retold, not news of its article's day.
     */
    static boolean recountsHistory(String sentence, List<TimeReference> days, LocalDate now) {
        return days.stream().anyMatch(r -> r.date().isBefore(now.minusDays(HISTORY_DAYS)))
                && LeadDay.reportsFinishedEvent(sentence);
    }

    /**
     * A lead dated a day before its article (within a week: "yesterday", "on Monday") lends its day to
     * the sentences right after it that go on telling its event ({@link LeadDay}). The lead is the
     * article's first sentence that names a time, among its first {@value LeadDay#LEAD_POSITIONS}, so a
     * correction note or a caption before it does not hide it. A quotation the carried sentences go on
     * to open is one speech of that day, whatever its tense: its sentences take the day up to its
     * closing mark ({@link LeadDay#quotationLeftOpen}).
     */
    private static void carryLeadDays(StoryAnalysis story, LocalDate[] mentioned, LocalDate[] published,
                                      boolean[] other, boolean[] named, ReaderComments comments) {
        List<AnalyzedSentence> sentences = story.sentences();
        for (int i = 0; i < sentences.size(); i++) {
            AnalyzedSentence lead = sentences.get(i);
            LocalDate day = mentioned[lead.id()];
            LocalDate pub = published[lead.id()];
            if (!isLead(sentences, i, named) || day == null || pub == null || !day.isBefore(pub)
                    || day.isBefore(pub.minusDays(DateInference.WEEK))) {
                continue;
            }
            int carried = 0;
            boolean quoting = LeadDay.quotes(lead.text());
            boolean open = false;
            for (int j = i + 1; j < sentences.size(); j++) {
                AnalyzedSentence next = sentences.get(j);
                if (next.article() != lead.article() || named[next.id()] || other[next.id()]
                        || comments.isComment(next)) {
                    break;
                }
                if (open || (quoting && LeadDay.opensQuotation(next.text()))) {
                    mentioned[next.id()] = day; // the speaker's words go on
                    open = LeadDay.quotationLeftOpen(next.text(), open);
                    continue;
                }
                if (carried == LeadDay.FOLLOWING || !LeadDay.reportsFinishedEvent(next.text())) {
                    break;
                }
                mentioned[next.id()] = day;
                carried++;
                quoting = LeadDay.quotes(next.text());
                open = LeadDay.quotationLeftOpen(next.text(), false);
            }
        }
        carryStoryDays(sentences, mentioned, published, other, named, comments);
        carrySpeakersDay(sentences, mentioned, published, other, named, comments);
    }

    /** A speaker named by a pronoun and a verb of saying, either way round: "she said", "said he", "they added". */
    private static final Pattern PRONOUN_ATTRIBUTION = Pattern.compile("(?:,|^)\\s*(?:(?:he|she|they)\\s+"
            + "(?:said|added|told\\s+\\p{L}+|explained|noted|warned|argued|insisted)|(?:said|added)\\s+(?:he|she|they))"
            + "\\s*[,.]", Pattern.CASE_INSENSITIVE);
    /** A verb of saying: the sentence before tells when its speaker spoke. */
    private static final Pattern SAID = Pattern.compile("\\b(?:said|told|added|explained|warned|argued|insisted)\\b");

    /**
     * A sentence that goes on with what a speaker said, named only by a pronoun ("Foreign investors, she said,
     * were scaling back plans"), is the same interview or speech as the sentence before it that tells of the
     * speaker's saying ("Sirleaf said in an interview yesterday that ..."): it takes that sentence's day when
     * the day is within {@value #STORY_DAYS} days before its article and the sentence names no time of its own.
     * Dated by its article it would land on the day after the interview.
     */
    private static void carrySpeakersDay(List<AnalyzedSentence> sentences, LocalDate[] mentioned,
                                         LocalDate[] published, boolean[] other, boolean[] named,
                                         ReaderComments comments) {
        for (int i = 1; i < sentences.size(); i++) {
            AnalyzedSentence s = sentences.get(i);
            AnalyzedSentence before = sentences.get(i - 1);
            LocalDate day = mentioned[before.id()];
            LocalDate pub = published[s.id()];
            if (before.article() != s.article() || day == null || pub == null || mentioned[s.id()] != null
                    || named[s.id()] || other[s.id()] || comments.isComment(s) || !day.isBefore(pub)
                    || day.isBefore(pub.minusDays(STORY_DAYS))
                    || !SAID.matcher(LeadDay.outsideQuotes(before.text())).find()
                    || !PRONOUN_ATTRIBUTION.matcher(LeadDay.outsideQuotes(s.text())).find()) {
                continue;
            }
            mentioned[s.id()] = day;
        }
    }

    /**
     * Past the lead's next sentences, a report goes on telling its day's event in the past tense without
     * naming the day again ("Waxman asked whether the former chairman was wrong ...", eight sentences
     * after "Greenspan was called on the carpet yesterday"), and a paper's next morning is not when it
     * happened. Each later sentence among its article's first {@value TimelineBuilder#DAY_SENTENCES}
     * (those that may speak for a day) that plainly tells a finished event ({@link LeadDay#plainlyPast}),
     * names no time of its own and opens no quotation takes the day of the nearest sentence before it
     * dated up to {@value #STORY_DAYS} days before its article, once the article's lead has been so dated:
     * the story's day so far (a morning paper's "yesterday"; a lead of a week back is more often the
     * background of later news, as "the rig sank on 22 April" in a report of the 28th). A sentence of its article's own day ("today") ends that run; history further back (told,
     * as ever, with its own time) does not, since the report comes back to its day after it. An update
     * stamp's day starts a run of its own.
     */
    private static void carryStoryDays(List<AnalyzedSentence> sentences, LocalDate[] mentioned,
                                       LocalDate[] published, boolean[] other, boolean[] named,
                                       ReaderComments comments) {
        LocalDate story = null;
        int article = -1;
        LocalDate storyPub = null;
        boolean leadDated = false;
        for (int i = 0; i < sentences.size(); i++) {
            AnalyzedSentence s = sentences.get(i);
            LocalDate pub = published[s.id()];
            if (s.article() != article || !java.util.Objects.equals(pub, storyPub)) {
                story = null;
                article = s.article();
                storyPub = pub;
                leadDated = false;
            }
            if (pub == null || comments.isComment(s)) {
                continue;
            }
            LocalDate day = mentioned[s.id()];
            boolean inWeek = day != null && day.isBefore(pub) && !day.isBefore(pub.minusDays(STORY_DAYS));
            if (day != null || named[s.id()]) {
                leadDated |= inWeek && isLead(sentences, i, named);
            }
            if (day != null) {
                if (inWeek) {
                    story = day;
                } else if (!day.isBefore(pub)) {
                    story = null;
                }
            } else if (leadDated && story != null && s.position() < TimelineBuilder.DAY_SENTENCES
                    && !named[s.id()] && !other[s.id()] && !LeadDay.opensQuotation(s.text())
                    && LeadDay.plainlyPast(s.text())) {
                mentioned[s.id()] = story;
            }
        }
    }

    /** Whether the sentence is its article's first to name a time, among its first few. */
    private static boolean isLead(List<AnalyzedSentence> sentences, int i, boolean[] named) {
        AnalyzedSentence s = sentences.get(i);
        if (s.position() >= LeadDay.LEAD_POSITIONS) {
            return false;
        }
        for (int k = i - s.position(); k < i; k++) {
            if (named[sentences.get(k).id()]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Each article's dateline day when its first sentence has one and it falls on or up to
     * {@value #DATELINE_DAYS} days before the publication day (copy filed the evening before a
     * morning paper): the "now" its weekdays and "yesterday" are read from. Null otherwise.
     */
    private static LocalDate[] datelines(StoryAnalysis story, TimeExpressions resolver) {
        LocalDate[] filed = new LocalDate[story.articles().size()];
        for (AnalyzedSentence s : story.sentences()) {
            LocalDate pub = story.articles().get(s.article()).published();
            if (s.position() != 0 || pub == null) {
                continue;
            }
            for (TimeReference r : resolver.resolve(s.text(), pub)) {
                if (r.isDay() && EventDay.isDateline(s.text(), r) && !r.date().isAfter(pub)
                        && !r.date().isBefore(pub.minusDays(DATELINE_DAYS))) {
                    filed[s.article()] = r.date();
                    break;
                }
            }
        }
        return filed;
    }

    /** One reference's weight: 1, plus more the further the referring article stands from the day. */
    static double referenceWeight(LocalDate day, LocalDate referredFrom) {
        long days = Math.abs(ChronoUnit.DAYS.between(day, referredFrom));
        return 1 + DISTANCE_WEIGHT * Math.log1p(days);
    }

    /** The summed weight of the other days' articles that refer to the day (0 when none do). */
    double referenceWeight(LocalDate day) {
        return referenceWeight.getOrDefault(day, 0.0);
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
