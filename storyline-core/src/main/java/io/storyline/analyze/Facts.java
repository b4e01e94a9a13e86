package io.storyline.analyze;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides when two sentences report the same fact, in the same or in other words, and when they
 * report one event but disagree on it. Two sentences tell of one event when they have a high
 * tf-idf cosine (the same content, reworded), when one's content lies almost wholly inside the
 * other's (a short report of a fact a longer sentence also carries), or when they are near copies
 * but for the values in their slots ("three workers" / "five workers"). They are then the same fact
 * only if no checkable slot differs ({@link Slots}); otherwise the other sentence disputes this one.
 * The summary and the timeline ask it to choose one sentence per event, to cite every article that
 * reports a chosen one and to show the articles that dispute it; the outlet comparison asks it which
 * near copies contradict each other.
 */
public final class Facts {

    /** Cosine at or above which two sentences are one fact. */
    static final double SAME_FACT_COSINE = 0.5;
    /**
     * A lower cosine that is one fact too when the two share at least {@value #MANY_SHARED_STEMS} content
     * stems and their main verbs are known and agree: a reworded sentence whose shared words the whole
     * story uses (so its idf is low), not a sentence that shares a background clause ("Drivers ... spent
     * an hour in traffic ... after a container ship struck one of its piers").
     */
    static final double SAME_FACT_COSINE_MANY_SHARED = 0.4;
    static final int MANY_SHARED_STEMS = 5;
    /** Share of the shorter sentence's tf-idf mass the longer must contain ... */
    static final double CONTAINED = 0.8;
    /** ... provided the two are at least this similar overall. */
    static final double CONTAINED_MIN_COSINE = 0.3;
    /** Cosine, over the words outside their slots, at or above which two sentences tell of one event. */
    static final double SAME_EVENT_BESIDE_SLOTS = 0.6;
    private static final java.util.Set<String> MONTH_STEMS = monthStems();
    /** Content stems two sentences must share to tell of one event: fewer is a coincidence of one rare word. */
    static final int MIN_SHARED_STEMS = 3;
    /**
     * Plain content words of one phrase two sentences both write ({@link SharedPhrase}) that make them one
     * statement retold where no slot differs and their main verbs do not part them.
     */
    static final int SHARED_PHRASE_WORDS = 5;
    /** Share of the shorter quotation's words two quotations must share to be one thing said. */
    static final double SAME_QUOTATION = 0.34;

    private static final java.util.regex.Pattern OWN_PAGE = java.util.regex.Pattern.compile(
            "(?i)\\bthis (?:article|page|post|blog post|story|entry) (?:was|has been|is being|will be) "
                    + "(?:amended|corrected|updated|edited|changed|published|first published|posted)\\b"
                    + "|\\ba version (?:of this (?:article|story) )?appeared (?:on|in) (?:p(?:age)?\\s?\\d|print)");

    /** How two sentences relate. */
    public enum Relation { SAME, DISPUTED, OTHER }

    /** Another article's report of a sentence's event, and the slots in which it differs (seen from the sentence). */
    public record Dispute(AnalyzedSentence sentence, List<SlotDifference> differences) {
    }

    private final StoryAnalysis story;
    private final SimilarityGraph graph;
    private final Map<Integer, Slots> slots;
    private final Map<Integer, java.util.Set<String>> slotStems;
    private final Map<Integer, Paraphrases.Gist> gists;
    private final Map<Integer, java.util.Set<String>> plainStems;
    private final Map<Integer, MainVerbs.Verbs> mainVerbs;
    private final Map<Integer, java.util.Set<String>> stemSets;
    private final Map<Integer, QuotedWords.Quoted> quotations;
    /** Per term of the story: 0 not yet asked, 1 a calendar word or figure, 2 not. */
    private final byte[] calendarOrFigure;
    /**
     * How pairs relate, by (first id, second id), decided once: the summary's search, its citations and its
     * writer ask many pairs again. Over this object's graph only, so not handed on by {@link #over}.
     */
    private final Map<Long, Relation> relations = new HashMap<>();
    /** Sentences in a person's own voice ({@link PersonalVoice}), which back no citation; read when first asked. */
    private java.util.BitSet personal;

    private Facts(StoryAnalysis story, SimilarityGraph graph, Map<Integer, Slots> slots,
                  Map<Integer, java.util.Set<String>> slotStems, Map<Integer, Paraphrases.Gist> gists,
                  Map<Integer, java.util.Set<String>> plainStems, Map<Integer, MainVerbs.Verbs> mainVerbs,
                  Map<Integer, java.util.Set<String>> stemSets, Map<Integer, QuotedWords.Quoted> quotations,
                  byte[] calendarOrFigure) {
        this.story = story;
        this.graph = graph;
        this.slots = slots;
        this.slotStems = slotStems;
        this.gists = gists;
        this.plainStems = plainStems;
        this.mainVerbs = mainVerbs;
        this.stemSets = stemSets;
        this.quotations = quotations;
        this.calendarOrFigure = calendarOrFigure;
    }

    /**
     * The same story's facts over another graph of it (for instance one around the sentences a timeline
     * chose), keeping what was already worked out for each sentence: its slots, stems, main verbs and
     * quotations are read once.
     */
    public Facts over(SimilarityGraph other) {
        return new Facts(story, other, slots, slotStems, gists, plainStems, mainVerbs, stemSets, quotations,
                calendarOrFigure);
    }

    /**
     * The sentence's checkable slots ({@link Slots#of}), read once per sentence and kept: the outlet comparison's
     * reports take them from here ({@link StoryFacts}).
     */
    public Slots slotsOf(AnalyzedSentence s) {
        return slots(s);
    }

    /**
     * Facts over a graph of the story at a floor no higher than {@value #CONTAINED_MIN_COSINE} (e.g.
     * {@link SimilarityGraph#FLOOR}); a partial graph ({@link SimilarityGraph#around}) answers
     * {@link #reportsElsewhere} only for its focus sentences.
     */
    public static Facts of(StoryAnalysis story, SimilarityGraph graph) {
        return new Facts(story, graph, new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>(), new HashMap<>(),
                new HashMap<>(), new HashMap<>(), new byte[story.vocabularySize()]);
    }

    /** Whether the two sentences report the same fact: one event, no slot differing. */
    public boolean same(AnalyzedSentence a, AnalyzedSentence b) {
        return relation(a, b) == Relation.SAME;
    }

    /**
     * Whether one sentence says what the other denies, in the same words beside the denial ("the fire was caused by
     * sabotage" / "the fire was not caused by sabotage"). Not one fact and not a disputed figure ({@link #relation}
     * calls them two statements; the comparison lists them as a conflict), but one event a timeline tells once.
     */
    public boolean denies(AnalyzedSentence a, AnalyzedSentence b) {
        if (a.article() == b.article() || sharedStems(a, b) < MIN_SHARED_STEMS) {
            return false;
        }
        List<SlotDifference> differences = differences(a, b);
        return !differences.isEmpty() && differences.stream().allMatch(d -> d.kind().equals("negation"))
                && cosineBesideSlots(a, b, differences) >= SAME_EVENT_BESIDE_SLOTS;
    }

    /** Whether the two tell of one event, agreeing or not: a summary says it once. */
    public boolean sameEvent(AnalyzedSentence a, AnalyzedSentence b) {
        return relation(a, b) != Relation.OTHER;
    }

    public Relation relation(AnalyzedSentence a, AnalyzedSentence b) {
        long key = (long) a.id() << 32 | (b.id() & 0xffffffffL);
        Relation known = relations.get(key);
        if (known == null) {
            known = decide(a, b);
            relations.put(key, known);
        }
        return known;
    }

    private Relation decide(AnalyzedSentence a, AnalyzedSentence b) {
        // the same words are one fact, whatever the weights say (in a one-article story every word is in
        // every article, so its weights are nil and no other test below could see it)
        if (a.id() == b.id() || a.text().equals(b.text())) {
            return Relation.SAME;
        }
        // one rare word in common is not one event (the cheapest test, so asked first of every pair) ...
        boolean fewShared = sharedStems(a, b) < MIN_SHARED_STEMS;
        // ... unless the two tell one event in other words ("was arrested" / "detained the ailing general"),
        // which may share no word but the name: asked only where no slot differs, so a paraphrase is never
        // read as a disagreement nor a disagreement as one fact
        List<SlotDifference> written = null;
        boolean reworded = false;
        if (Paraphrases.oneEvent(gist(a), gist(b))) {
            written = differences(a, b);
            reworded = written.isEmpty();
        }
        // ... or around one figure of one thing ("All 90 people aboard were killed" / "All 90 people on board
        // died"), which may share no word but the figure's: one event only where no slot differs
        boolean anchored = false;
        if (!reworded && fewShared && anchored(a, b)) {
            written = written != null ? written : differences(a, b);
            anchored = written.isEmpty();
        }
        if (!reworded && !anchored && fewShared) {
            return Relation.OTHER;
        }
        double cosine = graph.similarity(a.id(), b.id());
        if (written == null) {
            written = differences(a, b);
        }
        boolean oneEvent = reworded || anchored || sameWords(a, b, cosine) || manySharedUnderOneVerb(a, b, cosine)
                || written.isEmpty() && (anchored(a, b) || retold(a, b));
        if (!oneEvent && (written.isEmpty() || cosineBesideSlots(a, b, written) < SAME_EVENT_BESIDE_SLOTS)) {
            return Relation.OTHER;
        }
        // one speaker saying two things is not one event
        if (QuotedWords.differ(quoted(a), quoted(b), SAME_QUOTATION)
                || QuotedWords.saidApart(quoted(a), stems(a), quoted(b), stems(b))) {
            return Relation.OTHER;
        }
        // checked only now, for the few pairs that tell of one event: most pairs stop above
        List<SlotDifference> differences = checked(written, a, b);
        // two posts a page stamped at different times ("6:33 pm | ..." / "11:51 am | ..."): no dispute, and one
        // fact only when they post the same words
        if (PostStamps.onlyStampsDiffer(a.text(), b.text(), differences)
                || !differences.isEmpty() && PostStamps.postedApart(a.text(), b.text())) {
            return PostStamps.sameBesideStamps(a.text(), b.text()) ? Relation.SAME : Relation.OTHER;
        }
        if (!oneEvent && differences.isEmpty()) {
            return Relation.OTHER;
        }
        if (differences.isEmpty()) {
            // two moments the writers looked at: not one report to cite for the other, nor a disagreement;
            // and two lines that share only names ("... The New York Times News Service") tell no one fact
            // and two sentences whose main verbs differ report two things, whatever clause they share
            // ("had recovered the recorder" / "was sending a team ... to examine the recorder")
            // and two copies of one text that put two things in one place ("moved to a sports hall" / "to a school")
            // and two descriptions of one person ("Site manager Ilse Berg said" / "Quarry owner Ilse Berg said"):
            // neither outlet is a source for the other's
            return TimeOfDay.observedApart(a.text(), b.text()) || Substitutions.differ(a.text(), b.text())
                    || slots(a).describedApart(slots(b))
                    || !reworded && (sharesOnlyNames(a, b) || MainVerbs.differ(mainVerbs(a), mainVerbs(b)))
                    ? Relation.OTHER : Relation.SAME;
        }
        // "killing 12 people" / "wounding 30 people": two counts of two things, not one figure disputed; and "said
        // Monday" / "if you postpone the debate on Friday": a day of saying or a supposed value is not the event's
        differences = Outcomes.withoutOtherOutcomes(a.text(), b.text(), differences).stream()
                .filter(d -> !UnstatedValues.either(a.text(), b.text(), d))
                // "sank on 22 April, two days after a huge explosion" / "a huge explosion on 20 April": two events' days
                .filter(d -> !DatedEvents.apart(a.text(), b.text(), d)).toList();
        if (differences.isEmpty()) {
            return Relation.OTHER;
        }
        if (aboutItsOwnPage(a.text()) || aboutItsOwnPage(b.text())
                || differences.stream().anyMatch(d -> !d.kind().equals("negation") && claimAgainstStatement(a.text(), b.text(), d))) {
            return Relation.OTHER;
        }
        // two main clauses that tell of other happenings ("there are 50,000 Americans in Egypt" / "219 Americans
        // have departed"): two statements, whatever values they give
        if (OtherSubjects.differ(a.text(), b.text(), differences) || MainVerbs.differ(mainVerbs(a), mainVerbs(b))) {
            return Relation.OTHER;
        }
        boolean onlyNegation = differences.stream().allMatch(d -> d.kind().equals("negation"));
        // disputed only when the words beside the slots are one statement: two reader comments
        // stamped "January 31, 2011 at 2:28 pm" and "... at 6:28 pm" share their stamps, not a fact
        return onlyNegation || cosineBesideSlots(a, b, written) < SAME_EVENT_BESIDE_SLOTS
                ? Relation.OTHER : Relation.DISPUTED;
    }

    /**
     * Whether one sentence's value stands inside a quotation and the other's outside: a speaker's claim
     * ("'We lost 45 men,' the colonel said") against an outlet's own statement ("30 soldiers were
     * killed"). Neither backs nor disputes the other: they are not one fact, and not a disagreement
     * between outlets. Two quotations that differ ("45 men" / "30 men" in the same words) still do: two
     * outlets disagree on what was said.
     */
    public static boolean claimAgainstStatement(String a, String b, SlotDifference difference) {
        return Quotations.inside(a, difference.value()) != Quotations.inside(b, difference.otherValue());
    }

    /**
     * Whether the line speaks of the page it stands on ("This article was amended on 19 May", "this
     * story has been updated", "A version appeared on p2 of the Main section ... on Friday 30 April"): its
     * dates and figures are its own page's, so two pages' such lines never disagree.
     */
    public static boolean aboutItsOwnPage(String text) {
        return OWN_PAGE.matcher(text).find();
    }

    /**
     * Whether two articles are copies of one outlet's story on one day (a wire copy and its update): one
     * outlet, both dated, the same day. Another day's article of the outlet is the story moving on, told
     * as such by the comparison, not a revised copy.
     */
    static boolean oneStoryRevised(io.storyline.model.Article a, io.storyline.model.Article b) {
        return a.sameOutletAs(b) && a.published() != null && a.published().equals(b.published());
    }

    /**
     * The slots in which {@code b} differs from {@code a}, seen from {@code a}. Two copies of one outlet's
     * story on one day (a wire copy and its update) differ also where one gives a figure the other's bound
     * would allow ("at least seven" / "11"): the outlet revised it, so the later copy does not back the earlier
     * figure ({@link Slots#revisions}).
     */
    public List<SlotDifference> differences(AnalyzedSentence a, AnalyzedSentence b) {
        List<SlotDifference> differences = slots(a).differences(slots(b));
        if (a.article() == b.article()) {
            return differences;
        }
        List<SlotDifference> revised = slots(a).revisions(slots(b));
        // one outlet's two copies; or another outlet's figure a hedge reconciles with a copy its own outlet revised
        // ("at least seven", later "11" by the same wire: the first copy backs no one's "Eleven")
        if (!revised.isEmpty() && (sameOutlet(a, b) || revisedByItsOutlet(a) || revisedByItsOutlet(b))) {
            differences = new ArrayList<>(differences);
            differences.addAll(revised);
        }
        return differences;
    }

    /**
     * Whether the two are copies of one outlet's story of one day (a wire copy and its update): copies of other
     * days are the story moving on, which the summary and the comparison already keep apart by date.
     */
    private boolean sameOutlet(AnalyzedSentence a, AnalyzedSentence b) {
        return oneStoryRevised(story.articles().get(a.article()), story.articles().get(b.article()));
    }

    /** Whether another copy of the sentence's outlet of its day gives one of its figures revised ({@link Slots#revisions}). */
    private boolean revisedByItsOutlet(AnalyzedSentence sentence) {
        for (int other : graph.neighbours(sentence.id())) {
            AnalyzedSentence copy = story.sentences().get(other);
            if (copy.article() != sentence.article() && sameOutlet(sentence, copy)
                    && !slots(sentence).revisions(slots(copy)).isEmpty()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The differences that count for the relation: a negation only when it denies what the other
     * sentence asserts ({@link Negations}); "whether or not more than 200 players ..." beside a report
     * without the clause is no disagreement, nor "does not recognize" beside "refuses to recognize".
     */
    private List<SlotDifference> checked(List<SlotDifference> differences, AnalyzedSentence a, AnalyzedSentence b) {
        if (differences.stream().noneMatch(d -> d.kind().equals("negation"))) {
            return differences;
        }
        AnalyzedSentence negated = slots(a).negated() ? a : b;
        AnalyzedSentence other = negated == a ? b : a;
        if (Negations.denies(negated.text(), stems(other), Negations.refused(other.text()))) {
            return differences;
        }
        return differences.stream().filter(d -> !d.kind().equals("negation")).toList();
    }

    /** The sentence's stems, worked out once per sentence. */
    private java.util.Set<String> stems(AnalyzedSentence s) {
        return stemSets.computeIfAbsent(s.id(), id -> {
            java.util.Set<String> stems = new java.util.HashSet<>();
            for (int stem : s.stems()) {
                stems.add(story.stem(stem));
            }
            return stems;
        });
    }

    /** What the sentence quotes, read once per sentence. */
    private QuotedWords.Quoted quoted(AnalyzedSentence s) {
        return quotations.computeIfAbsent(s.id(), id -> QuotedWords.read(s.text()));
    }

    /** The content stems the two sentences share. */
    static int sharedStems(AnalyzedSentence a, AnalyzedSentence b) {
        int[] shared = {0};
        everySharedTerm(a.tfidf(), b.tfidf(), term -> {
            shared[0]++;
            return true;
        });
        return shared[0];
    }

    /**
     * Whether {@code test} holds for every term the two vectors share, walking both once (term vectors are
     * sorted by term, each term once) and stopping at the first that fails.
     */
    private static boolean everySharedTerm(TermVector x, TermVector y, java.util.function.IntPredicate test) {
        int i = 0;
        int j = 0;
        while (i < x.size() && j < y.size()) {
            int left = x.term(i);
            int right = y.term(j);
            if (left == right) {
                if (!test.test(left)) {
                    return false;
                }
                i++;
                j++;
            } else if (left < right) {
                i++;
            } else {
                j++;
            }
        }
        return true;
    }

    /**
     * Whether every content stem the two share is written with a capital in both, away from the
     * sentence's first word: they share names (a credit line's "New York Times News Service", a
     * speaker's party) and no word of what happened, so they are not one fact. Lower-cased text (no
     * capitals to go by) never counts as names only.
     */
    boolean sharesOnlyNames(AnalyzedSentence a, AnalyzedSentence b) {
        java.util.Set<String> plainA = plainStems(a);
        java.util.Set<String> plainB = plainStems(b);
        return everySharedTerm(a.tfidf(), b.tfidf(), term -> {
            String stem = story.stem(term);
            return !(plainA.contains(stem) || plainB.contains(stem) || calendarOrFigure(term));
        });
    }

    /** The stems of the sentence's words written without a capital, or opening it: not names. */
    private java.util.Set<String> plainStems(AnalyzedSentence s) {
        return plainStems.computeIfAbsent(s.id(), id -> {
            Tokens.Words read = Tokens.withCapitals(s.text());
            List<String> words = read.words();
            boolean[] capitals = read.capitals();
            java.util.Set<String> stems = new java.util.HashSet<>();
            PorterStemmer stemmer = new PorterStemmer();
            for (int k = 0; k < words.size() && k < capitals.length; k++) {
                if (k == 0 || !capitals[k]) {
                    stems.add(stemmer.stem(words.get(k)));
                }
            }
            return stems;
        });
    }

    private MainVerbs.Verbs mainVerbs(AnalyzedSentence s) {
        return mainVerbs.computeIfAbsent(s.id(), id -> MainVerbs.of(s.text()));
    }

    private Paraphrases.Gist gist(AnalyzedSentence s) {
        return gists.computeIfAbsent(s.id(), id -> Paraphrases.of(s.text()));
    }

    private Slots slots(AnalyzedSentence s) {
        return slots.computeIfAbsent(s.id(), id -> Slots.of(s.text()));
    }

    private boolean manySharedUnderOneVerb(AnalyzedSentence a, AnalyzedSentence b, double cosine) {
        return cosine >= SAME_FACT_COSINE_MANY_SHARED && sharedStems(a, b) >= MANY_SHARED_STEMS
                && MainVerbs.agree(mainVerbs(a), mainVerbs(b));
    }

    /**
     * Whether the two tell one happening with one figure of one thing ({@link SharedFigures}) under main verbs
     * that agree: "Authorities evacuated 3,150 residents to schools in Brenna" / "About 3,000 residents were
     * evacuated to schools in the neighbouring town of Brenna", reworded below every cosine. Asked by the caller
     * only where no slot differs.
     */
    private boolean anchored(AnalyzedSentence a, AnalyzedSentence b) {
        return MainVerbs.agree(mainVerbs(a), mainVerbs(b)) && SharedFigures.share(slots(a), slots(b));
    }

    /**
     * Whether the two write one long phrase of plain content words ({@link SharedPhrase}): a statement retold
     * whose shared words the story's idf discounts. Asked by the caller only where no slot differs.
     */
    private boolean retold(AnalyzedSentence a, AnalyzedSentence b) {
        return SharedPhrase.plainWords(a.text(), b.text()) >= SHARED_PHRASE_WORDS;
    }

    private static boolean sameWords(AnalyzedSentence a, AnalyzedSentence b, double cosine) {
        if (cosine >= SAME_FACT_COSINE) {
            return true;
        }
        if (cosine < CONTAINED_MIN_COSINE) {
            return false;
        }
        AnalyzedSentence shorter = a.tfidf().size() <= b.tfidf().size() ? a : b;
        AnalyzedSentence longer = shorter == a ? b : a;
        return shorter.tfidf().size() >= 3 && shorter.tfidf().coveredBy(longer.tfidf()) >= CONTAINED;
    }

    /**
     * The cosine of the two sentences over the terms that are not in a slot's words of either, nor in a name
     * one puts in the other's place: the {@code name} or {@code place} entry of their {@code differences}
     * ({@link #differences}, where {@link NameSwaps} found it).
     */
    double cosineBesideSlots(AnalyzedSentence a, AnalyzedSentence b, List<SlotDifference> differences) {
        java.util.Set<String> slotStemsA = slotStems(a);
        java.util.Set<String> slotStemsB = slotStems(b);
        java.util.Set<String> swapped = new java.util.HashSet<>();
        PorterStemmer stemmer = new PorterStemmer();
        for (SlotDifference d : differences) {
            if (d.kind().equals("name") || d.kind().equals("place") || d.kind().equals("role")) {
                addStems(d.value() + " " + d.otherValue(), stemmer, swapped);
            }
        }
        return TermVector.cosineWithout(a.tfidf(), b.tfidf(), term -> calendarOrFigure(term)
                || slotStemsA.contains(story.stem(term)) || slotStemsB.contains(story.stem(term))
                || swapped.contains(story.stem(term)));
    }

    private static void addStems(String words, PorterStemmer stemmer, java.util.Set<String> stems) {
        for (String word : Tokens.matchWords(words)) {
            stems.add(stemmer.stem(word));
        }
    }

    /** The stems of the words that fill the sentence's slots, worked out once per sentence. */
    private java.util.Set<String> slotStems(AnalyzedSentence s) {
        return slotStems.computeIfAbsent(s.id(), id -> {
            java.util.Set<String> stems = new java.util.HashSet<>();
            PorterStemmer stemmer = new PorterStemmer();
            for (String words : slots(s).slotWords()) {
                addStems(words, stemmer, stems);
            }
            return stems;
        });
    }

    /** {@link #calendarOrFigure(String)} of the story's term, decided once per term. */
    private boolean calendarOrFigure(int term) {
        if (calendarOrFigure[term] == 0) {
            calendarOrFigure[term] = calendarOrFigure(story.stem(term)) ? (byte) 1 : (byte) 2;
        }
        return calendarOrFigure[term] == 1;
    }

    /** Month names, years and other bare figures: the words of a date, never what a statement says. */
    private static boolean calendarOrFigure(String stem) {
        if (!stem.isEmpty() && stem.chars().allMatch(c -> Character.isDigit(c) || c == ',' || c == '.')) {
            return true;
        }
        return MONTH_STEMS.contains(stem);
    }

    /**
     * The sentence and, after it, the reports of its fact in other articles ({@link #reportsElsewhere}):
     * what a summary or timeline cites for it.
     */
    public List<AnalyzedSentence> reports(AnalyzedSentence sentence) {
        List<AnalyzedSentence> all = new ArrayList<>();
        all.add(sentence);
        all.addAll(reportsElsewhere(sentence));
        return all;
    }

    /**
     * The sentences of other articles that report the same fact as {@code sentence}: at most one per
     * article, the most similar one, in article order.
     */
    public List<AnalyzedSentence> reportsElsewhere(AnalyzedSentence sentence) {
        List<AnalyzedSentence> reports = new ArrayList<>();
        Backing.Claim claim = null;
        for (Report report : bestPerArticle(sentence, true)) {
            if (report != null && report.dispute() == null) {
                // one fact by its shared words, yet cited only where the report holds what the sentence reports
                claim = claim != null ? claim : Backing.claimOf(sentence.text());
                if (claim.backedBy(report.sentence().text())) {
                    reports.add(report.sentence());
                }
            }
        }
        return reports;
    }

    /**
     * Whether {@code report} may be cited for the fact {@code shown} tells: the test every citation of a
     * summary or timeline passes ({@link #reportsElsewhere}), which the outlet comparison asks too, so an
     * outlet is listed as carrying a fact only where a summary would cite it. The two are neighbours in the
     * graph (or the same words), one fact with no slot differing ({@link #same}), and the report holds what
     * the shown sentence itself reports ({@link Backing}).
     */
    public boolean reportedBy(AnalyzedSentence shown, AnalyzedSentence report) {
        return reportedBy(shown, Backing.claimOf(shown.text()), report);
    }

    /** {@link #reportedBy(AnalyzedSentence, AnalyzedSentence)} with the shown sentence's claim read once by the caller. */
    public boolean reportedBy(AnalyzedSentence shown, Backing.Claim claim, AnalyzedSentence report) {
        boolean neighbours = shown.text().equals(report.text()) || graph.similarity(shown.id(), report.id()) > 0;
        return neighbours && citable(shown, report) && same(shown, report) && claim.backedBy(report.text());
    }

    /**
     * Whether {@code report} may back a citation of {@code shown} at all: not a sentence in a person's own voice
     * (a reader's comment, a quoted speaker's words: {@link PersonalVoice}), nor a question, which asks and
     * states nothing ("... is it going to spread in the UK?" under "Swine flu has spread to several countries"),
     * unless it is the shown sentence's very words or the shown sentence is in a personal voice itself (a
     * speaker's words another outlet quotes too).
     */
    private boolean citable(AnalyzedSentence shown, AnalyzedSentence report) {
        if (personal == null) {
            personal = PersonalVoice.of(story);
        }
        if (shown.text().equals(report.text()) || personal.get(shown.id())) {
            return true; // its very words, or one speaker's words told again: a voice backs the same voice
        }
        return !personal.get(report.id()) && !PersonalVoice.asks(report.text());
    }

    /**
     * The sentence and, after it, one report of its event from each other article that has one,
     * agreeing or disputing, in article order: what places the sentence in a story's order.
     */
    public List<AnalyzedSentence> reportsOfEvent(AnalyzedSentence sentence) {
        List<AnalyzedSentence> all = new ArrayList<>();
        all.add(sentence);
        for (Report report : bestPerArticle(sentence)) {
            if (report != null) {
                all.add(report.sentence());
            }
        }
        return all;
    }

    /**
     * The reports of the sentence's event in other articles that differ from it in a slot: one per
     * article that has no agreeing report, the most similar, in article order.
     */
    public List<Dispute> disputes(AnalyzedSentence sentence) {
        List<Dispute> disputes = new ArrayList<>();
        for (Report report : bestPerArticle(sentence)) {
            if (report != null && report.dispute() != null) {
                disputes.add(report.dispute());
            }
        }
        return disputes;
    }

    /** One article's report of a sentence's event: agreeing ({@code dispute} null) or disputing. */
    private record Report(AnalyzedSentence sentence, Dispute dispute, double similarity) {

        boolean agrees() {
            return dispute == null;
        }
    }

    /** Per other article: its most similar agreeing report, else its most similar disputing one, else null. */
    private Report[] bestPerArticle(AnalyzedSentence sentence) {
        return bestPerArticle(sentence, false);
    }

    /** {@link #bestPerArticle(AnalyzedSentence)}; {@code citing}: only of the sentences that may back a citation. */
    private Report[] bestPerArticle(AnalyzedSentence sentence, boolean citing) {
        Report[] best = new Report[story.articles().size()];
        int[] neighbours = graph.neighbours(sentence.id());
        double[] weights = graph.weights(sentence.id());
        for (int i = 0; i < neighbours.length; i++) {
            AnalyzedSentence other = story.sentences().get(neighbours[i]);
            int article = other.article();
            Report kept = best[article];
            if (article == sentence.article() || kept != null && kept.agrees() && weights[i] <= kept.similarity()
                    || citing && !citable(sentence, other)) {
                continue;
            }
            Relation relation = relation(sentence, other);
            if (relation == Relation.SAME) {
                best[article] = new Report(other, null, weights[i]);
            } else if (relation == Relation.DISPUTED && (kept == null || !kept.agrees() && weights[i] > kept.similarity())) {
                best[article] = new Report(other, new Dispute(other, differences(sentence, other).stream()
                        .filter(d -> !d.kind().equals("negation")).toList()), weights[i]);
            }
        }
        return best;
    }

    private static java.util.Set<String> monthStems() {
        PorterStemmer stemmer = new PorterStemmer();
        java.util.Set<String> stems = new java.util.HashSet<>();
        for (String month : io.storyline.analyze.time.CalendarWords.MONTHS) {
            stems.add(stemmer.stem(month.toLowerCase(java.util.Locale.ROOT)));
            stems.add(stemmer.stem(month.substring(0, 3).toLowerCase(java.util.Locale.ROOT)));
        }
        return java.util.Set.copyOf(stems);
    }
}
