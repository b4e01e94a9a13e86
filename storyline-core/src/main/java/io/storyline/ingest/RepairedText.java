package io.storyline.ingest;

/**
 * Article text after {@link ScrapeRepair}: the body, plus what the text itself said about its origin.
 *
 * @param title  the headline found on the first line, or null
 * @param body   paragraphs separated by a blank line; empty when nothing usable was left
 * @param outlet the outlet named by a dateline, byline or credit line, or null
 */
record RepairedText(String title, String body, String outlet) {
}
