package io.storyline.model;

/**
 * Evidence that a source reports a summary sentence's fact: the source, and the sentence in it that
 * says so (which may be worded differently from the sentence shown).
 *
 * @param source        the {@link Source#number()} cited
 * @param sentenceIndex index of the supporting sentence within that article (0-based)
 * @param sentence      the supporting sentence as it stands in the source
 */
public record Citation(int source, int sentenceIndex, String sentence) {
}
