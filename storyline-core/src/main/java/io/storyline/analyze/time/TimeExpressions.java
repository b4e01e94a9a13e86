package io.storyline.analyze.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static io.storyline.analyze.time.CalendarWords.month;

/**
 * Finds the time expressions of a news sentence and resolves them against the article's publication
 * date: absolute dates ("March 19", "19 March 2011", "2011-03-19"), months ("last month", "in
 * June"), years ("1998", "this year") and relative days ("on Thursday", "two days ago", "Monday
 * night"). Rule-based in the manner of HeidelTime (Strötgen &amp; Gertz 2010): news copy uses few
 * patterns, and the hard part is the direction of an under-specified expression, which is read from
 * the tense around it.
 *
 * <p>Direction rules: a bare weekday or a date without a year is the most recent one on or before
 * the publication date, unless the clause speaks of the future ("will", "is due to", "next",
 * "scheduled", "starting Thursday"), in which case it is the next one after; "Friday's deadline" (a possessive weekday
 * before an appointment word) looks forward too. Expressions that name only a span shorter than a
 * month but longer than a day ("last week", "earlier this week") resolve to nothing. Expressions in
 * quotation marks are resolved the same way but marked {@linkplain TimeReference#quoted() quoted},
 * and their tense is read inside the quote only.
 */
public final class TimeExpressions {

    /** A month by its name or any abbreviation (its dot is matched after the group). */
    private static final String MONTH_NAMES = CalendarWords.alternation(CalendarWords.MONTHS) + "|"
            + CalendarWords.alternation(CalendarWords.MONTH_ABBREVIATIONS);
    private static final String FULL_MONTHS = CalendarWords.alternation(CalendarWords.MONTHS);
    private static final String WEEKDAYS = CalendarWords.alternation(CalendarWords.WEEKDAYS);
    private static final String COUNT = "a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,2}";
    private static final String DAY_NUMBER = "(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?";
    /** "23 May last year": a year word after a date without a year, taken into the date (group named between). */
    private static final String YEAR_WORD = "(?:,?\\s+(?<";
    private static final String YEAR_WORD_END = ">(?i:last|this|next))\\s+(?i:year)\\b)?";

    private static final Pattern EXPRESSION = Pattern.compile(String.join("|",
            "(?<iso>\\b(?<isoY>\\d{4})-(?<isoM>\\d{2})-(?<isoD>\\d{2})\\b)",
            "(?<mdy>\\b(?<mdyM>" + MONTH_NAMES + ")\\.?\\s+(?<mdyD>" + DAY_NUMBER + ")(?:,\\s*|\\s+)(?<mdyY>\\d{4})\\b)",
            "(?<dmy>\\b(?<dmyD>" + DAY_NUMBER + ")\\s+(?:of\\s+)?(?<dmyM>" + MONTH_NAMES + ")\\.?,?\\s+(?<dmyY>\\d{4})\\b)",
            "(?<md>\\b(?<mdM>" + MONTH_NAMES + ")\\.?\\s+(?<mdD>" + DAY_NUMBER + ")\\b(?![:.,]?\\d)" + YEAR_WORD + "mdR" + YEAR_WORD_END + ")",
            "(?<dm>\\b(?<dmD>" + DAY_NUMBER + ")\\s+(?:of\\s+)?(?<dmM>" + MONTH_NAMES + ")\\b" + YEAR_WORD + "dmR" + YEAR_WORD_END + ")",
            "(?<my>\\b(?<myM>" + MONTH_NAMES + ")\\.?\\s+(?:of\\s+)?(?<myY>\\d{4})\\b)",
            "(?<rm>\\b(?<rmW>(?i:last|next|this|in|since|until|till|by|during|early|late|mid|from|before|after|of|through))"
                    + "[\\s-]+(?<rmM>" + FULL_MONTHS + ")\\b(?!\\.?,?\\s+(?:of\\s+)?\\d))",
            "(?<ago>\\b(?<agoN>(?i:" + COUNT + "))\\s+(?<agoU>(?i:days?|weeks?|months?|years?))\\s+(?i:ago)\\b)",
            "(?<rel>\\b(?:(?<relE>(?i:earlier|later))\\s+)?(?<relW>(?i:last|this|next|past|coming))\\s+"
                    + "(?<relU>(?i:week|weekend|month|year))\\b)",
            "(?<word>\\b(?i:the\\s+day\\s+before\\s+yesterday|the\\s+day\\s+after\\s+tomorrow|yesterday|today|tonight"
                    + "|tomorrow|last\\s+night|this\\s+(?:morning|afternoon|evening))\\b)",
            "(?<wd>\\b(?:(?<wdW>(?i:last|next|this|coming))\\s+)?(?<wdD>" + WEEKDAYS + ")(?<wdS>'s|\u2019s)?"
                    + "(?:\\s+(?:morning|afternoon|evening|night))?\\b)",
            "(?<yr>(?<![$£€\\d.,-])\\b(?<yrY>1[89]\\d{2}|20\\d{2})\\b(?!s\\b|-\\d|\\s*%|[.,]\\d))"));

    /** Verbs of speech whose date, given beside them, is the "now" of the quote they report. */
    private static final Set<String> SPEECH = Set.of("said", "says", "told", "added", "announced", "stated",
            "declared", "insisted", "warned", "on");

    /** What every time expression holds, bar a figure: a sentence with none of them (in any case) has none. */
    private static final List<String> TIME_WORDS = java.util.stream.Stream.concat(
            java.util.stream.Stream.of("day", "night", "ago", "week", "month", "year", "morning", "evening",
                    "afternoon", "tomorrow"),
            CalendarWords.MONTH_STEMS.stream().map(stem -> stem.toLowerCase(Locale.ROOT))).toList();
    private static final Pattern WORDS = Pattern.compile("[A-Za-z']+");

    /** Words before a bare year that make it a year rather than a quantity. */
    private static final Set<String> YEAR_LEADS = Set.of("in", "since", "until", "till", "during",
            "from", "before", "after", "through", "between", "early", "late", "mid", "fiscal", "summer",
            "spring", "autumn", "fall", "winter", "circa", "year");
    /** Words before a number that make it a quantity. */
    private static final Set<String> QUANTITY_LEADS = Set.of("than", "about", "nearly", "almost", "some",
            "over", "under", "least", "only", "just", "approximately", "roughly", "total", "additional");
    /** Words after a number that make it a quantity. */
    private static final Set<String> COUNTED = Set.of("people", "police", "percent", "per", "men", "women",
            "children", "feet", "metres", "meters", "miles", "km", "tonnes", "tons", "barrels", "dollars",
            "staff", "personnel", "cattle", "sheep", "mph");

    /** Words after a possessive weekday that name something still to come ("Friday's deadline"). */
    private static final Set<String> APPOINTMENTS = Set.of("deadline", "vote", "meeting", "summit", "talks",
            "election", "elections", "referendum", "match", "game", "final", "hearing", "launch", "debate",
            "opening", "ceremony", "session", "deadlines", "rally", "planned", "scheduled", "expected");

    /** Words that put a clause in the future. */
    private static final Set<String> FUTURE_WORDS = Set.of("will", "ll", "shall", "won't", "scheduled",
            "upcoming", "due", "expected", "planned", "plans", "plan", "tomorrow", "until", "forecast", "forecasts");
    /**
     * Two-word future markers ("set to", "going to", "is to"), and a modal of what may yet happen before
     * "be" ("the package could be decided at a meeting on Sunday").
     */
    private static final Set<String> FUTURE_PAIRS = Set.of("set to", "going to", "is to", "are to",
            "aims to", "intends to", "hopes to", "to be", "could be", "may be", "might be");
    /**
     * A plan or a wait for what is to come, whatever the tense of its own verb ("BP plans to inject mud
     * into the well on Tuesday", "the city braced for a march of millions Tuesday": both written on the
     * Monday before; read back, the Tuesday fell a week early; "Obama planned to visit the coast again on
     * Friday", written on the Thursday). Read only as the verb governing the day, with no verb in the
     * past between ("braced for the storm that hit on Tuesday" is past).
     */
    private static final Set<String> ANTICIPATION_PAIRS = Set.of("plans to", "plan to", "planning to",
            "planned to", "braced for", "bracing for", "braces for", "preparing for", "prepares for");
    /** Auxiliaries that put a clause in the future wherever they stand before its verb. */
    private static final Set<String> FUTURE_AUXILIARIES = Set.of("will", "ll", "shall", "won't");
    /** Words before an "-ed" form that make it a participle, not a verb in the past ("will be decided"). */
    private static final Set<String> AUXILIARIES = Set.of("be", "been", "being", "to", "will", "is", "are");
    /**
     * Words that announce when an arrangement takes effect ("a ferry starting Thursday", "the curfew,
     * effective Monday"): news uses them for what is still to come.
     */
    private static final Set<String> SCHEDULE_LEADS = Set.of("starting", "beginning", "effective");
    /**
     * A capitalized word that makes the weekday after it a name ("Black Friday", the shopping day after
     * Thanksgiving; "Super Tuesday", "Bloody Sunday", "Good Friday"): the name of a day of the calendar
     * or of history, not the last or the next such weekday.
     */
    private static final Pattern NAMED_DAY = Pattern.compile(
            "\\b(?:Black|Good|Super|Ash|Bloody|Cyber|Holy|Easter|Palm|Maundy|Shrove)\\s+$");

    /** Verbs that put the weekday or date right beside them in the past ("said on Monday"). */
    private static final Set<String> PAST_VERBS = Set.of("said", "told", "was", "were", "announced", "met",
            "died", "killed", "began", "took", "held", "made", "came", "went", "left", "won", "lost",
            "had", "did", "gave", "sent", "struck", "hit", "fell", "rose", "spoke", "wrote", "found", "shut", "caught",
            "drew", "ran", "led", "brought", "fought", "threw", "broke");

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
            Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
            Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12));

    /** A date without a year more than this many days from publication is taken from the next or last year. */
    private static final int HALF_YEAR = 183;
    /**
     * How far after its article a day in a past-tense clause may be (a page dated a little early, a live
     * page updated for days): 1 instead of 7 lost a gold day of Timeline17 and fixed none of the
     * hand-checked errors, which were chronologies and "last year".
     */
    static final int PAST_SLACK_DAYS = 7;

    /**
     * PAST and FUTURE read a weekday back or forward from the article (a future weekday that is the
     * article's own is a week on: "will meet on Thursday" on a Thursday); REPORTED_FUTURE is a day still
     * to come when someone spoke ("said the line would reopen on Wednesday"): forward, but the article's
     * own weekday is its own day, since the saying was the day before or earlier the same day.
     */
    private enum Direction { PAST, FUTURE, REPORTED_FUTURE, NEAREST }

    /**
     * The time expressions of one sentence, in order, resolved against the publication date.
     * Expressions that cannot be placed on the calendar (e.g. "last week") are left out.
     */
    public List<TimeReference> resolve(String sentence, LocalDate published) {
        List<TimeReference> found = new ArrayList<>();
        if (sentence == null || sentence.isEmpty() || published == null) {
            return found;
        }
        if (!mayHoldTime(sentence)) {
            return found; // most sentences: no digit and no time word, so skip the long pattern
        }
        boolean[] inQuote = quotedSpans(sentence);
        LocalDate spoken = published;
        Matcher m = EXPRESSION.matcher(sentence);
        // the long pattern is run over the sentence once; the second pass finds each match again where it
        // starts (a search from a match's start finds that match, as the sweep did)
        List<Integer> starts = new ArrayList<>();
        while (m.find()) {
            starts.add(m.start());
            if (!inQuote[m.start()]) {
                Resolved r = resolveMatch(m, sentence, published, false, inQuote);
                if (r != null && r.granularity == Granularity.DAY
                        && SPEECH.contains(previousWord(sentence, m.start()))) {
                    spoken = r.date; // "..., he said on Wednesday": the quote's now is Wednesday
                }
            }
        }
        for (int start : starts) {
            m.find(start);
            boolean quoted = inQuote[m.start()];
            Resolved r = resolveMatch(m, sentence, quoted ? spoken : published, quoted, inQuote);
            if (r != null) {
                found.add(new TimeReference(m.group(), m.start(), m.end(), r.granularity, r.date, quoted));
            }
        }
        return found;
    }

    /**
     * Whether the sentence has an ASCII digit or one of {@link #TIME_WORDS}, letters compared without
     * case as ASCII: the quick test before the long pattern.
     */
    static boolean mayHoldTime(String sentence) {
        char[] lower = new char[sentence.length()];
        for (int i = 0; i < lower.length; i++) {
            char c = sentence.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
            lower[i] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
        }
        String text = new String(lower);
        for (String word : TIME_WORDS) {
            if (text.contains(word)) {
                return true;
            }
        }
        return false;
    }

    private record Resolved(Granularity granularity, LocalDate date) {
    }

    private Resolved resolveMatch(Matcher m, String s, LocalDate pub, boolean quoted, boolean[] inQuote) {
        try {
            if (m.group("iso") != null) {
                return day(LocalDate.of(num(m.group("isoY")), num(m.group("isoM")), num(m.group("isoD"))));
            }
            if (m.group("mdy") != null) {
                return day(LocalDate.of(num(m.group("mdyY")), month(m.group("mdyM")), num(m.group("mdyD"))));
            }
            if (m.group("dmy") != null) {
                return day(LocalDate.of(num(m.group("dmyY")), month(m.group("dmyM")), num(m.group("dmyD"))));
            }
            if (m.group("md") != null) {
                return dayWithoutYear(month(m.group("mdM")), num(m.group("mdD")), pub,
                        tense(s, m.start(), m.end(), inQuote, quoted), m.group("mdR"));
            }
            if (m.group("dm") != null) {
                return dayWithoutYear(month(m.group("dmM")), num(m.group("dmD")), pub,
                        tense(s, m.start(), m.end(), inQuote, quoted), m.group("dmR"));
            }
            if (m.group("my") != null) {
                return new Resolved(Granularity.MONTH, LocalDate.of(num(m.group("myY")), month(m.group("myM")), 1));
            }
            if (m.group("rm") != null) {
                return monthWithoutYear(m.group("rmW").toLowerCase(Locale.ROOT), month(m.group("rmM")), pub,
                        tense(s, m.start(), m.end(), inQuote, quoted));
            }
            if (m.group("ago") != null) {
                return ago(m.group("agoN").toLowerCase(Locale.ROOT), m.group("agoU").toLowerCase(Locale.ROOT), pub);
            }
            if (m.group("rel") != null) {
                return relativeUnit(m.group("relW").toLowerCase(Locale.ROOT),
                        m.group("relU").toLowerCase(Locale.ROOT), pub);
            }
            if (m.group("word") != null) {
                return dayWord(m.group("word").toLowerCase(Locale.ROOT).replaceAll("\\s+", " "), pub);
            }
            if (m.group("wd") != null) {
                return weekday(m, s, pub, quoted, inQuote);
            }
            if (m.group("yr") != null) {
                return year(m, s, pub);
            }
        } catch (java.time.DateTimeException | NumberFormatException impossible) {
            return null; // "February 30", "2011-13-45": not a date
        }
        return null;
    }

    private static Resolved day(LocalDate date) {
        return new Resolved(Granularity.DAY, date);
    }

    /**
     * A day and month without a year: in the year a following "last / this / next year" names ("on 23
     * May last year"), else the nearest one the clause's tense allows. A day in a clause in the past
     * tense is never after the article (beyond {@value #PAST_SLACK_DAYS} days): "the soldier was killed
     * on June 28" in an article of May is last year's June.
     */
    private static Resolved dayWithoutYear(int month, int dayOfMonth, LocalDate pub, Direction tense,
                                           String yearWord) {
        if (yearWord != null) {
            int shift = switch (yearWord.toLowerCase(Locale.ROOT)) {
                case "last" -> -1;
                case "next" -> 1;
                default -> 0;
            };
            return day(LocalDate.of(pub.getYear() + shift, month, dayOfMonth));
        }
        LocalDate best = null;
        for (int year = pub.getYear() - 1; year <= pub.getYear() + 1; year++) {
            if (dayOfMonth > YearMonth.of(year, month).lengthOfMonth()) {
                continue;
            }
            LocalDate candidate = LocalDate.of(year, month, dayOfMonth);
            long distance = Math.abs(candidate.toEpochDay() - pub.toEpochDay());
            if (tense != Direction.PAST && tense != Direction.NEAREST && candidate.isBefore(pub) && distance > 7) {
                continue;
            }
            if (tense == Direction.PAST && candidate.isAfter(pub) && distance > PAST_SLACK_DAYS) {
                continue;
            }
            if (best == null || distance < Math.abs(best.toEpochDay() - pub.toEpochDay())) {
                best = candidate;
            }
        }
        if (best == null || Math.abs(best.toEpochDay() - pub.toEpochDay()) > 366) {
            return null;
        }
        return day(best);
    }

    private static Resolved monthWithoutYear(String lead, int month, LocalDate pub, Direction tense) {
        YearMonth now = YearMonth.from(pub);
        YearMonth same = YearMonth.of(pub.getYear(), month);
        YearMonth chosen;
        switch (lead) {
            case "last" -> chosen = same.isBefore(now) ? same : same.minusYears(1);
            case "next" -> chosen = same.isAfter(now) ? same : same.plusYears(1);
            case "this" -> chosen = same;
            default -> {
                if (tense == Direction.FUTURE || tense == Direction.REPORTED_FUTURE || lead.equals("until")
                        || lead.equals("till") || lead.equals("by")) {
                    chosen = same.isBefore(now) && monthsBetween(same, now) > 2 ? same.plusYears(1) : same;
                } else {
                    chosen = same.isAfter(now) && monthsBetween(now, same) > 2 ? same.minusYears(1) : same;
                }
            }
        }
        return new Resolved(Granularity.MONTH, chosen.atDay(1));
    }

    private static long monthsBetween(YearMonth earlier, YearMonth later) {
        return (later.getYear() - earlier.getYear()) * 12L + later.getMonthValue() - earlier.getMonthValue();
    }

    private static Resolved ago(String count, String unit, LocalDate pub) {
        int n = NUMBERS.containsKey(count) ? NUMBERS.get(count) : Integer.parseInt(count);
        if (unit.startsWith("day")) {
            return day(pub.minusDays(n));
        }
        if (unit.startsWith("week")) {
            return day(pub.minusWeeks(n));
        }
        if (unit.startsWith("month")) {
            return new Resolved(Granularity.MONTH, YearMonth.from(pub).minusMonths(n).atDay(1));
        }
        return new Resolved(Granularity.YEAR, LocalDate.of(pub.getYear() - n, 1, 1));
    }

    private static Resolved relativeUnit(String which, String unit, LocalDate pub) {
        int shift = switch (which) {
            case "last", "past" -> -1;
            case "next", "coming" -> 1;
            default -> 0;
        };
        if (unit.equals("month") && !which.equals("past")) {
            return new Resolved(Granularity.MONTH, YearMonth.from(pub).plusMonths(shift).atDay(1));
        }
        if (unit.equals("year") && !which.equals("past")) {
            return new Resolved(Granularity.YEAR, LocalDate.of(pub.getYear() + shift, 1, 1));
        }
        return null; // weeks, weekends and "the past year" are spans, not dates
    }

    private static Resolved dayWord(String word, LocalDate pub) {
        return switch (word) {
            case "yesterday", "last night" -> day(pub.minusDays(1));
            case "tomorrow" -> day(pub.plusDays(1));
            case "the day before yesterday" -> day(pub.minusDays(2));
            case "the day after tomorrow" -> day(pub.plusDays(2));
            default -> day(pub); // today, tonight, this morning ...
        };
    }

    private Resolved weekday(Matcher m, String s, LocalDate pub, boolean quoted, boolean[] inQuote) {
        if (m.group("wdW") == null && NAMED_DAY.matcher(s.substring(0, m.start())).find()) {
            return null; // "Black Friday", "Super Tuesday": a day's name, not a weekday of this week
        }
        DayOfWeek target = DayOfWeek.valueOf(m.group("wdD").toUpperCase(Locale.ROOT));
        String lead = m.group("wdW") == null ? "" : m.group("wdW").toLowerCase(Locale.ROOT);
        int back = (pub.getDayOfWeek().getValue() - target.getValue() + 7) % 7;
        int ahead = (target.getValue() - pub.getDayOfWeek().getValue() + 7) % 7;
        switch (lead) {
            case "last":
                return day(pub.minusDays(back == 0 ? 7 : back));
            case "next", "coming":
                return day(pub.plusDays(ahead == 0 ? 7 : ahead));
            default:
                break;
        }
        Direction tense = tense(s, m.start(), m.end(), inQuote, quoted);
        if (m.group("wdS") != null && APPOINTMENTS.contains(nextWord(s, m.end()))
                && !SINCE_WORDS.contains(previousWord(s, m.start()))) {
            if (ahead == 0 && SCENE_WORDS.contains(previousWord(s, m.start()))
                    && pastClause(s, m.start(), m.end(), inQuote, quoted)) {
                return day(pub); // "In Tuesday's opening statement, the prosecutor told ..." on that Tuesday
            }
            tense = Direction.FUTURE; // "Friday's deadline" is still to come
        }
        if (tense == Direction.FUTURE) {
            return day(pub.plusDays(ahead == 0 ? 7 : ahead));
        }
        if (tense == Direction.REPORTED_FUTURE) {
            return day(pub.plusDays(ahead));
        }
        return day(pub.minusDays(back));
    }

    private static Resolved year(Matcher m, String s, LocalDate pub) {
        int year = num(m.group("yrY"));
        if (year > pub.getYear() + 10) {
            return null;
        }
        if (year < 1900) {
            return null;
        }
        String before = previousWord(s, m.start());
        if (YEAR_LEADS.contains(before)) {
            return new Resolved(Granularity.YEAR, LocalDate.of(year, 1, 1));
        }
        int after = m.end();
        boolean closes = after >= s.length() || ",.;:)!?\"\u201D'".indexOf(s.charAt(after)) >= 0;
        String following = closes ? "" : nextWord(s, after);
        // "more than 2000 troops", "by 2005 people": a quantity, not a year
        boolean counted = QUANTITY_LEADS.contains(before) || COUNTED.contains(following)
                || (following.endsWith("s") && !following.endsWith("ss") && !following.endsWith("is")
                        && !following.endsWith("us") && !following.equals("elections") && !following.equals("games"));
        return counted ? null : new Resolved(Granularity.YEAR, LocalDate.of(year, 1, 1));
    }

    /** The words of the clause around s[start, end): between the nearest ; : . ! or ? on either side. */
    private static Matcher clauseWords(String s, int start, int end) {
        int clauseStart = start - 1;
        while (clauseStart >= 0 && ";:.!?".indexOf(s.charAt(clauseStart)) < 0) {
            clauseStart--;
        }
        int clauseEnd = end;
        while (clauseEnd < s.length() && ";:.!?".indexOf(s.charAt(clauseEnd)) < 0) {
            clauseEnd++;
        }
        Matcher w = WORDS.matcher(s);
        w.region(clauseStart + 1, clauseEnd);
        return w;
    }

    /**
     * The tense of the clause around an expression: past when a past-tense verb stands right beside
     * it, future when a future marker is within a few words, otherwise nearest. A quoted expression
     * is judged by the words of its quote only, an unquoted one by the words outside quotes.
     */
    private static Direction tense(String s, int start, int end, boolean[] inQuote, boolean quoted) {
        List<String> before = new ArrayList<>();
        List<String> after = new ArrayList<>(); // with "," where a comma stands between two words
        int lastEnd = end;
        Matcher w = clauseWords(s, start, end);
        while (w.find()) {
            if (w.start() >= start && w.start() < end) {
                continue;
            }
            if (inQuote[w.start()] != quoted) {
                continue;
            }
            String word = w.group().toLowerCase(Locale.ROOT).replace("\u2019", "'");
            if (w.start() >= end) {
                if (s.substring(lastEnd, w.start()).indexOf(',') >= 0) {
                    after.add(",");
                }
                lastEnd = w.end();
            }
            (w.start() < start ? before : after).add(word);
        }
        List<String> afterWords = after.stream().filter(word -> !word.equals(",")).toList();
        int n = before.size();
        if (n >= 3 && before.get(n - 3).equals("as") && before.get(n - 2).equals("soon") && before.get(n - 1).equals("as")) {
            return Direction.FUTURE; // "could come as soon as Friday": the earliest of what is still to come
        }
        int at = lastSkipping(before);
        String previous = at < 0 ? "" : before.get(at);
        if (FUTURE_WORDS.contains(previous)) {
            return Direction.FUTURE;
        }
        boolean auxiliary = at >= 1 && AUXILIARIES.contains(before.get(at - 1));
        if ((PAST_VERBS.contains(previous) || previous.endsWith("ed")) && !auxiliary) {
            return Direction.PAST;
        }
        Direction governing = governingVerb(before, at, after);
        if (governing != null) {
            return governing;
        }
        List<String> window = new ArrayList<>(before.subList(Math.max(0, before.size() - 8), before.size()));
        window.addAll(afterWords.subList(0, Math.min(6, afterWords.size())));
        for (int i = 0; i < window.size(); i++) {
            String word = window.get(i);
            if (word.endsWith("'ll") || FUTURE_WORDS.contains(word)) {
                return Direction.FUTURE;
            }
            if (i + 1 < window.size() && FUTURE_PAIRS.contains(word + " " + window.get(i + 1))) {
                return Direction.FUTURE;
            }
        }
        for (String word : window) {
            if (PAST_VERBS.contains(word) || (word.endsWith("ed") && word.length() > 4) || word.equals("ago")) {
                return Direction.PAST;
            }
        }
        // "a ferry starting Thursday": an arrangement still to come, unless a past verb said otherwise above
        return SCHEDULE_LEADS.contains(previous) ? Direction.FUTURE : Direction.NEAREST;
    }

    /**
     * The tense of the verb that governs an expression standing far from it: a future marker anywhere
     * earlier in the clause with no verb in the past between ("Hayward and other directors will meet
     * the president at the White House on Wednesday"), or, for an expression that opens its clause ("On
     * Wednesday, Hayward and the chairman, Carl-Henric Svanberg, will meet ..."), the first future marker
     * or past verb after it: the main verb the fronted day modifies. Null when neither decides.
     */
    private static Direction governingVerb(List<String> before, int at, List<String> after) {
        if (at >= 0 && FUTURE_CLAUSE_OPENERS.contains(before.get(0)) && before.stream().noneMatch(TimeExpressions::isPastVerb)) {
            // "When the leaders meet on Saturday, they must act": a clause of time or condition in the
            // present speaks of what is to come when its main clause does; past when that is in the past
            int comma = after.indexOf(",");
            Direction main = comma < 0 ? null : mainVerb(after.subList(comma + 1, after.size()));
            if (main != null) {
                return main;
            }
        }
        for (int i = before.size() - 1; i >= 0; i--) {
            String word = before.get(i);
            String pair = i + 1 < before.size() ? word + " " + before.get(i + 1) : "";
            if (isFutureMarker(word) || FUTURE_PAIRS.contains(pair) || ANTICIPATION_PAIRS.contains(pair)) {
                return Direction.FUTURE;
            }
            if (word.equals("would") && i + 1 < before.size() && !NOT_AHEAD_AFTER_WOULD.contains(before.get(i + 1))
                    && before.subList(0, i).stream().anyMatch(w -> isPastVerb(w) || REPORTING.contains(w))) {
                return Direction.REPORTED_FUTURE; // "said the line would reopen on Wednesday"
            }
            if (isPastVerb(word) && !(i >= 1 && AUXILIARIES.contains(before.get(i - 1)))) {
                break;
            }
        }
        if (at >= 0) {
            return null;
        }
        return mainVerb(after);
    }

    /**
     * The direction of the first future marker, modal of obligation ("By Wednesday, workers should finish
     * ...") or past verb of the words, outside relative clauses; null when none stands there.
     */
    private static Direction mainVerb(List<String> after) {
        boolean relative = false;
        for (int i = 0; i < after.size(); i++) {
            String word = after.get(i);
            if (word.equals(",")) {
                relative = false; // "On Tuesday his brothers, who will take part, defended ...": the clause closed
                continue;
            }
            if (RELATIVE_PRONOUNS.contains(word)) {
                relative = true;
            }
            if (relative) {
                continue;
            }
            String next = i + 1 < after.size() ? after.get(i + 1) : "";
            if (isFutureMarker(word) || FUTURE_PAIRS.contains(word + " " + next)
                    || (OBLIGATIONS.contains(word) && !PERFECT.contains(next))) {
                return Direction.FUTURE;
            }
            if (isPastVerb(word)) {
                return Direction.PAST;
            }
        }
        return null;
    }

    /**
     * Modals of what is yet to be done: they govern a coming day when the day is fronted before them or
     * the clause of time before them ("By Wednesday, workers should finish ..."); "should have" and
     * "must have" look back, and the modals are not read at a distance otherwise ("said the killings on
     * Monday must be investigated" keeps its Monday).
     */
    private static final Set<String> OBLIGATIONS = Set.of("should", "must", "ought");
    /**
     * Words after "would" that keep the day where the clause's past puts it: a refusal of that day ("would
     * not comment on Sunday"), the conditional perfect ("would have won Friday"), a preference.
     */
    private static final Set<String> NOT_AHEAD_AFTER_WOULD = Set.of("not", "n't", "never", "have", "'ve", "rather",
            "only", "often", "usually");
    /** Verbs of saying in the present before a reported "would" ("BP says the cap would be in place Monday"). */
    private static final Set<String> REPORTING = Set.of("says", "say", "tells", "announces", "predicts");
    private static final Set<String> PERFECT = Set.of("have", "'ve", "been");
    /** Words opening a clause of time or condition, whose present tense ("when they meet") looks ahead. */
    private static final Set<String> FUTURE_CLAUSE_OPENERS = Set.of("when", "once", "if", "until", "unless",
            "before");

    /**
     * An auxiliary of the future, read at any distance: "expected", "planned" and "due" are read only
     * near the expression, since further off they are as often a participle ("as expected, the bank cut
     * rates on Tuesday").
     */
    private static boolean isFutureMarker(String word) {
        return word.endsWith("'ll") || FUTURE_AUXILIARIES.contains(word);
    }

    private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which", "whom");
    /** Words before "Tuesday's X" that make the day a time after something, or the scene of the sentence. */
    private static final Set<String> SINCE_WORDS = Set.of("after", "since", "following");
    private static final Set<String> SCENE_WORDS = Set.of("in", "at", "during");

    private static boolean isPastVerb(String word) {
        return PAST_VERBS.contains(word) || (word.endsWith("ed") && word.length() > 4);
    }

    /**
     * Whether the clause around an expression holds a verb in the past tense (on the same side of the
     * quotation marks as the expression) and no future marker.
     */
    private static boolean pastClause(String s, int start, int end, boolean[] inQuote, boolean quoted) {
        Matcher w = clauseWords(s, start, end);
        boolean past = false;
        while (w.find()) {
            if ((w.start() >= start && w.start() < end) || inQuote[w.start()] != quoted) {
                continue;
            }
            String word = w.group().toLowerCase(Locale.ROOT);
            if (FUTURE_WORDS.contains(word) || word.endsWith("'ll")) {
                return false;
            }
            past |= isPastVerb(word);
        }
        return past;
    }

    /** Index of the last word before the expression that is not a preposition of time; -1 if none. */
    private static int lastSkipping(List<String> before) {
        for (int i = before.size() - 1; i >= 0; i--) {
            if (!Set.of("on", "late", "early", "since", "by", "until", "from", "in", "of", "the").contains(before.get(i))) {
                return i;
            }
        }
        return -1;
    }

    private static String previousWord(String s, int at) {
        int i = at - 1;
        while (i >= 0 && !Character.isLetter(s.charAt(i))) {
            if (Character.isDigit(s.charAt(i))) {
                return "";
            }
            if (s.charAt(i) != ' ' && s.charAt(i) != '-') {
                return "";
            }
            i--;
        }
        int endWord = i + 1;
        while (i >= 0 && Character.isLetter(s.charAt(i))) {
            i--;
        }
        return s.substring(i + 1, endWord).toLowerCase(Locale.ROOT);
    }

    private static String nextWord(String s, int at) {
        Matcher w = WORDS.matcher(s);
        return w.find(at) ? w.group().toLowerCase(Locale.ROOT) : "";
    }

    /** For each character, whether it stands between quotation marks (straight or curly). */
    static boolean[] quotedSpans(String s) {
        boolean[] inside = new boolean[s.length() + 1];
        boolean open = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u201C') {
                open = true;
            } else if (c == '\u201D') {
                inside[i] = open;
                open = false;
                continue;
            } else if (c == '"') {
                if (open) {
                    inside[i] = true;
                    open = false;
                    continue;
                }
                open = true;
            }
            inside[i] = open;
        }
        return inside;
    }

    private static int num(String digits) {
        return Integer.parseInt(digits.replaceAll("\\D", ""));
    }
}
