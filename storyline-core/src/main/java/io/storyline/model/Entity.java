package io.storyline.model;

import java.util.List;
import java.util.Objects;

/**
 * One real person, place or organisation of a story, however each outlet spells or refers to it.
 *
 * @param name       the fullest name the story uses ("Moammar Gadhafi")
 * @param type       person, place, organisation, or other
 * @param aliases    every other form seen in the text ("Gadhafi", "Qaddafi", "the foreign minister")
 * @param mentions   how many times the story mentions it, all articles together
 * @param sources    the numbers of the sources that mention it, ascending
 * @param centrality how central it is to the story, in (0, 1]: 1 for the most central entity
 */
public record Entity(String name, EntityType type, List<String> aliases, int mentions,
                     List<Integer> sources, double centrality) {

    public Entity {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        aliases = List.copyOf(aliases);
        sources = List.copyOf(sources);
    }
}
