package io.storyline.ingest;

import io.storyline.analyze.Scripts;

import io.storyline.model.Article;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Makes {@link Article}s from text already in memory, with the same repair and metadata detection as
 * {@link ArticleLoader} applies to files. HTML is recognised by its content.
 */
public final class Articles {

    private static final Pattern LETTER_WORD = Pattern.compile("\\S*\\p{L}{2,}\\S*");
    /** Fewest words with letters that make a sentence worth summarising. */
    private static final int MIN_SENTENCE_WORDS = 3;
    private static final java.util.regex.Pattern ERROR_TITLE = java.util.regex.Pattern.compile(
            "(?i)\\b(404|410|500|503|not found|page not found|no longer available|does not exist|access denied"
                    + "|forbidden|server error|service unavailable)\\b");
    /** An error page says little; an article whose headline merely mentions "404" says much more. */
    private static final int ERROR_PAGE_MAX_WORDS = 120;
    /**
     * A page that asks for a password and says less than this is a login or paywall: what it says is the
     * wall's own ("You have reached your limit of free articles"). An article with a sign-in box beside it
     * says more.
     */
    private static final int SIGN_IN_PAGE_MAX_WORDS = 150;

    private Articles() {
    }

    /**
     * Builds an article from a string.
     *
     * @param text the article: plain text, scraped text or an HTML page
     * @param name names the article: used as its id and origin, as the outlet when the text names none,
     *             and for a date when it contains one ("2011-03-31-cnn")
     * @throws IllegalArgumentException when the text holds no usable article; the message says why
     */
    public static Article fromText(String text, String name) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(name, "name");
        try {
            return assemble(text, Metadata.NONE,
                    new Provenance(name, name, name, DateParsing.fromFileName(name)), null);
        } catch (UnusableInputException e) {
            throw new UnusableArticle(name, e.getMessage());
        }
    }

    /**
     * One key for the addresses of one page, as duplicates are found when reading (scheme, "www.",
     * a trailing slash, the fragment and {@code utm_} tracking parameters ignored).
     */
    public static String addressKey(String url) {
        return Duplicates.addressKey(url);
    }

    /**
     * The address a web page gives as its own ({@code link rel=canonical}, {@code og:url}), else the
     * one it was read from; empty when the text is not a web page.
     */
    public static java.util.Optional<String> pageAddress(String text, String address) {
        if (!HtmlExtractor.looksLikeHtml(text)) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.ofNullable(HtmlExtractor.extract(text, address).url()).filter(u -> !u.isBlank());
    }

    /**
     * Builds an article from one record of the JSON input schema (docs/INPUT.md): {@code text}
     * required; {@code id}, {@code outlet}, {@code url}, {@code title}, {@code published} optional.
     *
     * @param record the JSON object
     * @param name   names the article when the record has no id (as in {@link #fromText})
     * @throws IllegalArgumentException when the record is not valid or holds no usable article; the
     *                                  message says why
     */
    public static Article fromJson(com.fasterxml.jackson.databind.JsonNode record, String name) {
        Objects.requireNonNull(name, "name");
        try {
            JsonRecords.Entry entry = JsonRecords.entry(record);
            if (entry.dateNotice() != null) {
                // a posted record has no notice to carry: the sender is told and can send the date right
                throw new UnusableInputException(entry.dateNotice().replace(": read as undated", ""));
            }
            return assemble(entry.text(), entry.metadata(),
                    new Provenance(name, name, name, DateParsing.fromFileName(name)), null);
        } catch (UnusableInputException e) {
            throw new UnusableArticle(name, e.getMessage());
        }
    }

    /** A text or JSON record that holds no usable article; the message names it, {@link #reason()} says only why. */
    public static final class UnusableArticle extends IllegalArgumentException {
        private final String reason;

        UnusableArticle(String name, String reason) {
            super(name + ": " + reason);
            this.reason = reason;
        }

        /** Why the record is unusable, without its name (for callers who name it their own way). */
        public String reason() {
            return reason;
        }
    }

    /**
     * The one place an article is put together. Precedence: explicit metadata, then what the page or text
     * says, then what the path says, then the fallback date.
     */
    static Article assemble(String text, Metadata meta, Provenance from, LocalDate fallbackDate)
            throws UnusableInputException {
        return assemble(text, meta, from, fallbackDate, null).article();
    }

    /**
     * As {@link #assemble(String, Metadata, Provenance, LocalDate)}, keeping what the web page said when the
     * text is one.
     *
     * @param address where a page was fetched from (its domain names the outlet when the page does not), or null
     */
    static ExtractedArticle assemble(String text, Metadata meta, Provenance from, LocalDate fallbackDate,
                                     String address) throws UnusableInputException {
        return assemble(text, false, meta, from, fallbackDate, address);
    }

    /**
     * As {@link #assemble(String, Metadata, Provenance, LocalDate, String)}, for a text its decoder found free
     * of control and invisible characters ({@link TextDecoder.Decoded#controlFree()}: not searched again).
     */
    static ExtractedArticle assemble(String text, boolean controlFree, Metadata meta, Provenance from,
                                     LocalDate fallbackDate, String address) throws UnusableInputException {
        if (text.isBlank()) {
            throw new UnusableInputException(text.isEmpty() ? "is empty" : "contains only white space");
        }
        HtmlPage page = HtmlExtractor.looksLikeHtml(text)
                ? HtmlExtractor.extract(text, controlFree, address, BlockClassifier.inUse().choice()) : null;
        String body = page == null ? text : page.text();
        String knownTitle = first(meta.title(), page == null ? null : page.title());
        RepairedText repaired = ScrapeRepair.repair(body, knownTitle == null, page != null);
        if (repaired.body().isBlank()) {
            throw new UnusableInputException(page == null
                    ? "has no article text left once page furniture is removed"
                    : "is a web page with no article text");
        }
        if (page != null && isErrorPage(page, repaired.body())) {
            throw new UnusableInputException("is an error page (\"" + page.title() + "\"), not an article");
        }
        if (page != null && page.signInForm() && ScrapeRepair.words(repaired.body()) < SIGN_IN_PAGE_MAX_WORDS) {
            throw new UnusableInputException("is a sign-in or subscription page" + (page.title() == null ? ""
                    : " (\"" + page.title() + "\")") + ", not an article: it asks for a password and holds no article text");
        }
        // in a script the sentence splitter has no rules for, every reader (summary, timeline, digest, the
        // server) would quote fragments: the article is left out here, once, and reported as skipped input
        java.util.Optional<String> script = io.storyline.analyze.UnknownScripts.of(repaired.body());
        if (script.isPresent()) {
            throw new UnusableInputException("is written in " + script.get()
                    + " script, whose sentence ends storyline does not know");
        }
        if (!hasSentence(repaired.body())) {
            throw new UnusableInputException("contains no sentences (no run of " + MIN_SENTENCE_WORDS
                    + " or more words)");
        }
        boolean named = page != null && page.outletFrom() != HtmlPage.OutletSource.DOMAIN;
        String outlet = first(meta.outlet(), named ? page.outlet() : null, repaired.outlet(),
                page == null ? null : page.outlet(), Article.UNKNOWN_OUTLET);
        LocalDate published = meta.published() != null ? meta.published()
                : page != null && page.publishedDate() != null ? page.publishedDate()
                : from.pathDate() != null ? from.pathDate() : fallbackDate;
        String url = first(meta.url(), page == null ? null : page.url(), address);
        List<String> urls = new ArrayList<>();
        if (address != null) {
            urls.add(address);
        }
        return new ExtractedArticle(new Article(first(meta.id(), from.id()), outlet, url,
                first(knownTitle, repaired.title()), published, repaired.body(), from.origin(), urls), page);
    }

    /** A "404 Not Found" or similar page: a title that says so, and little text. */
    static boolean isErrorPage(HtmlPage page, String body) {
        return page.title() != null && ERROR_TITLE.matcher(page.title()).find()
                && ScrapeRepair.words(body) < ERROR_PAGE_MAX_WORDS;
    }

    /**
     * True when some line holds a run of words long enough to be a sentence. In scripts written without
     * spaces each letter is a word ({@link Scripts}): "肉をくわえたイヌが" is a run of nine.
     */
    static boolean hasSentence(String body) {
        for (String paragraph : body.split("\n")) {
            int run = 0;
            for (String word : paragraph.split("\\s+")) {
                int unspaced = unspacedLetters(word);
                run = unspaced > 0 ? run + unspaced : LETTER_WORD.matcher(word).matches() ? run + 1 : 0;
                if (run >= MIN_SENTENCE_WORDS) {
                    return true;
                }
            }
        }
        return false;
    }

    private static int unspacedLetters(String word) {
        int n = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isLetter(c) && Scripts.withoutSpaces(c)) {
                n++;
            }
        }
        return n;
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
