package io.storyline.render;

import io.storyline.model.Digest;

/** The words every digest format shares: its section headings and its one-line count. */
final class DigestText {

    /** Heading of a story's timeline; also its key in the JSON's {@code sections}. */
    static final String TIMELINE = "Timeline";
    /** Heading of a story's comparison; also its key in the JSON's {@code sections}. */
    static final String ACROSS_OUTLETS = "Across outlets";

    private DigestText() {
    }

    /** {@code 12 articles · 5 stories · 3 reported by more than one article}. */
    static String summaryLine(Digest digest) {
        return Plural.count(digest.articleCount(), "article") + " · "
                + Plural.count(digest.stories().size(), "story", "stories") + " · "
                + digest.digests().size() + " reported by more than one article";
    }
}
