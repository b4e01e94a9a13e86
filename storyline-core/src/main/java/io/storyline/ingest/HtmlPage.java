package io.storyline.ingest;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What {@link HtmlExtractor} found in one web page. Any field but {@code text} and {@code datesFound} may
 * be null.
 *
 * @param title      headline (Open Graph, JSON-LD, {@code <title>} without the site's name, or the first h1)
 * @param byline     the author(s) as the page names them, without a leading "By"
 * @param outlet     the site's name ({@code og:site_name}, JSON-LD publisher) or, failing that, its domain
 * @param outletFrom where {@code outlet} came from
 * @param url        canonical URL ({@code link rel=canonical}, {@code og:url}), else the address it was read from
 * @param datesFound every publication time the page gives, one per kind of source, most trusted first
 * @param text       main text, one paragraph a block, separated by blank lines (not yet repaired)
 * @param signInForm whether the block taken for the article asks for a password: with little text besides,
 *                   the page is a login or subscription wall
 */
public record HtmlPage(String title, String byline, String outlet, OutletSource outletFrom, String url,
                       List<PublicationTime> datesFound, String text, boolean signInForm) {

    /** Where an outlet's name was found. */
    public enum OutletSource { SITE_NAME, LINKED_DATA, DOMAIN }

    public HtmlPage {
        datesFound = List.copyOf(datesFound);
    }

    /** The most trusted publication time, if the page gives any. */
    public Optional<PublicationTime> published() {
        return datesFound.stream().findFirst();
    }

    /** The publication date, or null. */
    public LocalDate publishedDate() {
        return published().map(PublicationTime::date).orElse(null);
    }
}
