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
 * @param conflicts same slot, different values, across sources
 */
public record Comparison(List<Source> sources, List<Entity> entities, List<Quote> quotes,
                         List<Fact> facts, List<Conflict> conflicts) {

    public Comparison {
        sources = List.copyOf(sources);
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
        facts = List.copyOf(facts);
        conflicts = List.copyOf(conflicts);
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

    /** Facts that exactly one outlet reports, when the story has several outlets. */
    public List<Fact> carriedByOne() {
        return outletCount() < 2 ? List.of() : facts.stream().filter(f -> f.outlets().size() == 1).toList();
    }
}
