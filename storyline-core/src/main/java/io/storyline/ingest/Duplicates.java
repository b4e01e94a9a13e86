package io.storyline.ingest;

import io.storyline.analyze.Slots;
import io.storyline.model.Article;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the same article reached more than once (two URLs of one page, a feed item and its page, a
 * syndicated copy under another headline) and keeps it once, with every URL it was reached at. Two
 * articles are the same when they share an address (ignoring scheme, "www.", a trailing slash, the
 * fragment and tracking parameters) or when nearly all the word 5-grams of the shorter body are in the
 * longer one (containment, after Broder 1997, "On the resemblance and containment of documents"). The
 * first one read is kept; a longer body found later replaces its text. A near copy that gives another
 * value in a checkable slot (an updated toll, another day) is not merged: it stays a report of its own,
 * so that the summary and the comparison show the difference. The article kept counts the copies merged
 * into it ({@link Article#copies()}): the summary still weighs what they say as often as it was read.
 */
final class Duplicates {

    /** Share of the shorter body's 5-grams that must be in the longer one. */
    static final double CONTAINMENT = 0.9;
    private static final int GRAM = 5;
    /** Bodies shorter than this many 5-grams are compared by address only: short texts collide by chance. */
    private static final int MIN_GRAMS = 20;

    private Duplicates() {
    }

    static List<ExtractedArticle> merge(List<ExtractedArticle> articles) {
        return merge(articles, new HashMap<>());
    }

    /**
     * A notice for each article merged into another outlet's (a syndicated copy under another name): the outlet
     * is then cited nowhere, so the user is told which copy went where and how to keep both.
     */
    static List<io.storyline.model.InputProblem> crossOutletNotices(List<ExtractedArticle> read,
                                                                      Map<String, String> duplicateOf) {
        Map<String, Article> byId = new HashMap<>();
        read.forEach(a -> byId.put(a.article().id(), a.article()));
        List<io.storyline.model.InputProblem> notices = new ArrayList<>();
        duplicateOf.forEach((copyId, keptId) -> {
            Article copy = byId.get(copyId);
            Article kept = byId.get(keptId);
            if (copy != null && kept != null && copy.outletKnown() && kept.outletKnown() && !copy.sameOutletAs(kept)) {
                notices.add(io.storyline.model.InputProblem.noted(copy.origin() != null ? copy.origin() : copyId,
                        "read as a copy of " + (kept.origin() != null ? kept.origin() : keptId) + " (" + kept.outlet()
                                + "): the same text, so " + copy.outlet() + " is not cited apart"
                                + " (--keep-duplicates keeps both)"));
            }
        });
        return notices;
    }

    /**
     * As {@link #merge(List)}, noting in {@code duplicateOf} each article merged away (its id) and the
     * kept article it was merged into (that one's id), so that a caller can still account for every
     * article read.
     */
    static List<ExtractedArticle> merge(List<ExtractedArticle> articles, Map<String, String> duplicateOf) {
        if (articles.size() < 2) {
            return new ArrayList<>(articles); // one page read alone (a server's, an eval's): nothing to compare
        }
        List<ExtractedArticle> kept = new ArrayList<>();
        List<Set<Long>> keptGrams = new ArrayList<>();
        Map<String, Integer> byAddress = new HashMap<>();
        Map<Long, List<Integer>> byGram = new HashMap<>();
        // an article's slots are read once however many near copies it is checked against
        Map<Article, Slots> slots = new IdentityHashMap<>();
        for (ExtractedArticle candidate : articles) {
            Article article = candidate.article();
            Set<Long> grams = grams(article.text());
            Integer same = null;
            for (String url : article.urls()) {
                same = same != null ? same : byAddress.get(addressKey(url));
            }
            if (same == null && grams.size() >= MIN_GRAMS) {
                same = nearCopy(grams, keptGrams, byGram);
                if (same != null && (differ(slotsOf(kept.get(same).article(), slots), slotsOf(article, slots))
                        || SentenceChanges.disagree(kept.get(same).article().text(), article.text()))) {
                    same = null; // an updated copy ("killing 7" for "killing 5"): its own report, the difference kept
                }
            }
            if (same == null) {
                int index = kept.size();
                kept.add(candidate);
                keptGrams.add(grams);
                article.urls().forEach(u -> byAddress.putIfAbsent(addressKey(u), index));
                if (grams.size() >= MIN_GRAMS) {
                    grams.forEach(g -> byGram.computeIfAbsent(g, k -> new ArrayList<>()).add(index));
                }
            } else {
                int index = same;
                duplicateOf.put(article.id(), kept.get(index).article().id());
                kept.set(index, combined(kept.get(index), candidate));
                article.urls().forEach(u -> byAddress.putIfAbsent(addressKey(u), index));
            }
        }
        return kept;
    }

    /**
     * Whether two near copies give different values in a slot ({@link Slots}), or one person two roles
     * ({@link Slots#describedApart}): not one article, and neither outlet a source for the other's detail.
     */
    private static boolean differ(Slots a, Slots b) {
        return a.differences(b).stream().anyMatch(d -> !d.kind().equals("negation")) || a.describedApart(b);
    }

    private static Slots slotsOf(Article article, Map<Article, Slots> known) {
        return known.computeIfAbsent(article, a -> Slots.of(a.text()));
    }

    private static ExtractedArticle combined(ExtractedArticle first, ExtractedArticle again) {
        Article a = first.article();
        Article b = again.article();
        Article merged = a.withMoreUrls(b.urls()).withCopies(a.copies() + b.copies());
        if (b.text().length() > a.text().length() * 1.2) {
            // a feed's teaser met its full page: keep the fuller text, and the first one's identity
            merged = new Article(a.id(), a.outlet(), a.url() != null ? a.url() : b.url(),
                    a.title() != null ? a.title() : b.title(), a.published() != null ? a.published() : b.published(),
                    b.text(), a.origin(), merged.urls(), merged.copies());
            return new ExtractedArticle(merged, first.page() != null ? first.page() : again.page());
        }
        return first.with(merged);
    }

    private static Integer nearCopy(Set<Long> grams, List<Set<Long>> keptGrams, Map<Long, List<Integer>> byGram) {
        Map<Integer, Integer> shared = new HashMap<>();
        for (long g : grams) {
            for (int index : byGram.getOrDefault(g, List.of())) {
                shared.merge(index, 1, Integer::sum);
            }
        }
        Integer best = null;
        double bestShare = 0;
        for (Map.Entry<Integer, Integer> e : shared.entrySet()) {
            int smaller = Math.min(grams.size(), keptGrams.get(e.getKey()).size());
            double share = e.getValue() / (double) smaller;
            if (share >= CONTAINMENT && share > bestShare) {
                best = e.getKey();
                bestShare = share;
            }
        }
        return best;
    }

    /** Hashes of the body's word 5-grams, lower-cased, punctuation ignored. */
    static Set<Long> grams(String text) {
        List<String> words = gramWords(text);
        Set<Long> grams = new HashSet<>();
        for (int i = 0; i + GRAM <= words.size(); i++) {
            long h = 1125899906842597L;
            for (int j = i; j < i + GRAM; j++) {
                h = 31 * h + words.get(j).hashCode();
            }
            grams.add(h);
        }
        return grams;
    }

    /**
     * The words of {@code text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}\\s]", "").split("\\s+")}
     * in one pass (the expressions were a tenth of reading a page): characters other than letters,
     * digits and ASCII white space dropped, split at white space, an empty first word when the kept text
     * opens with white space, as {@link String#split} gives.
     */
    static List<String> gramWords(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean anyKept = false;
        boolean opensWithSpace = false;
        for (int i = 0; i < lower.length(); ) {
            int c = lower.codePointAt(i);
            i += Character.charCount(c);
            if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') {
                opensWithSpace |= !anyKept;
                anyKept = true;
                if (word.length() > 0) {
                    words.add(word.toString());
                    word.setLength(0);
                }
            } else if (Character.isLetter(c) || isNumber(c)) {
                anyKept = true;
                word.appendCodePoint(c);
            }
        }
        if (word.length() > 0) {
            words.add(word.toString());
        }
        if (opensWithSpace && !words.isEmpty() || !anyKept) {
            words.add(0, "");
        }
        return words;
    }

    /** The regular expression class {@code \p{N}}: a decimal digit, a letter number or another number. */
    private static boolean isNumber(int c) {
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
    }

    /** One key for the addresses of one page: scheme, "www.", trailing slash, fragment, utm_ tracking dropped. */
    static String addressKey(String url) {
        try {
            URI uri = new URI(url.strip());
            String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT).replaceFirst("^www\\.", "");
            String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceFirst("/+$", "");
            String query = uri.getRawQuery() == null ? "" : String.join("&", java.util.Arrays.stream(uri.getRawQuery().split("&"))
                    .filter(p -> !p.toLowerCase(Locale.ROOT).startsWith("utm_") && !p.isEmpty()).sorted().toList());
            return host + path + (query.isEmpty() ? "" : "?" + query);
        } catch (java.net.URISyntaxException notAUri) {
            return url.strip();
        }
    }
}
