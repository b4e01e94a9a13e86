package io.storyline.render;

import io.storyline.model.StoryDigest;

import java.util.Optional;

/**
 * Something more to show about a story in a digest, after its summary: the extension point through
 * which a timeline (or any later per-story view) joins the digest without the digest knowing it.
 * A section renders itself in each digest format; it returns empty when it has nothing to say for a
 * story (e.g. a timeline for a story whose articles all share one date).
 */
public interface StorySection {

    /** Short heading, e.g. {@code "Timeline"}. */
    String heading();

    /** A Markdown fragment (no top-level heading; article text escaped), or empty. */
    Optional<String> markdown(StoryDigest story);

    /** An HTML fragment (every piece of article text entity-escaped), or empty. */
    Optional<String> html(StoryDigest story);

    /** CSS the section's HTML needs, added once to the page's style sheet. */
    default String style() {
        return "";
    }

    /** A value for the story's JSON object under {@code sections.<heading>} (a Jackson tree or plain value), or empty. */
    Optional<Object> json(StoryDigest story);
}
