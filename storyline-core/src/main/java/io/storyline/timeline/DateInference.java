package io.storyline.timeline;

import io.storyline.analyze.SentenceSplitter;
import io.storyline.analyze.time.CalendarWords;
import io.storyline.analyze.time.TimeExpressions;
import io.storyline.analyze.time.TimeReference;
import io.storyline.model.Article;
import io.storyline.model.InferredDate;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Publication dates for a story's undated articles, read from their text beside the other articles'
 * dates. News copy reports up to the day it is written: the latest day an article names ("city
 * officials said Friday") is taken as its day. A dateline's day ("PORT ALDER, March 13 --") is taken
 * as it stands. A weekday names one day only when the story's dated articles lie within a week, so
 * weekdays count only then, each read as the occurrence nearest the dated articles; a date with its
 * month counts when it falls within a week of them. Days named in the future tense, and "yesterday"
 * or "today" (relative to the unknown day itself) give nothing. An article that names no such day
 * stays undated.
 */
final class DateInference {

    /** What the inference gives: the articles, some now dated, and what was inferred. */
    record Result(List<Article> articles, List<InferredDate> inferred) {
    }

    /** The dated articles' span within which weekdays name one day, and the slack around it for a date. */
    static final int WEEK = 7;
    /** A weekday is read as its occurrence within this many days of the middle of the dated articles. */
    private static final int HALF_WEEK = 3;

    private static final Pattern WEEKDAY = Pattern.compile(CalendarWords.alternation(CalendarWords.WEEKDAYS),
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MONTH_DAY = Pattern.compile("\\d");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private final TimeExpressions resolver;
    private final SentenceSplitter splitter = new SentenceSplitter();

    DateInference(TimeExpressions resolver) {
        this.resolver = resolver;
    }

    Result infer(List<Article> articles) {
        List<LocalDate> dated = articles.stream().map(Article::published).filter(d -> d != null).sorted().toList();
        if (dated.isEmpty() || dated.size() == articles.size()) {
            return new Result(articles, List.of());
        }
        LocalDate first = dated.get(0);
        LocalDate last = dated.get(dated.size() - 1);
        LocalDate middle = dated.get((dated.size() - 1) / 2);
        boolean weekdaysCount = ChronoUnit.DAYS.between(first, last) <= WEEK;
        String span = first.equals(last) ? "the other articles' date, " + DAY.format(first)
                : "the other articles' dates, " + DAY.format(first) + " to " + DAY.format(last);
        List<Article> out = new ArrayList<>();
        List<InferredDate> inferred = new ArrayList<>();
        for (Article a : articles) {
            TimeReference day = a.published() == null ? dayOf(a, middle, first, last, weekdaysCount) : null;
            if (day == null) {
                out.add(a);
                continue;
            }
            out.add(a.withPublished(day.date()));
            inferred.add(new InferredDate(a.origin(), day.date(),
                    "\u201C" + day.text() + "\u201D in its text, beside " + span));
        }
        return new Result(out, inferred);
    }

    /** The reference that dates the article: its dateline, else the latest day it names; null if none. */
    private TimeReference dayOf(Article a, LocalDate middle, LocalDate first, LocalDate last, boolean weekdaysCount) {
        // read as if published a half week after the middle: a past weekday then lands within the half week
        LocalDate now = middle.plusDays(HALF_WEEK);
        LocalDate earliest = first.minusDays(WEEK);
        LocalDate latest = last.plusDays(WEEK);
        TimeReference best = null;
        List<String> sentences = splitter.split(a.text());
        for (int i = 0; i < sentences.size(); i++) {
            String sentence = sentences.get(i);
            for (TimeReference r : resolver.resolve(sentence, now)) {
                if (r.quoted() || !r.isDay() || r.date().isAfter(now)) {
                    continue; // the future tense reaches past "now"
                }
                boolean weekday = WEEKDAY.matcher(r.text()).find();
                boolean withMonth = !weekday && MONTH_DAY.matcher(r.text()).find();
                if ((weekday && !weekdaysCount) || (!weekday && !withMonth)
                        || r.date().isBefore(earliest) || r.date().isAfter(latest)) {
                    continue;
                }
                if (i == 0 && EventDay.isDateline(sentence, r)) {
                    return r;
                }
                if (best == null || r.date().isAfter(best.date())) {
                    best = r;
                }
            }
        }
        return best;
    }
}
