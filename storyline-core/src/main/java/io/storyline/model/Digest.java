package io.storyline.model;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The newsroom's view of a stream: every event (story) found, the storylines that link them, and a
 * summary of each event that more than one article reports.
 *
 * @param digests      the summarised events, biggest and newest first
 * @param stories      every event found, single-article ones included, in order of first article
 * @param articleCount how many articles were read
 * @param storylines   every storyline, in order of its first article (none when only events were made)
 * @param articles     every article by id, in publication order (empty when not kept)
 * @param duplicates   each article merged into another as the same article when read (its id) mapped to
 *                     the id of the article it was merged into
 */
public record Digest(List<StoryDigest> digests, List<Story> stories, int articleCount, List<Storyline> storylines,
                     Map<String, Article> articles, Map<String, String> duplicates) {

    public Digest {
        digests = List.copyOf(digests);
        stories = List.copyOf(stories);
        storylines = List.copyOf(storylines);
        articles = Collections.unmodifiableMap(new LinkedHashMap<>(articles));
        duplicates = Collections.unmodifiableMap(new LinkedHashMap<>(duplicates));
    }

    /** The same digest, accounting for the articles merged as copies when read. */
    public Digest withDuplicates(Map<String, String> merged) {
        return new Digest(digests, stories, articleCount, storylines, articles, merged);
    }

    /** Events only. */
    public Digest(List<StoryDigest> digests, List<Story> stories, int articleCount) {
        this(digests, stories, articleCount, List.of(), Map.of(), Map.of());
    }
}
