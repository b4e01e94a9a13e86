package io.storyline.timeline;

/** A timeline needs at least one article with a publication date to place events in time. */
public final class NoDatedArticlesException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    NoDatedArticlesException(int articles) {
        super("none of the " + articles + " article(s) has a publication date, so no event can be dated; "
                + "give the date with --date YYYY-MM-DD or use dated input (metadata, a YYYY-MM-DD/ folder)");
    }
}
