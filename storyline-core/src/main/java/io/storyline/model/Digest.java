package io.storyline.model;

import java.util.List;

/**
 * The newsroom's view of a stream: every story found, and a summary of each story that more than
 * one article reports.
 *
 * @param digests      the summarised stories, biggest and newest first
 * @param stories      every story found, single-article ones included, in order of first article
 * @param articleCount how many articles were read
 */
public record Digest(List<StoryDigest> digests, List<Story> stories, int articleCount) {

    public Digest {
        digests = List.copyOf(digests);
        stories = List.copyOf(stories);
    }
}
