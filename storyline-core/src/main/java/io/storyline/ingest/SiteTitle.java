package io.storyline.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Takes the site's own name off a page title: "The Impeachment Clock | National Review" is "The Impeachment
 * Clock". Pages put their name before or after the headline, parted by a spaced bar or dash. A leading or
 * trailing part goes when it is the site's name ({@code og:site_name}), its host ("Space.com",
 * "nationalreview.com"), or when another title the page gives (its {@code h1}, {@code og:title}) is the rest
 * without it; any other part is the headline's own ("Dare to Play 3 / October pack", "Gulf oil spill: BP hopes
 * to cap flow") and stays.
 */
final class SiteTitle {

    /** Spaced separators only: "Snooze cruise: Study sees ..." and "Anne-Marie" hold no separator. */
    private static final List<String> SEPARATORS = List.of(" | ", " - ", " — ", " – ", " · ", " :: ");

    private SiteTitle() {
    }

    /**
     * @param title  the title chosen for the page, or null
     * @param site   the site's declared name, or null
     * @param host   the page's host without "www.", or null
     * @param others the page's other titles (any may be null), which may show the headline without the name
     */
    static String strip(String title, String site, String host, List<String> others) {
        if (title == null || title.isBlank()) {
            return title;
        }
        String t = title.strip();
        for (int pass = 0; pass < 2; pass++) { // a name at each end: "News | Headline | Site"
            String shorter = stripOnce(t, site, host, others);
            if (shorter.equals(t)) {
                break;
            }
            t = shorter;
        }
        return t;
    }

    private static String stripOnce(String t, String site, String host, List<String> others) {
        for (String sep : SEPARATORS) {
            int last = t.lastIndexOf(sep);
            if (last > 0) {
                String rest = t.substring(0, last).strip();
                if (!rest.isEmpty() && isSiteName(t.substring(last + sep.length()), rest, site, host, others)) {
                    return rest;
                }
            }
            int first = t.indexOf(sep);
            if (first > 0) {
                String rest = t.substring(first + sep.length()).strip();
                if (!rest.isEmpty() && isSiteName(t.substring(0, first), rest, site, host, others)) {
                    return rest;
                }
            }
        }
        return t;
    }

    private static boolean isSiteName(String part, String rest, String site, String host, List<String> others) {
        String p = letters(part);
        if (p.isEmpty()) {
            return false;
        }
        if (site != null && (p.equals(letters(site)) || p.equals(letters(site.replaceFirst("(?i)^the\\s+", ""))))) {
            return true;
        }
        if (host != null && hostNames(host).contains(p)) {
            return true;
        }
        String r = letters(rest);
        for (String other : others) {
            if (other != null && !letters(other).isEmpty() && letters(other).equals(r)) {
                return true;
            }
        }
        return false;
    }

    /** "nationalreview.com" answers to "nationalreviewcom" and "nationalreview" (labels of three letters or more). */
    private static List<String> hostNames(String host) {
        List<String> names = new ArrayList<>();
        names.add(letters(host));
        String[] labels = host.split("\\.");
        for (int i = 0; i < labels.length - 1; i++) {
            if (labels[i].length() >= 3) {
                names.add(letters(labels[i]));
            }
        }
        return names;
    }

    /** Letters and digits only, lower case: what two spellings of one name share. */
    private static String letters(String text) {
        StringBuilder b = new StringBuilder();
        text.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(b::appendCodePoint);
        return b.toString();
    }
}
