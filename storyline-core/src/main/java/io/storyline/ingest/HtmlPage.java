package io.storyline.ingest;

import java.time.LocalDate;

/**
 * What {@link HtmlExtractor} found in a page; any field but {@code text} may be null.
 *
 * @param text main text, one paragraph a block, separated by blank lines (not yet repaired)
 */
record HtmlPage(String title, String text, String outlet, String url, LocalDate published) {
}
