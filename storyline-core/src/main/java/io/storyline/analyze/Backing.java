package io.storyline.analyze;

import io.storyline.analyze.time.CalendarWords;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether a report in another article backs the whole of a sentence shown, so that its outlet may be
 * cited for it. Two sentences can be one fact by their shared words while the other article says only a
 * part of the shown sentence: its background clause ("... the star's personal doctor, Conrad Murray, who
 * was with him when he died" under "the family wanted answers"), or its first half without the second
 * ("... the worst drought in decades" without "forcing the country to rely on outside aid"). A citation
 * says the outlet reports the sentence; so the words of what the shown sentence itself reports (its
 * foreground: outside clauses of background, names, dates and figures, which slots and names check
 * apart) must stand mostly in the report. The test is directional: a longer report backs a shorter
 * sentence it contains, not the reverse.
 *
 * <p>Shared words are not enough: a report must also tell the shown sentence's main event. When the
 * sentence's main verbs are known ({@link MainVerbs}, a copula or "have" aside), at least one of them, or a
 * verb of its event class, must stand somewhere in the report: "Northwind Air sued Harlow Freight over the
 * crash" is not backed by a report of the crash, however many of its words (the airline, the crash) the
 * report holds. The report may tell the event in a clause of its own ("..., which suspended all its
 * flights").
 *
 * <p>This is the "content coverage" view of attribution in the manner of the pyramid method's content
 * units (Nenkova &amp; Passonneau 2004): a source is credited for a unit only when it expresses it.
 */
public final class Backing {

    /**
     * Share of the shown sentence's foreground words the report must hold: chosen on the tune half of the
     * labelled pairs (docs/PAIRS.md) and confirmed on the test half (docs/BENCHMARKS.md, session 12).
     */
    public static final double MIN_COVERED = 0.6;
    /**
     * Share of all the shown sentence's content words, background clauses too, the report must hold: a
     * sentence whose news sits in an "after" clause ("sank on Thursday, two days after it exploded ... 40
     * miles offshore") is not backed by a report that shares only its short main clause.
     */
    static final double MIN_COVERED_WHOLE = 0.4;
    /**
     * Below this many foreground words a sentence says too little for the update summary's by-fact test
     * ({@link Claim#testable}); {@link Claim#backedBy} still asks the report to hold them all.
     */
    static final int MIN_FOREGROUND = 3;
    /**
     * A claim of at most this many foreground words is short: when the report shares none of its names or
     * figures, it must hold one word more than the share asks (so a claim of four words or fewer, wholly).
     * Between two lines of talk that name no one, three shared words of four are common by chance ("Well,
     * it is about 16 minutes past the hour" / "It's 15 minute past the hour"; "Many more remain trapped
     * beneath rubble" / "... rescuing people trapped in buildings and beneath rubble"), and the word left out
     * is often all the line says; a shared name or figure ties two short reports to one happening ("Xu spent
     * 12 years in prison" / "Xu spent 12 years in jail"). Chosen on 44 labelled citation pairs of short
     * Timeline17 sentences and the DUC default summaries' citations (docs/BENCHMARKS.md, session 15).
     */
    static final int SHORT_CLAIM = 5;

    private Backing() {
    }

    /**
     * What a shown sentence reports, read once for every report tested against it: its foreground words
     * and its content words with the background clauses' too.
     */
    public record Claim(Set<String> foreground, Set<String> whole, Set<String> mainEvents, Set<String> anchors,
                        boolean unspaced, List<Quantity> figures, boolean request, Set<String> names,
                        Set<String> places) {

        public Claim(Set<String> foreground, Set<String> whole, Set<String> mainEvents, Set<String> anchors,
                     boolean unspaced) {
            this(foreground, whole, mainEvents, anchors, unspaced, List.of(), false, Set.of(), Set.of());
        }

        public Claim(Set<String> foreground, Set<String> whole, Set<String> mainEvents, Set<String> anchors,
                     boolean unspaced, List<Quantity> figures, boolean request) {
            this(foreground, whole, mainEvents, anchors, unspaced, figures, request, Set.of(), Set.of());
        }

        /** Whether {@code report} holds most of what the sentence reports. */
        public boolean backedBy(String report) {
            return backedBy(report, MIN_COVERED);
        }

        /**
         * Whether {@code report} holds at least {@code minCovered} of the sentence's foreground words (and
         * {@link #MIN_COVERED_WHOLE} of all its content words).
         */
        public boolean backedBy(String report, double minCovered) {
            int glued = gluedAt(report);
            if (glued > 0) {
                // a caption or headline run into the sentence ("... as a precaution A school in Dorset is to
                // close ..."): two statements, each of which must back the claim on its own
                return backedBy(report.substring(0, glued), minCovered) || backedBy(report.substring(glued), minCovered);
            }
            if (!namesMet(report)) {
                return false; // "a school in South Gloucestershire" is not backed by a school "in Dorset"
            }
            if (unspaced && foreground.size() < MIN_FOREGROUND) {
                // a script written without spaces (Chinese, Japanese) reads as a run or two of characters, too
                // few "words" to test
                return true;
            }
            if (!figuresHeld(report)) {
                return false; // "Yavlinsky ... got 4,351,452 votes" is not backed by a list of the candidates
            }
            if (foreground.isEmpty()) {
                // names, figures and dates only: the slots check those. But a main clause with no word of its own
                // ("They were among those who escaped death in the crash ...") reports what its clauses say,
                // which the report must then hold
                return whole.isEmpty() || share(whole, words(report)) >= minCovered;
            }
            // words the report has only in a request ("asked Burton to issue a subpoena") are not the act done
            Set<String> held = request ? words(report) : words(Requests.withoutRequested(report));
            boolean anchored = anchors.stream().anyMatch(held::contains);
            return holdsEnough(foreground, held, minCovered, anchored) && share(whole, held) >= MIN_COVERED_WHOLE
                    && tellsMainEvent(report);
        }

        /**
         * Whether the report gives each figure of the shown sentence's main clause, as written or within its
         * rounding or hedge ({@link Quantity#consistentWith}): a figure the main clause states is its news, and a
         * report without it is of something else, or written before it was known. A report giving another value
         * is a dispute, which the slots find; one giving none is no report of it.
         */
        private boolean figuresHeld(String report) {
            if (figures.isEmpty()) {
                return true;
            }
            List<Quantity> given = withBareNumbers(report, Quantity.in(report));
            return figures.stream().allMatch(f -> given.stream().anyMatch(g -> f.consistentWith(g) && gives(g, f)));
        }

        /**
         * Whether a report's figure gives the shown one, not only allows it: a bound far from the figure ("more
         * than 1,000" infected under "Some 4,000 people have been infected") is no dispute, as the slots read it,
         * but an outlet that wrote it did not report 4,000 and is not cited for it. A bound backs a figure within a
         * quarter of it, as two bounds of one kind are one figure ({@link Quantity#consistentWith}).
         */
        private static boolean gives(Quantity report, Quantity shown) {
            boolean bound = isBound(report) != isBound(shown);
            return !bound || report.isRange() || shown.isRange()
                    || Math.abs(report.value() - shown.value()) <= 0.25 * Math.max(Math.abs(report.value()), Math.abs(shown.value()));
        }

        private static boolean isBound(Quantity q) {
            return q.hedge().equals("atLeast") || q.hedge().equals("atMost");
        }

        /**
         * Whether {@code held} has {@code minCovered} of the words; for a short claim that shares no name or
         * figure with the report ({@code anchored} false), one word more.
         */
        private static boolean holdsEnough(Set<String> words, Set<String> held, double minCovered, boolean anchored) {
            long count = words.stream().filter(held::contains).count();
            if (anchored && words.size() < MIN_FOREGROUND) {
                return count >= 1; // "The United Nations does not recognize Indonesian rule" / "... Indonesia's claim"
            }
            if (anchored || words.size() > SHORT_CLAIM) {
                return (double) count / words.size() >= minCovered;
            }
            return count >= Math.min(words.size(), Math.ceil(minCovered * words.size() - 1e-9) + 1);
        }

        /**
         * Whether the report carries one of the sentence's main verbs (as its class), anywhere but as a noun
         * ("the spread of"), or the sentence has none known.
         */
        private boolean tellsMainEvent(String report) {
            if (mainEvents.isEmpty()) {
                return true;
            }
            Set<String> verbs = MainVerbs.verbal(report);
            verbs.addAll(Paraphrases.of(report).events());
            return mainEvents.stream().anyMatch(verbs::contains);
        }

        /**
         * Whether the report does not put another place where the shown sentence names one: a report that
         * gives none of the sentence's names and names another place after "in", "at", "near" or "from" (a
         * school "in Dorset" under a school "in South Gloucestershire") is a report of something else, however
         * many common words it shares. A report that names no place, or tells a named thing by description
         * ("A container ship ..." under "The Kestrel Moon ..."), may still back it.
         */
        private boolean namesMet(String report) {
            if (places.isEmpty()) {
                return true;
            }
            Set<String> otherPlaces = placesOf(report);
            if (otherPlaces.isEmpty() || !java.util.Collections.disjoint(otherPlaces, places)) {
                return true;
            }
            for (String token : MainVerbs.tokens(report)) {
                if (names.contains(bareName(token))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Whether the sentence says enough to be tested ({@link #MIN_FOREGROUND} foreground words or more):
         * {@link #backedBy} keeps a report of a shorter one untested.
         */
        public boolean testable() {
            return foreground.size() >= MIN_FOREGROUND;
        }
    }

    /**
     * Whether every name {@code shown} gives (a word written with a capital away from its opening, not a month
     * or a stop word) is a word of {@code report}. {@link Claim#backedBy} leaves names to the slots, which
     * compare the names two reports both give; a report that does not name the shown sentence's people at
     * all may be about someone else ("a 21-year-old roofer ... two consecutive life sentences" of one
     * defendant under "McKinney will serve two consecutive life sentences" of the other).
     */
    public static boolean namesHeld(String shown, String report) {
        Set<String> held = new HashSet<>();
        for (String token : MainVerbs.tokens(report)) {
            held.add(bareName(token));
        }
        boolean first = true;
        for (String token : MainVerbs.tokens(shown)) {
            boolean opening = first;
            first = false;
            String lower = token.toLowerCase(Locale.ROOT);
            if (!opening && Character.isUpperCase(token.charAt(0)) && token.chars().allMatch(c -> Character.isLetter(c)
                    || c == '\'' || c == '\u2019' || c == '.') && !StopWords.contains(lower) && !MONTHS.contains(lower)
                    && !MONTHS.contains(lower.replace(".", "")) && !held.contains(bareName(token))) {
                return false;
            }
        }
        return true;
    }

    /**
     * The names a sentence gives (words written with a capital away from its opening, not a month, a stop
     * word or a figure), as {@link #bareName} spells them.
     */
    static Set<String> namesOf(String sentence) {
        Set<String> names = new HashSet<>();
        boolean first = true;
        for (String token : MainVerbs.tokens(sentence)) {
            boolean opening = first;
            first = false;
            if (!opening && isName(token)) {
                names.add(bareName(token));
            }
        }
        return names;
    }

    /** Words before a place's name: "in Dorset", "at Olsby", "near Lyon", "from South Gloucestershire". */
    private static final Set<String> PLACE_WORDS = Set.of("in", "at", "near", "from");

    /** The words of the names that stand just after a {@link #PLACE_WORDS} word, as {@link #bareName} spells them. */
    static Set<String> placesOf(String sentence) {
        Set<String> places = new HashSet<>();
        List<String> tokens = MainVerbs.tokens(sentence);
        for (int i = 1; i < tokens.size(); i++) {
            if (!PLACE_WORDS.contains(tokens.get(i - 1).toLowerCase(Locale.ROOT))) {
                continue;
            }
            for (int k = i; k < tokens.size() && isName(tokens.get(k)); k++) {
                places.add(bareName(tokens.get(k)));
            }
        }
        return places;
    }

    /** A word written with a capital, of letters, not a stop word, a month or a weekday. */
    private static boolean isName(String token) {
        String lower = token.toLowerCase(Locale.ROOT);
        return token.length() > 1 && Character.isUpperCase(token.charAt(0)) && token.chars().allMatch(c -> Character.isLetter(c)
                || c == '\'' || c == '\u2019' || c == '.') && !StopWords.contains(lower) && !MONTHS.contains(lower)
                && !MONTHS.contains(lower.replace(".", "")) && !WEEKDAYS.contains(lower);
    }

    /** Weekdays, lower case: a day is a date, checked as a slot, not a name. */
    private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");

    /**
     * A capital "A", "An" or "The" straight after a small-letter word with no stop between, opening a
     * phrase of small letters: where a caption or headline was run into the sentence ("... as a precaution A
     * school in Dorset ..."). A letter grade ("type A flu", "vitamin A") is no such place.
     */
    private static final java.util.regex.Pattern GLUED = java.util.regex.Pattern.compile(
            "([a-z]{2,}) (?:A|An|The) (?=[a-z]{3,})");
    /** Words a capital letter may follow as a grade, not as a new sentence: "type A flu", "vitamin A". */
    private static final Set<String> GRADED = Set.of("type", "class", "vitamin", "grade", "group", "category",
            "hepatitis", "influenza", "plan");

    /** Where a run-in caption or headline ends and the sentence starts ({@link #GLUED}), or -1. */
    static int gluedAt(String report) {
        java.util.regex.Matcher m = GLUED.matcher(report);
        while (m.find()) {
            if (!GRADED.contains(m.group(1)) && (m.start() == 0 || !Character.isLetter(report.charAt(m.start() - 1)))) {
                return m.end(1) + 1;
            }
        }
        return -1;
    }

    /** A name as written without its possessive ending or dots, lower case: "McKinney's" is "mckinney". */
    private static String bareName(String token) {
        String lower = token.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace(".", "");
        return lower.endsWith("'s") ? lower.substring(0, lower.length() - 2) : lower;
    }

    /** Whether {@code report} holds most of what {@code shown} itself reports. */
    static boolean backs(String report, String shown) {
        return claimOf(shown).backedBy(report);
    }

    private static double share(Set<String> words, Set<String> held) {
        return words.isEmpty() ? 1 : (double) words.stream().filter(held::contains).count() / words.size();
    }

    /**
     * The sentence's content words, as stems (a verb of a known event as its class, so "detained" meets
     * "arrested"): no stop word, name, figure, month or verb of saying; the foreground leaves out those of
     * background clauses too.
     */
    public static Claim claimOf(String sentence) {
        PorterStemmer stemmer = new PorterStemmer();
        Set<String> foreground = new HashSet<>();
        Set<String> whole = new HashSet<>();
        Set<String> anchors = new HashSet<>();
        boolean background = false;
        boolean first = true;
        List<String> tokens = MainVerbs.tokens(sentence);
        int attribution = attributionStart(tokens);
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            if (i >= attribution) {
                break; // "..., government sources said": who said it, not what
            }
            if (MainVerbs.isClauseBreak(token) || token.equals("(") || token.equals(")")) {
                background = false;
                continue;
            }
            String lower = token.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
            boolean opening = first;
            first = false;
            if (MainVerbs.CLAUSES_OF_BACKGROUND.contains(lower)) {
                background = true;
                continue;
            }
            // a capitalised word is a name (checked apart), the opening one too when the name runs on ("Air France")
            boolean name = Character.isUpperCase(token.charAt(0)) && (!opening
                    || i + 1 < tokens.size() && Character.isUpperCase(tokens.get(i + 1).charAt(0)));
            if (name && !StopWords.contains(lower) && !MONTHS.contains(lower) || lower.chars().anyMatch(Character::isDigit)) {
                anchors.add(stemOf(lower, stemmer));
            }
            if (name || !isContent(lower)) {
                continue;
            }
            String stem = stemOf(lower, stemmer);
            whole.add(stem);
            if (!background) {
                foreground.add(stem);
            }
        }
        Set<String> mainEvents = new HashSet<>(MainVerbs.of(sentence).main());
        mainEvents.remove("be");
        mainEvents.remove("have");
        boolean unspaced = sentence.chars().anyMatch(c -> Scripts.withoutSpaces((char) c));
        return new Claim(foreground, whole, Set.copyOf(mainEvents), Set.copyOf(anchors), unspaced,
                mainClauseFigures(sentence), Requests.asks(sentence), Set.copyOf(namesOf(sentence)),
                Set.copyOf(placesOf(sentence)));
    }

    /** A year before a name ("the 1989 Tiananmen Square demonstrations", "A 1999 Gallup poll"): a date, not a count. */
    private static final java.util.regex.Pattern YEAR_FIRST = java.util.regex.Pattern.compile("(?:1[89]|20)\\d\\d\\b");
    /** A month's name or abbreviation just before a figure: the figure is the day of a date. */
    private static final java.util.regex.Pattern MONTH_BEFORE = java.util.regex.Pattern.compile(
            "(?i)\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+$");
    /** Words after a span that make it the measure of another event: "seven years after", "two days earlier". */
    private static final java.util.regex.Pattern MEASURES_A_CLAUSE = java.util.regex.Pattern.compile(
            "(?i)\\s*(?:after|before|since|earlier|later|ago)\\b");
    /**
     * An opening phrase that sets the main clause within a span ("Toward the end of Hrawi's nine years in
     * office, Hariri had a free hand"): the span's figure is its setting, not its news.
     */
    private static final java.util.regex.Pattern SETTING_SPAN = java.util.regex.Pattern.compile(
            "(?i)^\\s*(?:toward|towards|during|throughout|(?:at|by|near|toward|towards) the (?:end|close|start|beginning) of)\\b");
    /** Quantities whose news a sentence may carry; an age describes a person, it is not the event. */
    private static final Set<String> DESCRIPTIVE_SLOTS = Set.of("age");

    /**
     * The figures of the sentence that stand in its main clause: not after a background clause's opener
     * ("..., which killed 200 people") in the same stretch between clause breaks, nor inside a quotation (a
     * speaker's figure), nor an age.
     */
    static List<Quantity> mainClauseFigures(String sentence) {
        List<Quantity> figures = new java.util.ArrayList<>();
        for (Quantity q : withBareNumbers(sentence, Quantity.in(sentence))) {
            int at = sentence.indexOf(q.text());
            if (at < 0 || DESCRIPTIVE_SLOTS.contains(q.slot()) || Quotations.inside(sentence, q.text())
                    || YEAR_FIRST.matcher(q.text()).lookingAt() || q.value() == 1
                    || MONTH_BEFORE.matcher(sentence.substring(Math.max(0, at - 12), at)).find()
                    || MEASURES_A_CLAUSE.matcher(sentence.substring(at + q.text().length())).lookingAt()
                    || inOpeningSetting(sentence, at)) {
                // a date's day ("Sept. 2"), "one" (mostly a pronoun: "One would require ..."), a span that measures a
                // background clause ("seven years after Pinochet left power") are not the sentence's news
                continue;
            }
            int from = Math.max(Math.max(sentence.lastIndexOf(',', at), sentence.lastIndexOf(';', at)),
                    sentence.lastIndexOf('\u2014', at)) + 1;
            boolean background = MainVerbs.tokens(sentence.substring(from, at)).stream()
                    .anyMatch(t -> MainVerbs.CLAUSES_OF_BACKGROUND.contains(t.toLowerCase(Locale.ROOT)));
            if (!background) {
                figures.add(q);
            }
        }
        return List.copyOf(figures);
    }

    private static final java.util.regex.Pattern MONTH_AFTER = java.util.regex.Pattern.compile(
            "(?i)(?:st|nd|rd|th)?\\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?\\b");
    /** A number written in digits: "40,000", "1.5", "253". */
    private static final java.util.regex.Pattern DIGITS = java.util.regex.Pattern.compile(
            "(?<![\\p{L}\\d.,:/$\u00a3\u20ac-])\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?(?![\\p{L}\\d:/%-])|(?<![\\p{L}\\d.,:/$\u00a3\u20ac-])\\d+(?:\\.\\d+)?(?![\\p{L}\\d:/%,-])");

    /**
     * The sentence's quantities, and its numbers in digits that count nothing the quantities name ("Sales
     * reached 40,000 in one day"), as figures of their own: a report giving 65,000 there does not back the
     * sentence, though no slot can call the two a dispute (the number counts no named thing). Years, times,
     * and numbers inside a quantity's own words are left to the quantities.
     */
    static List<Quantity> withBareNumbers(String sentence, List<Quantity> quantities) {
        List<Quantity> all = new java.util.ArrayList<>(quantities);
        java.util.regex.Matcher m = DIGITS.matcher(sentence);
        while (m.find()) {
            String digits = m.group();
            boolean counted = false;
            for (Quantity q : quantities) {
                int at = q.text().isEmpty() ? -1 : sentence.indexOf(q.text());
                counted |= q.text().contains(digits) || (at >= 0 && m.start() >= at && m.end() <= at + q.text().length());
            }
            if (counted || YEAR_FIRST.matcher(digits).matches() && digits.length() == 4
                    || MONTH_AFTER.matcher(sentence).region(m.end(), sentence.length()).lookingAt()) {
                continue; // a year, or the day of "10 March": dates are the slots' to compare
            }
            double value;
            try {
                value = Double.parseDouble(digits.replace(",", ""));
            } catch (NumberFormatException e) {
                continue;
            }
            all.add(new Quantity(value, "number", "exact", digits));
        }
        return all;
    }

    /** Whether {@code at} stands in an opening phrase of {@link #SETTING_SPAN}, before the sentence's first comma. */
    private static boolean inOpeningSetting(String sentence, int at) {
        int comma = sentence.indexOf(',');
        return comma > at && SETTING_SPAN.matcher(sentence).lookingAt();
    }

    /** Most words of a closing attribution ("..., police said on Tuesday", "..., a spokesman for the port says"). */
    static final int ATTRIBUTION_WORDS = 8;

    /**
     * Where a closing attribution starts: the last clause break, when what follows it is short and holds a
     * verb of saying; else past the end. Its words say who reported the fact, which another outlet may
     * credit to someone else or to no one.
     */
    private static int attributionStart(List<String> tokens) {
        int lastBreak = -1;
        for (int i = tokens.size() - 1; i >= 0; i--) {
            if (MainVerbs.isClauseBreak(tokens.get(i))) {
                lastBreak = i;
                break;
            }
        }
        if (lastBreak < 0) {
            return tokens.size();
        }
        int words = 0;
        boolean saying = false;
        for (int i = lastBreak + 1; i < tokens.size(); i++) {
            String lower = tokens.get(i).toLowerCase(Locale.ROOT);
            if (lower.chars().anyMatch(Character::isLetterOrDigit)) {
                words++;
                saying |= MainVerbs.isSaying(lower);
            }
        }
        return saying && words <= ATTRIBUTION_WORDS ? lastBreak : tokens.size();
    }

    /** The sentence's foreground words ({@link #claimOf}). */
    static Set<String> foreground(String sentence) {
        return claimOf(sentence).foreground();
    }

    /** Every word of the sentence as {@link #claimOf} spells it, names and background included. */
    private static Set<String> words(String sentence) {
        PorterStemmer stemmer = new PorterStemmer();
        Set<String> words = new HashSet<>();
        for (String token : MainVerbs.tokens(sentence)) {
            words.add(stemOf(token.toLowerCase(Locale.ROOT).replace('\u2019', '\''), stemmer));
        }
        return words;
    }

    private static String stemOf(String lower, PorterStemmer stemmer) {
        String event = Paraphrases.EVENT_VERBS.get(lower);
        if (event != null) {
            return event;
        }
        String bare = lower.endsWith("'s") ? lower.substring(0, lower.length() - 2) : lower;
        return stemmer.stem(bare);
    }

    private static boolean isContent(String lower) {
        return lower.length() > 1 && !StopWords.contains(lower) && !MainVerbs.isSaying(lower)
                && lower.chars().anyMatch(Character::isLetter) && !MONTHS.contains(lower);
    }

    /** Month names and every abbreviation of them, lower case: the words of a date, checked as a slot. */
    private static final Set<String> MONTHS = java.util.stream.Stream.concat(CalendarWords.MONTHS.stream(),
                    CalendarWords.MONTH_ABBREVIATIONS.stream())
            .map(m -> m.toLowerCase(Locale.ROOT)).collect(java.util.stream.Collectors.toUnmodifiableSet());
}
