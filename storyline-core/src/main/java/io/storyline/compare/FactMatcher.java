package io.storyline.compare;

import io.storyline.analyze.Facts;
import io.storyline.analyze.LinkLines;
import io.storyline.analyze.Quantity;
import io.storyline.analyze.StoryAnalysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Groups sentences of different articles that report the same thing. Word overlap alone misses
 * paraphrase ("Koussa resigned on Thursday" / "After defecting Wednesday, former Foreign Minister
 * Moussa Koussa ..." share few words), so a pair is one fact when it has, in this order of
 * trust: a high tf-idf cosine; or a shared distinctive entity (one not named in most of the story)
 * together with a shared event class or a shared number; or two shared distinctive entities and
 * some word overlap. Those rules find a disagreement worded apart; a pair that agrees is one fact only
 * when {@link Facts} also finds it the same fact, the decision the summary and the timeline cite by
 * (alone, a shared name and event class joined "Six cargo ships were waiting outside Port Alder" with
 * "Greyhaven Shipping said it was cooperating fully"). Pairs are joined strongest first into groups of at most one sentence per
 * article, every two members a matching pair (complete linkage), so a sentence that reports two facts
 * lends itself to the one it reports best. A pair that
 * would match but differs in a checkable slot ({@link io.storyline.analyze.Slots}) is never one
 * fact: it is kept aside as disputed, for the conflict finder, and no group holds two sentences
 * that differ so.
 */
final class FactMatcher {

    static final double SAME_COSINE = 0.5;
    static final double OVERLAP_COSINE = 0.12;
    /** An entity named in more than this share of the story's sentences is not distinctive. */
    static final double DISTINCTIVE_SHARE = 0.15;
    /**
     * A pair that shares no distinctive name, event class or figure is still one fact when {@link Facts}
     * finds it so ("The Kestrel Moon lost steering ... and hit the bridge at about 11:40 p.m." / "A container
     * ship lost steering and struck a support pier of the ... Bridge at about 11:40 p.m."): asked only from
     * this cosine up, the lowest at which {@link Facts} joins two sentences by their words.
     */
    static final double SAME_FACT_FLOOR = 0.3;
    /** Beyond this many sentences, only pairs that share an entity are considered. */
    private static final int ALL_PAIRS_LIMIT = 2500;

    private final StoryAnalysis story;
    private final Facts facts;
    private final List<Report> reports;
    /** Per report: whether it only points to web addresses ({@link LinkLines}). */
    private final boolean[] pointer;
    private final Set<Integer> distinctive = new HashSet<>();
    private final List<int[]> disputed = new ArrayList<>();
    private List<List<Integer>> oneEvent = List.of();

    FactMatcher(StoryAnalysis story, Facts facts, List<Report> reports, int entityCount) {
        this.story = story;
        this.facts = facts;
        this.reports = reports;
        this.pointer = new boolean[reports.size()];
        for (int r = 0; r < reports.size(); r++) {
            pointer[r] = LinkLines.pointer(reports.get(r).sentence().text());
        }
        int[] frequency = new int[entityCount];
        for (Report report : reports) {
            report.entities().forEach(e -> frequency[e]++);
        }
        int limit = Math.max(3, (int) Math.ceil(DISTINCTIVE_SHARE * reports.size()));
        for (int e = 0; e < entityCount; e++) {
            if (frequency[e] > 0 && frequency[e] <= limit) {
                distinctive.add(e);
            }
        }
    }

    /** A scored candidate pair of sentences. */
    private record Pair(int a, int b, double score) {
    }

    /** What two sentences share, counted once for the score. */
    private record Overlap(double cosine, int sharedEntities, int sharedEvents, int sharedNumbers) {

        boolean reportsOneFact() {
            return cosine >= SAME_COSINE
                    || (sharedEntities >= 1 && (sharedEvents >= 1 || sharedNumbers >= 1))
                    || (sharedEntities >= 2 && cosine >= OVERLAP_COSINE)
                    || (sharedNumbers >= 1 && sharedEvents >= 1 && cosine >= OVERLAP_COSINE);
        }

        double score() {
            return reportsOneFact() ? cosine + 0.25 * sharedEntities + 0.2 * sharedEvents + 0.3 * sharedNumbers : 0;
        }
    }

    private static long key(int sentence, int article) {
        return ((long) sentence << 32) | article;
    }

    /** Groups of sentence ids that report one fact, each of two or more articles, strongest first. */
    List<List<Integer>> groups() {
        List<Pair> pairs = new ArrayList<>();
        List<Pair> differing = new ArrayList<>();
        List<Pair> wordedApart = new ArrayList<>();
        // best[sentence] per other article: the strongest score of any pair it is in with that article
        Map<Long, Double> best = new HashMap<>();
        disputed.clear();
        for (int[] candidate : candidates()) {
            Report a = reports.get(candidate[0]);
            Report b = reports.get(candidate[1]);
            if (pointer[candidate[0]] || pointer[candidate[1]]) {
                continue; // a link trailer ("On the Net: http://...") states nothing to share or dispute
            }
            Overlap overlap = overlap(a, b);
            double score = overlap.score();
            if (score <= 0) {
                // the same fact in other words, cited together; kept from the conflict finder's reports of
                // one thing, which the rules above alone decide
                if (overlap.cosine() >= SAME_FACT_FLOOR && !a.differsFrom(b) && facts.same(a.sentence(), b.sentence())) {
                    wordedApart.add(new Pair(candidate[0], candidate[1], overlap.cosine()));
                }
                continue;
            }
            best.merge(key(candidate[0], b.article()), score, Math::max);
            best.merge(key(candidate[1], a.article()), score, Math::max);
            if (a.differsFrom(b)) {
                differing.add(new Pair(candidate[0], candidate[1], score));
            } else {
                pairs.add(new Pair(candidate[0], candidate[1], score));
            }
        }
        // A differing pair is one disputed fact only when each sentence matches nothing in the other
        // article better: otherwise it is a second event of the same people ("arrested Thursday" /
        // "arrest announced Friday" beside an article's own report of the arrest).
        for (Pair pair : differing) {
            int articleA = reports.get(pair.a()).article();
            int articleB = reports.get(pair.b()).article();
            if (pair.score() >= best.get(key(pair.a(), articleB)) && pair.score() >= best.get(key(pair.b(), articleA))) {
                disputed.add(new int[] {pair.a(), pair.b()});
            }
        }
        Comparator<Pair> strongestFirst = Comparator.comparingDouble((Pair p) -> -p.score()).thenComparingInt(Pair::a)
                .thenComparingInt(Pair::b);
        pairs.sort(strongestFirst);
        oneEvent = join(pairs, false);
        List<Pair> sameFact = new ArrayList<>(pairs.stream().filter(p -> oneFact(reports.get(p.a()), reports.get(p.b()))).toList());
        sameFact.addAll(wordedApart);
        sameFact.sort(strongestFirst);
        return join(sameFact, true);
    }

    /**
     * The groups of the last {@link #groups()} before {@link Facts} was asked: reports that the rules above
     * find telling one thing, for the conflict finder to compare slot by slot (names in a role, places),
     * never cited together on that ground alone.
     */
    List<List<Integer>> reportsOfOneThing() {
        return oneEvent;
    }

    /**
     * Joins the pairs, strongest first, into groups of one sentence per article; with {@code complete},
     * every two members must be a pair themselves.
     */
    private List<List<Integer>> join(List<Pair> pairs, boolean complete) {
        Set<Long> matching = new HashSet<>();
        for (Pair pair : pairs) {
            matching.add(pairKey(pair.a(), pair.b()));
        }
        int[] groupOf = new int[reports.size()];
        java.util.Arrays.fill(groupOf, -1);
        List<List<Integer>> groups = new ArrayList<>();
        for (Pair pair : pairs) {
            int ga = groupOf[pair.a()];
            int gb = groupOf[pair.b()];
            if (ga >= 0 && ga == gb) {
                continue;
            }
            List<Integer> members = new ArrayList<>();
            if (ga >= 0) {
                members.addAll(groups.get(ga));
            } else {
                members.add(pair.a());
            }
            if (gb >= 0) {
                members.addAll(groups.get(gb));
            } else {
                members.add(pair.b());
            }
            Set<Integer> articles = new HashSet<>();
            boolean onePerArticle = true;
            for (int s : members) {
                onePerArticle &= articles.add(reports.get(s).article());
            }
            if (!onePerArticle || anyDiffer(members) || (complete && !allMatch(members, matching))) {
                continue;
            }
            int target = ga >= 0 ? ga : gb >= 0 ? gb : groups.size();
            if (target == groups.size()) {
                groups.add(members);
            } else {
                groups.set(target, members);
            }
            int other = target == ga ? gb : ga;
            if (other >= 0 && other != target) {
                groups.set(other, List.of());
            }
            for (int s : members) {
                groupOf[s] = target;
            }
        }
        List<List<Integer>> result = new ArrayList<>();
        for (List<Integer> group : groups) {
            if (group.size() > 1) {
                List<Integer> sorted = new ArrayList<>(group);
                sorted.sort(Comparator.naturalOrder());
                result.add(List.copyOf(sorted));
            }
        }
        return result;
    }

    /** The pairs that would match but differ in a slot, found by the last {@link #groups()}. */
    List<int[]> disputedPairs() {
        return List.copyOf(disputed);
    }

    private long pairKey(int a, int b) {
        return (long) Math.min(a, b) * reports.size() + Math.max(a, b);
    }

    /**
     * Whether every two members are a matching pair themselves: a group is joined by complete linkage,
     * so a sentence is never cited for a fact it only reaches through another outlet's sentence (A and B
     * share a ship's name, B and C a mayor's: A is no report of C's fact).
     */
    private boolean allMatch(List<Integer> members, Set<Long> matching) {
        for (int i = 0; i < members.size(); i++) {
            for (int j = i + 1; j < members.size(); j++) {
                if (!matching.contains(pairKey(members.get(i), members.get(j)))) {
                    return false;
                }
            }
        }
        return true;
    }

    private boolean anyDiffer(List<Integer> members) {
        for (int i = 0; i < members.size(); i++) {
            for (int j = i + 1; j < members.size(); j++) {
                if (reports.get(members.get(i)).differsFrom(reports.get(members.get(j)))) {
                    return true;
                }
            }
        }
        return false;
    }

    private List<int[]> candidates() {
        List<int[]> candidates = new ArrayList<>();
        int n = reports.size();
        if (n <= ALL_PAIRS_LIMIT) {
            for (int a = 0; a < n; a++) {
                for (int b = a + 1; b < n; b++) {
                    if (reports.get(a).article() != reports.get(b).article()) {
                        candidates.add(new int[] {a, b});
                    }
                }
            }
            return candidates;
        }
        Map<Integer, List<Integer>> byEntity = new HashMap<>();
        for (int s = 0; s < n; s++) {
            for (int e : reports.get(s).entities()) {
                if (distinctive.contains(e)) {
                    byEntity.computeIfAbsent(e, k -> new ArrayList<>()).add(s);
                }
            }
        }
        Set<Long> seen = new HashSet<>();
        for (List<Integer> posting : byEntity.values()) {
            for (int i = 0; i < posting.size(); i++) {
                for (int j = i + 1; j < posting.size(); j++) {
                    int a = posting.get(i);
                    int b = posting.get(j);
                    if (reports.get(a).article() != reports.get(b).article() && seen.add((long) a * n + b)) {
                        candidates.add(new int[] {a, b});
                    }
                }
            }
        }
        return candidates;
    }

    /**
     * Whether a matching pair may be cited as one fact: {@link Facts} finds it the same fact (the decision
     * the summary and the timeline cite by), or both tell an event of one class about a distinctive name
     * ("el-Treki defected Thursday to Egypt" / "Gadhafi's pick for U.N. ambassador had defected to
     * Egypt"), an event each reports itself rather than gives as background ({@link Report#mainEvents}: a
     * shared bridge name and "after a container ship struck" do not make "Drivers spent up to an hour in
     * traffic" a report of the strike). Names and word overlap alone are not enough: they joined "Six cargo
     * ships were waiting outside Port Alder" with "Greyhaven Shipping said it was cooperating fully".
     */
    private boolean oneFact(Report a, Report b) {
        if (facts.same(a.sentence(), b.sentence())) {
            return true;
        }
        // the event each reports itself, not one it gives as background ("spent an hour in traffic ... after a ship struck")
        Set<String> mainOfB = b.mainEvents();
        boolean sharedEvent = a.mainEvents().stream().anyMatch(mainOfB::contains);
        boolean sharedName = a.entities().stream().anyMatch(e -> distinctive.contains(e) && b.entities().contains(e));
        return sharedEvent && sharedName;
    }

    /** What two sentences share; its {@link Overlap#score()} is how strongly they report one fact, 0 when they do not. */
    private Overlap overlap(Report a, Report b) {
        double cosine = a.sentence().tfidf().cosine(b.sentence().tfidf());
        int sharedEntities = 0;
        for (int e : a.entities()) {
            if (distinctive.contains(e) && b.entities().contains(e)) {
                sharedEntities++;
            }
        }
        if (sharedEntities == 0 && cosine < OVERLAP_COSINE && cosine < SAME_COSINE) {
            // no shared name and too little shared wording: no event or figure in common makes it one fact, so
            // most pairs of a story stop here, uncounted (their score is 0 whatever they count)
            return new Overlap(cosine, 0, 0, 0);
        }
        int sharedEvents = 0;
        for (String event : a.events()) {
            if (b.events().contains(event)) {
                sharedEvents++;
            }
        }
        int sharedNumbers = 0;
        for (Quantity q : a.quantities()) {
            for (Quantity r : b.quantities()) {
                if (q.slot().equals(r.slot()) && q.value() == r.value() && q.value() > 2) {
                    sharedNumbers++;
                }
            }
        }
        return new Overlap(cosine, sharedEntities, sharedEvents, sharedNumbers);
    }
}
