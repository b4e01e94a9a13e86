package io.storyline.ingest;

/**
 * The invented story extraction tests place among a page's furniture: four paragraphs of a harbour
 * board closing a pier, and the page that holds a body's markup.
 */
final class PierPage {

    /** The story's four paragraphs, in order. */
    static final String[] STORY = {
        "The harbour board voted on Tuesday to close the old pier to traffic from next spring, after engineers "
                + "found rust in most of its supporting beams.",
        "Fishing crews who moor there said they had not been asked, and would take the matter to the council at "
                + "its next sitting in March.",
        "The board said a new pontoon would be built beside the ferry terminal within two years, paid for by "
                + "the port's own reserves.",
        "Work on the pontoon is to begin in the autumn, once the summer ferries have stopped running to the "
                + "islands."};

    private PierPage() {
    }

    /** A whole HTML page titled "Pier" with the given body markup. */
    static String page(String body) {
        return "<!DOCTYPE html><html><head><title>Pier</title></head><body>" + body + "</body></html>";
    }

    /** Paragraphs {@code from} (inclusive) to {@code to} (exclusive) of the story, each in its own {@code <p>}. */
    static String paragraphs(int from, int to) {
        StringBuilder paragraphs = new StringBuilder();
        for (int i = from; i < to; i++) {
            paragraphs.append("<p>").append(STORY[i]).append("</p>");
        }
        return paragraphs.toString();
    }
}
