package io.storyline.model;

import java.util.List;

/**
 * How the outlets of one story compare: who and what they mention, who they quote, which facts
 * each carries, and where they disagree.
 *
 * @param sources   the articles compared, numbered as citations refer to them
 * @param entities  people, places and organisations, most central first
 * @param quotes    quotes with speakers, in source and sentence order
 * @param facts     every fact, most widely reported first
 * @param conflicts same slot, different values, across sources; an update ({@link Conflict#update}) among them is
 *                  the story moving on or an outlet revising its copy, listed apart from outlets disagreeing
 * @param unlisted  the sentences no fact shows, cites or relates (too short, or giving no name and no figure, to
 *                  list alone), in source order: renderers say how many there are and where to read them, so a
 *                  reader never loses a sentence without being told
 */
public record Comparison(List<Source> sources, List<Entity> entities, List<Quote> quotes,
                         List<Fact> facts, List<Conflict> conflicts, List<Citation> unlisted) {

    public Comparison {
        sources = List.copyOf(sources);
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
        facts = List.copyOf(facts);
        conflicts = List.copyOf(conflicts);
        unlisted = List.copyOf(unlisted);
    }

    /** A comparison that leaves no sentence unlisted. */
    public Comparison(List<Source> sources, List<Entity> entities, List<Quote> quotes, List<Fact> facts,
                      List<Conflict> conflicts) {
        this(sources, entities, quotes, facts, conflicts, List.of());
    }

    /**
     * What of the comparison is new to a reader who has read every other article than {@code fresh} (by id):
     * the facts only fresh articles report, the conflicts with a fresh article on either side, the fresh
     * articles' quotes; the sources and entities as they are.
     */
    public Comparison onlyNew(java.util.Set<String> fresh) {
        java.util.Set<Integer> numbers = new java.util.HashSet<>();
        for (Source s : sources) {
            if (fresh.contains(s.articleId())) {
                numbers.add(s.number());
            }
        }
        return new Comparison(sources, entities,
                quotes.stream().filter(q -> numbers.contains(q.source())).toList(),
                facts.stream().filter(f -> f.reports().stream().allMatch(c -> numbers.contains(c.source()))).toList(),
                conflicts.stream().filter(c -> numbers.contains(c.statement().source())
                        || numbers.contains(c.otherStatement().source())).toList(),
                unlisted.stream().filter(c -> numbers.contains(c.source())).toList());
    }

    /** The conflicts that are outlets disagreeing: every conflict but the updates ({@link Conflict#update}). */
    public List<Conflict> disagreements() {
        return conflicts.stream().filter(c -> !c.update()).toList();
    }

    /** The conflicts that are the story moving on or an outlet revising its copy ({@link Conflict#update}). */
    public List<Conflict> updates() {
        return conflicts.stream().filter(Conflict::update).toList();
    }

    /** Number of distinct outlets among the sources (each source naming no outlet counts as one). */
    public int outletCount() {
        return (int) sources.stream().map(Source::outletLabel).distinct().count();
    }

    /** Facts that every outlet reports (none when there is only one outlet). */
    public List<Fact> carriedByAll() {
        int outlets = outletCount();
        return facts.stream().filter(f -> outlets > 1 && f.outlets().size() == outlets).toList();
    }

    /** Facts that more than one outlet reports but not every one (json's {@code carriedBy: "some"}). */
    public List<Fact> carriedBySome() {
        int outlets = outletCount();
        return facts.stream().filter(f -> f.outlets().size() > 1 && f.outlets().size() < outlets).toList();
    }

    /** Facts that exactly one outlet reports, when the story has several outlets. */
    public List<Fact> carriedByOne() {
        return outletCount() < 2 ? List.of() : facts.stream().filter(f -> f.outlets().size() == 1).toList();
    }
}
