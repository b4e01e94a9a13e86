package io.storyline.compare;

import io.storyline.analyze.AnalyzedSentence;
import io.storyline.analyze.Facts;
import io.storyline.analyze.SimilarityGraph;
import io.storyline.analyze.SlotDifference;
import io.storyline.analyze.SourceNumbering;
import io.storyline.analyze.StoryAnalysis;
import io.storyline.analyze.StoryFacts;
import io.storyline.model.Article;
import io.storyline.model.Citation;
import io.storyline.model.Comparison;
import io.storyline.model.Conflict;
import io.storyline.model.Dispute;
import io.storyline.model.Fact;
import io.storyline.model.Quote;
import io.storyline.model.Source;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares the outlets of one story: its entities (one per real thing, however spelled), who is
 * quoted, which facts each outlet carries, and where outlets disagree.
 * <pre>{@code
 * Comparison comparison = OutletComparison.compare(corpus.articles());
 * comparison.carriedByOne().forEach(f -> System.out.println(f.outlets() + ": " + f.text()));
 * }</pre>
 */
public final class OutletComparison {

    /** A sentence reported by one outlet alone is listed as a fact only if it is this long... */
    static final int MIN_WORDS_ALONE = 8;

    private OutletComparison() {
    }

    /** The comparison, with sources numbered in article order. */
    public static Comparison compare(List<Article> articles) {
        return compare(articles, List.of());
    }

    /**
     * The comparison, numbering sources as {@code numbering} does (a summary's sources, matched by
     * article id) so citations of both agree; articles it lacks are numbered after it.
     */
    public static Comparison compare(List<Article> articles, List<Source> numbering) {
        StoryAnalysis story = StoryAnalysis.of(articles);
        return compare(story, numbering);
    }

    private static List<Report> sortedBySource(List<Integer> group, List<Report> reports, SourceNumbering sources) {
        return group.stream().map(reports::get).sorted(Comparator.comparingInt((Report r) -> sources.number(r.article())))
                .toList();
    }

    /** The comparison of an analysed story. */
    public static Comparison compare(StoryAnalysis story, List<Source> numbering) {
        return compare(StoryFacts.of(story), numbering);
    }

    /**
     * The comparison of a story whose graph and facts are made already: a summary of the same request made
     * them ({@link StoryFacts}), so each pair of sentences is judged once for both.
     */
    public static Comparison compare(StoryFacts story, List<Source> numbering) {
        return compare(story.story(), story.graph(), story.facts(), story.notices(), numbering, false);
    }

    /**
     * The comparison's sources and conflicts alone, exactly as {@link #compare(StoryFacts, List)} finds them, with
     * no entities, quotes or facts: what the disputes beside a summary's or a timeline's sentences read
     * ({@link SentenceDisputes}) when the comparison itself is not shown (a summary in md, a timeline). The quotes
     * and the list of facts were about a sixth of an md summary's work.
     */
    public static Comparison conflicts(StoryFacts story, List<Source> numbering) {
        return compare(story.story(), story.graph(), story.facts(), story.notices(), numbering, true);
    }

    /** As {@link #conflicts(StoryFacts, List)}, for articles not analysed yet. */
    public static Comparison conflicts(List<Article> articles, List<Source> numbering) {
        return conflicts(StoryFacts.of(StoryAnalysis.of(articles)), numbering);
    }

    private static Comparison compare(StoryAnalysis story, SimilarityGraph graph, Facts sameFacts,
                                      java.util.BitSet notices, List<Source> numbering, boolean conflictsOnly) {
        List<Article> articles = story.articles();
        SourceNumbering sources = SourceNumbering.following(story, numbering);
        StoryEntities entities = StoryEntities.of(story, sources);
        List<Quote> quotes = new ArrayList<>(conflictsOnly ? List.of() : new QuoteFinder(story, entities, sources).find());
        quotes.sort(Comparator.comparingInt(Quote::source).thenComparingInt(Quote::sentenceIndex));
        List<Report> reports = new ArrayList<>();
        for (AnalyzedSentence sentence : story.sentences()) {
            reports.add(Report.of(sentence, entities, sameFacts.slotsOf(sentence)));
        }
        FactMatcher matcher = new FactMatcher(story, sameFacts, reports, entities.entities().size());
        List<List<Integer>> groups = matcher.groups();
        // what outlets write about their own pages (notes to editors, a site's line, a word to the reader) is
        // no outlet's report of the story: not a fact, and never in a conflict
        Set<String> noticeTexts = new HashSet<>();
        notices.stream().forEach(id -> noticeTexts.add(story.sentences().get(id).text()));
        ConflictFinder conflictFinder = new ConflictFinder(entities, sources, reports);

        List<Fact> facts = new ArrayList<>();
        List<Integer> firstPosition = new ArrayList<>();
        List<Conflict> conflicts = new ArrayList<>();
        Set<Integer> grouped = new HashSet<>();
        for (List<Integer> group : groups) {
            grouped.addAll(group);
            if (conflictsOnly) {
                continue;
            }
            // only outlets whose report holds the statement shown carry it; the others stand beside it
            for (CommonStatements.Statement statement : CommonStatements.of(sortedBySource(group, reports, sources), sameFacts)) {
                if (statement.carrying().stream().allMatch(r -> notices.get(r.sentence().id()))) {
                    continue;
                }
                facts.add(fact(statement.carrying(), statement.related(), articles, sources));
                firstPosition.add(statement.carrying().stream().mapToInt(r -> r.sentence().position()).min().orElse(0));
            }
        }
        for (List<Integer> group : matcher.reportsOfOneThing()) {
            List<Report> members = sortedBySource(group, reports, sources);
            for (int i = 0; i < members.size(); i++) {
                for (int j = i + 1; j < members.size(); j++) {
                    if (!articles.get(members.get(i).article()).sameOutletAs(articles.get(members.get(j).article()))) {
                        conflicts.addAll(conflictFinder.between(members.get(i), members.get(j)));
                    }
                }
            }
        }
        List<Report> unlisted = new ArrayList<>();
        for (Report report : conflictsOnly ? List.<Report>of() : reports) {
            if (notices.get(report.sentence().id())) {
                continue;
            }
            if (!grouped.contains(report.sentence().id()) && newsworthy(report)) {
                facts.add(fact(List.of(report), List.of(), articles, sources));
                firstPosition.add(report.sentence().position());
            } else if (!grouped.contains(report.sentence().id())) {
                unlisted.add(report);
            }
        }
        for (int[] pair : matcher.disputedPairs()) {
            if (differentOutlets(articles, reports.get(pair[0]), reports.get(pair[1]))) {
                conflicts.addAll(conflictFinder.between(reports.get(pair[0]), reports.get(pair[1])));
            }
        }
        List<Conflict> nearCopies = NearCopies.conflicts(story, graph, sameFacts, sources);
        conflicts.addAll(nearCopies);
        conflicts.addAll(LeadEvents.conflicts(articles, reports, entities, sources));
        conflicts.addAll(MeasuredThings.conflicts(story, reports, sources));
        conflicts.addAll(FixedFigures.conflicts(story, reports, sources));
        conflicts.addAll(Denials.conflicts(story, sources));
        PageTemplates templates = PageTemplates.of(story);
        // the story moving on and an outlet's revised copy are listed as updates, not as outlets contradicting;
        // a disagreement already standing between outlets, repeated later, is not (Updates.knowing)
        List<Conflict> unique = distinct(conflicts);
        Updates byDay = new Updates(sources.sources());
        Updates updates = byDay.knowing(unique.stream().map(c -> byDay.between(c) ? c.asUpdate() : c).toList());
        conflicts = unique.stream()
                .map(c -> updates.between(c) ? c.asUpdate() : c)
                .filter(c -> !notBetweenOutlets(c))
                .filter(c -> !noticeTexts.contains(c.statement().sentence())
                        && !noticeTexts.contains(c.otherStatement().sentence()))
                .filter(c -> !templates.isTemplate(c.statement().sentence())
                        || !templates.isTemplate(c.otherStatement().sentence())).toList();
        if (conflictsOnly) {
            return new Comparison(sources.sources(), List.of(), List.of(), List.of(), conflicts, List.of());
        }
        // a sentence a conflict quotes is listed, however little it names ("Police arrested the driver" against
        // "No one was arrested"): the reader sees both sides among the facts, not one of them in no list
        Set<String> quoted = new HashSet<>();
        conflicts.forEach(c -> {
            quoted.add(c.statement().source() + ":" + c.statement().sentenceIndex());
            quoted.add(c.otherStatement().source() + ":" + c.otherStatement().sentenceIndex());
        });
        for (java.util.Iterator<Report> it = unlisted.iterator(); it.hasNext(); ) {
            Report report = it.next();
            Citation cited = sources.cite(report.sentence());
            if (quoted.contains(cited.source() + ":" + cited.sentenceIndex())) {
                facts.add(fact(List.of(report), List.of(), articles, sources));
                firstPosition.add(report.sentence().position());
                it.remove();
            }
        }
        // a source is uncited for a fact a conflict or its outlet's revised copy disputes; another day's report is
        // the story moving on, cited as before
        List<Conflict> found = conflicts.stream().filter(updates::uncites).toList();
        Map<Integer, String> outletOf = new java.util.HashMap<>();
        sources.sources().forEach(s -> outletOf.put(s.number(), s.outletLabel()));
        List<Fact> checked = facts.stream().map(f -> withDisputes(f, found, outletOf)).toList();
        List<Integer> order = new ArrayList<>();
        for (int f = 0; f < facts.size(); f++) {
            order.add(f);
        }
        order.sort(Comparator.comparingInt((Integer f) -> -checked.get(f).outlets().size())
                .thenComparingInt(f -> -checked.get(f).reports().size())
                .thenComparingInt(firstPosition::get)
                .thenComparingInt(f -> checked.get(f).reports().get(0).source()));
        List<Fact> ordered = order.stream().map(checked::get).toList();
        // told, not lost: the renderers say how many sentences no list holds and where to read them
        List<Citation> left = unlisted.stream()
                .sorted(Comparator.comparingInt((Report r) -> sources.number(r.article())).thenComparingInt(r -> r.sentence().position()))
                .map(r -> sources.cite(r.sentence())).toList();
        return new Comparison(sources.sources(), entities.entities(), quotes, ordered, onePerOutletPair(conflicts, sources),
                left);
    }

    /**
     * The conflicts as listed: one per disputed slot, pair of values and pair of outlets. An outlet that gives its
     * value in two articles ("900 hectares" on Monday and again on Tuesday) disputes the other outlet's once, not
     * once per article; the first found is kept, with its citations. Every conflict still takes its citations
     * away from the facts it disputes (done before this).
     */
    static List<Conflict> onePerOutletPair(List<Conflict> conflicts, SourceNumbering sources) {
        Map<Integer, String> outletOf = new java.util.HashMap<>();
        sources.sources().forEach(s -> outletOf.put(s.number(), s.outletLabel()));
        Map<String, Conflict> listed = new java.util.LinkedHashMap<>();
        for (Conflict c : conflicts) {
            String a = outletOf.getOrDefault(c.statement().source(), "#" + c.statement().source()) + '\u0000'
                    + c.value().toLowerCase(java.util.Locale.ROOT);
            String b = outletOf.getOrDefault(c.otherStatement().source(), "#" + c.otherStatement().source()) + '\u0000'
                    + c.otherValue().toLowerCase(java.util.Locale.ROOT);
            String key = c.kind() + '\u0000' + c.slot() + '\u0000' + c.update() + '\u0000'
                    + (a.compareTo(b) <= 0 ? a + '\u0001' + b : b + '\u0001' + a);
            listed.putIfAbsent(key, c);
        }
        return List.copyOf(listed.values());
    }

    /**
     * The fact with the sources that conflict with one of its reports beside it: the other statement
     * of each such conflict, when it is not itself a report of the fact. As beside a summary sentence, a
     * disputing source is not cited for the fact: its report leaves the fact (when the disputing source
     * is the shown report's own, the disputed report leaves instead, and the conflict stays in the list).
     */
    private static Fact withDisputes(Fact fact, List<Conflict> conflicts, Map<Integer, String> outletOf) {
        List<Dispute> disputes = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<Integer> uncited = new HashSet<>();
        int shown = fact.reports().get(0).source();
        for (Conflict c : conflicts) {
            boolean first = reports(fact, c.statement());
            boolean second = reports(fact, c.otherStatement());
            if (first && second) {
                // both sides were grouped as one fact (a finder that reads the whole story saw what the pair's
                // slots did not: "19-year-old Pavel Strand" / "Strand, 23"): a line cannot be agreed and disputed,
                // so the side that is not the shown report's leaves the fact and disputes it; when neither side is
                // the shown report, both leave, as neither can be told to back it
                boolean shownFirst = isShown(fact, c.statement());
                boolean shownSecond = isShown(fact, c.otherStatement());
                if (!shownFirst && !shownSecond) {
                    uncited.add(c.statement().source());
                    uncited.add(c.otherStatement().source());
                    continue;
                }
                first = shownFirst;
                second = shownSecond;
            }
            if (first == second) {
                continue;
            }
            Citation disputed = first ? c.statement() : c.otherStatement();
            Dispute dispute = first
                    ? new Dispute(c.otherStatement(), c.kind(), c.slot(), c.value(), c.otherValue(), c.update())
                    : new Dispute(c.statement(), c.kind(), c.slot(), c.otherValue(), c.value(), c.update());
            if (dispute.citation().source() == shown) {
                uncited.add(disputed.source());
                continue;
            }
            uncited.add(dispute.citation().source());
            if (seen.add(dispute.citation().source() + "\u0000" + dispute.slot())) {
                disputes.add(dispute);
            }
        }
        uncited.remove(shown);
        if (disputes.isEmpty() && uncited.isEmpty()) {
            return fact;
        }
        List<Citation> reports = fact.reports().stream().filter(r -> !uncited.contains(r.source())).toList();
        List<String> outlets = reports.stream().map(r -> outletOf.get(r.source())).distinct().toList();
        List<Citation> related = fact.related().stream().filter(r -> !uncited.contains(r.source())).toList();
        return new Fact(fact.text(), reports, outlets, disputes, related);
    }

    /** Whether the citation is the fact's shown report (its first), whose words the fact's text is. */
    private static boolean isShown(Fact fact, Citation citation) {
        Citation shown = fact.reports().get(0);
        return shown.source() == citation.source() && shown.sentenceIndex() == citation.sentenceIndex();
    }

    private static boolean reports(Fact fact, Citation citation) {
        return fact.reports().stream().anyMatch(r -> r.source() == citation.source()
                && r.sentenceIndex() == citation.sentenceIndex());
    }

    private static boolean differentOutlets(List<Article> articles, Report a, Report b) {
        return !articles.get(a.article()).sameOutletAs(articles.get(b.article()));
    }

    /**
     * Kinds whose value is not stated of a verb: a name in a role, a place. A measure of a named thing
     * ("length of Sea Lark", "age of Wang") is its own, whatever verb it stands beside.
     */
    private static final Set<String> UNPREDICATED_KINDS = Set.of("name", "place", "role");

    /**
     * No conflict between outlets: a speaker's quoted figure against an outlet's own
     * ({@link Facts#claimAgainstStatement}), a line about its own page ({@link Facts#aboutItsOwnPage}),
     * page furniture and stamps ({@link PageStamps}), a question or counterfactual ({@link Hypotheticals}),
     * two values stated of different things ({@link StatedOf}), or counts of two outcomes
     * ({@link io.storyline.analyze.Outcomes}).
     */
    static boolean notBetweenOutlets(Conflict c) {
        if (Facts.aboutItsOwnPage(c.statement().sentence()) || Facts.aboutItsOwnPage(c.otherStatement().sentence())) {
            return true; // "This article was amended on 19 May": each page's own date
        }
        if (Hypotheticals.assertsNothing(c.statement().sentence())
                || Hypotheticals.assertsNothing(c.otherStatement().sentence())) {
            return true; // "Could Mubarak step down Thursday?" states no day
        }
        if (PageStamps.furniture(c.statement().sentence()) || PageStamps.furniture(c.otherStatement().sentence())
                || PageStamps.stamped(c.kind(), c.value(), c.statement().sentence())
                || PageStamps.stamped(c.kind(), c.otherValue(), c.otherStatement().sentence())) {
            return true;
        }
        if (c.kind().equals("negation")) {
            return false; // Denials reads the verb's roles and leaves quoted claims out itself
        }
        if (!UNPREDICATED_KINDS.contains(c.kind()) && !c.slot().contains(" of ") && StatedOf.differentThings(c.statement().sentence(), c.value(),
                c.otherStatement().sentence(), c.otherValue())) {
            return true; // "there are 50,000 Americans in Egypt" against "219 Americans have departed"
        }
        SlotDifference difference = new SlotDifference(c.kind(), c.slot(), c.value(), c.otherValue());
        // "killing 12 people" against "wounding 30 people": two counts of two things
        return Facts.claimAgainstStatement(c.statement().sentence(), c.otherStatement().sentence(), difference)
                || io.storyline.analyze.Outcomes.differ(c.statement().sentence(), c.otherStatement().sentence(), difference);
    }

    /**
     * One conflict per pair of statements and values (copies of one wire story repeat them), and
     * none between two statements worded alike.
     */
    private static List<Conflict> distinct(List<Conflict> conflicts) {
        Map<String, Conflict> unique = new java.util.LinkedHashMap<>();
        Set<String> sameValues = new HashSet<>();
        for (Conflict c : conflicts) {
            if (c.statement().sentence().equals(c.otherStatement().sentence())) {
                continue;
            }
            String key = c.kind() + '\u0000' + c.slot() + '\u0000' + c.value() + '\u0000' + c.otherValue()
                    + '\u0000' + c.statement().sentence() + '\u0000' + c.otherStatement().sentence();
            String reverse = c.kind() + '\u0000' + c.slot() + '\u0000' + c.otherValue() + '\u0000' + c.value()
                    + '\u0000' + c.otherStatement().sentence() + '\u0000' + c.statement().sentence();
            // two rules may find one difference between one pair ("number (people)", "number (killed)")
            String values = c.value() + '\u0000' + c.otherValue() + '\u0000' + c.statement().sentence() + '\u0000'
                    + c.otherStatement().sentence();
            String reverseValues = c.otherValue() + '\u0000' + c.value() + '\u0000' + c.otherStatement().sentence()
                    + '\u0000' + c.statement().sentence();
            if (!unique.containsKey(reverse) && sameValues.add(values) && !sameValues.contains(reverseValues)) {
                unique.putIfAbsent(key, c);
            }
        }
        return List.copyOf(unique.values());
    }

    /** A lone sentence is worth listing when it is long enough and names or counts something. */
    private static boolean newsworthy(Report report) {
        return report.sentence().words() >= MIN_WORDS_ALONE
                && (!report.entities().isEmpty() || !report.quantities().isEmpty())
                && !io.storyline.analyze.LinkLines.pointer(report.sentence().text());
    }

    /** A fact shown in the words of {@code members}' first, cited to every member, with its related reports. */
    private static Fact fact(List<Report> members, List<Report> related, List<Article> articles,
                             SourceNumbering sources) {
        List<Citation> citations = new ArrayList<>();
        Set<String> outlets = new LinkedHashSet<>();
        for (Report r : members) {
            citations.add(sources.cite(r.sentence()));
            outlets.add(Source.of(sources.number(r.article()), articles.get(r.article())).outletLabel());
        }
        // a fact stands alone: no sentence it was tied to by "But" or "However," is shown before it
        return new Fact(StoryAnalysis.shownAlone(citations.get(0).sentence()), citations, List.copyOf(outlets),
                List.of(), related.stream().map(r -> sources.cite(r.sentence())).toList());
    }
}
