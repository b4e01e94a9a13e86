package io.storyline.ingest;

import io.storyline.model.Article;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Whether an article's publication date can be trusted. A timeline places events by their articles'
 * days, so a wrong day does more harm than none: a date in the future (a clock or a template
 * error), 1970-01-01 (a missing timestamp read as zero, the Unix epoch) or a page whose own
 * metadata gives days far apart (a JSON-LD date against the date in its address) is dropped, and the
 * article is read as undated with a line that says why.
 */
final class PublicationDateCheck {

    /** The Unix epoch: what a missing timestamp becomes when read as zero. */
    static final LocalDate EPOCH = LocalDate.of(1970, 1, 1);
    /** Days two metadata dates may differ by and agree: time zones, and a page put online after midnight. */
    static final int METADATA_SLACK_DAYS = 1;

    private PublicationDateCheck() {
    }

    /** Why the article's date is not trusted, or null when it is (or it has none). */
    static String problem(Article article, HtmlPage page) {
        return problem(article.published(), page == null ? List.of() : page.datesFound(),
                LocalDate.now(ZoneOffset.UTC));
    }

    static String problem(LocalDate published, List<PublicationTime> pageDates, LocalDate today) {
        if (published == null) {
            return null;
        }
        if (published.equals(EPOCH)) {
            return "its date 1970-01-01 is not trusted (the Unix epoch: a missing timestamp read as zero); "
                    + "read as undated";
        }
        // a day's slack: a page dated in a time zone ahead of ours
        if (published.isAfter(today.plusDays(1))) {
            return "its date " + published + " is not trusted (in the future; today is " + today + "); read as undated";
        }
        // a page's <time> elements also date its comments, updates and related links: only its own
        // statements of publication (JSON-LD, the published-time meta tag, its address) must agree
        List<PublicationTime> stated = pageDates.stream()
                .filter(d -> d.source() != PublicationTime.Source.TIME_ELEMENT).toList();
        for (PublicationTime a : stated) {
            for (PublicationTime b : stated) {
                if (a.source().ordinal() < b.source().ordinal()
                        && Math.abs(ChronoUnit.DAYS.between(a.date(), b.date())) > METADATA_SLACK_DAYS
                        && (a.date().equals(published) || b.date().equals(published))) {
                    return "its date is not trusted: the page's " + name(a.source()) + " says " + a.date()
                            + " and its " + name(b.source()) + " says " + b.date() + "; read as undated";
                }
            }
        }
        return null;
    }

    private static String name(PublicationTime.Source source) {
        return switch (source) {
            case JSON_LD -> "JSON-LD datePublished";
            case META -> "published-time meta tag";
            case TIME_ELEMENT -> "<time> element";
            case URL -> "address";
        };
    }
}
