package io.storyline.ingest;

import io.storyline.analyze.time.CalendarWords;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.QueryParser;

/**
 * Finds an article's text and metadata in a web page. Markup never reaches the result: only text nodes
 * are read, after scripts, styles, navigation, footers and asides are removed. The main text is the
 * page's {@code <article>} when it holds the paragraphs, otherwise the element whose {@code <p>} children
 * carry the most text (paragraph scoring in the manner of Arc90's Readability), with link-heavy blocks
 * left out (link density, after Kohlschütter et al. 2010, "Boilerplate Detection using Shallow Text
 * Features"). A standfirst set before that element and paragraphs beside it join it ({@link StoryLead}).
 */
final class HtmlExtractor {

    /** Never text. */
    private static final String NON_TEXT = "script, style, noscript, template, iframe, svg, button, select, "
            + "figcaption, [hidden], [aria-hidden=true], textarea, xmp, plaintext, noembed, noframes, title";
    /**
     * A ruby annotation's reading aid (Japanese furigana, Chinese pinyin) and its fallback parentheses: the
     * text is the base characters ("子供", not "子こども").
     */
    private static final String RUBY_READINGS = "rt, rp";
    /**
     * An element its own inline style hides ({@code display: none}, {@code visibility: hidden}): a browser
     * shows none of it (a collapsed duplicate, the TeX source beside a formula, a copy of the story kept for
     * search engines), as it shows nothing under {@code [hidden]}. Only a declaration of the style's own:
     * "max-height: none" or "display: none-ish" names are not read as hiding.
     */
    private static final String STYLED_HIDDEN = "[style~=(?i)(^|;)\\s*(display\\s*:\\s*none|visibility\\s*:\\s*hidden)\\s*(;|!|$)]";
    /** All three, removed in one pass over the page. */
    private static final String NON_TEXT_OR_READINGS = NON_TEXT + ", " + RUBY_READINGS + ", " + STYLED_HIDDEN;
    /**
     * Page furniture, unless it wraps most of the page's paragraphs (some sites put the whole page in a
     * {@code <form>} or the story in an {@code <aside>}-less layout).
     */
    private static final String FURNITURE = "nav, footer, aside, form, [role=complementary], [role=navigation], "
            + "[role=contentinfo]";
    /**
     * Furniture words that are a whole part of a class or id name. A readers' comment section is named in the
     * page's language too ("kommentare", "komentarze", "comentarios", "reacties"); only the plural: the German
     * singular "Kommentar" is also an opinion column, which is a story. A "modal" is a dialog the page shows
     * over itself on demand (sign-up, donation, consent), never its story.
     */
    private static final Pattern FURNITURE_NAME = Pattern.compile(
            "(?i)(^|[-_ ])(share|sharing|social|comments?|kommentare|komentarze|comentarios|reacties|related|promo"
                    + "|newsletter|advert\\w*|ads?|cookies?|subscribe|sidebar|breadcrumbs?|menu|footer|nav|navigation"
                    + "|outbrain|taboola|popup|modal|donations?|donate|tags?|credits?"
                    + "|trending|popular|most-?read|more-?stories|read-?more|signup|sign-up|paywall|bio|author-bio"
                    + "|sr-only|visually-hidden|screen-reader-text|byline|dateline|timestamp|widget|widget-area"
                    + "|secondary)([-_ ]|$)");
    /**
     * A block hidden from view: "hidden" alone or as a state ("is-hidden", "u-hidden"). Behind another word
     * it says what of the block is hidden ("field--label-hidden": the field shows, its label does not) or
     * where ("hidden-xs": shown on every screen but the smallest), so the block's text is read.
     */
    private static final Pattern HIDDEN_NAME = Pattern.compile("(?i)(^|\\s)((is|u)-)?hidden(\\s|$)");
    /**
     * Words that mark furniture wherever they stand in a class name ("articleRelatedLinks", "imgCaption"). A
     * cookie banner or consent box, and the placeholder a consent tool puts where an embedded post waits
     * for the reader's consent ("BorlabsCookie": "click below to load this content"), is no story text.
     */
    private static final Pattern FURNITURE_PART = Pattern.compile(
            "(?i)caption|related|newsletter|recommend|sharing|share-?bar|social|outbrain|taboola|advert|sponsor"
                    + "|promo|subscri|comment|breadcrumb|trending|most-?popular|sidebar|author|autor|disclosure|disclaimer"
                    + "|cookie|consent");
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li",
            "ul", "ol", "blockquote", "pre", "section", "article", "main", "table", "tr", "dd", "dt", "dl",
            "header", "figure", "address", "center", "hr");
    /** Blocks that may be a list of links. */
    private static final Set<String> LINK_LIST_BLOCKS = Set.of("ul", "ol", "div", "p", "li", "section");
    private static final Set<String> DATE_META_NAMES = Set.of("pubdate", "publishdate", "publish-date",
            "date", "dc.date", "dc.date.issued", "sailthru.date", "parsely-pub-date", "article.published",
            "og:published_time", "datepublished");
    private static final int MIN_ARTICLE_CHARS = 200;
    /** How far into a text that opens with a tag {@link #looksLikeHtml} looks for the page's own tags. */
    private static final int HTML_TAG_SEARCH = 64 * 1024;
    private static final Pattern BYLINE_TAIL = Pattern.compile(
            "\\s+(@\\w+|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}|\\d{4}-\\d{2}-\\d{2}|(" + CalendarWords.alternation(CalendarWords.MONTH_STEMS) + ")[a-z]*\\.? \\d"
                    + "|(Updated|Published|Posted)\\b).*$");
    /** The word that introduces an author, in the languages of the pages read ("By", "Von", "Par", ...). */
    private static final String AUTHOR_WORD = "(?:by|von|par|por|di|door|przez|av|af)\\s*:?";
    /**
     * What is left of a byline whose name was removed as furniture (an author box or link): a short line
     * ending in the word that introduces an author ("By", "12/04/2020 by", "Written on by", "Von", "Por").
     */
    private static final Pattern BYLINE_HUSK = Pattern.compile("(?i)(?:[^.!?]{0,40}\\s)?" + AUTHOR_WORD);
    /** A byline husk after a date written with dots ("4.02.2022 par"), which {@link #BYLINE_HUSK} reads as a sentence's end. */
    private static final Pattern DATED_HUSK = Pattern.compile("(?i)(.{1,40}?)\\s+" + AUTHOR_WORD);
    /** Characters that are drawn as nothing, not after a {@code <} or {@code </} (where a space keeps "<\u00ADp>" text). */
    private static final Pattern INVISIBLE = Pattern.compile("(?<!<|</)[\\u200B-\\u200D\\u2060\\uFEFF\\u00AD]");
    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0E-\\x1F\\x7F\\u200B-\\u200D\\u2060\\uFEFF\\u00AD]");
    /**
     * Where the page says its main content is. A block holding it is the page's layout ("layout-container
     * has-sidebar"), never furniture, whatever its name. ({@code itemprop=articleBody} is no landmark: pages
     * also put it on the teasers of a "related posts" box.)
     */
    private static final String MAIN_LANDMARK = "main, [role=main]";
    /** Less is needed of a block the page itself marks as the article body. */
    private static final int MIN_MARKED_CHARS = 100;

    private HtmlExtractor() {
    }

    /**
     * Quick content check for pages saved without an .html extension. A page that opens with a tag may put
     * much before its {@code <html>} or {@code <body>} (a saved page that begins with a long {@code <style>}
     * block), so such a text is looked at further, up to {@link #HTML_TAG_SEARCH} characters.
     */
    static boolean looksLikeHtml(String text) {
        String head = text.substring(0, Math.min(text.length(), 1024)).stripLeading().toLowerCase();
        if (head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<html")) {
            return true;
        }
        if (!head.startsWith("<")) {
            return false;
        }
        String more = text.length() <= 1024 ? head
                : text.substring(0, Math.min(text.length(), HTML_TAG_SEARCH)).toLowerCase(java.util.Locale.ROOT);
        return more.contains("<body") || more.contains("<head") || more.contains("<html");
    }

    /** The page's article, with no address known for it. */
    static HtmlPage extract(String html) {
        return extract(html, null);
    }

    /** The page as the extractor reads it. */
    static Document parse(String html) {
        return parse(html, false);
    }

    /** @param controlFree the text's decoder saw no control or invisible character in it: none is searched for */
    private static Document parse(String html, boolean controlFree) {
        return Jsoup.parse(controlFree ? html : withoutControls(html));
    }

    /**
     * The page with its control and invisible characters dealt with before parsing, in one pass that
     * copies nothing when there are none (most pages). Invisible format characters (a soft hyphen, a
     * zero-width space or joiner, a stray byte-order mark) sit inside words ("Wein\u00ADberg"): they go, as
     * a browser shows them, unless a tag would open after them ({@link #INVISIBLE}). Control characters,
     * and an invisible one right after {@code <} or {@code </}, become spaces, so "<\u0001p>" stays the text
     * "< p>" (as a browser reads it) rather than becoming the tag "<p>" ({@link #CONTROL}). The same as
     * replacing {@link #INVISIBLE} by nothing and then {@link #CONTROL} by a space, without two pattern
     * searches over the whole page.
     */
    static String withoutControls(String html) {
        int first = firstControl(html);
        if (first < 0) {
            return html;
        }
        StringBuilder out = new StringBuilder(html.length());
        out.append(html, 0, first);
        char[] chunk = new char[4096]; // read in chunks: charAt on a whole page costs a bounds check a character
        char before1 = first > 0 ? html.charAt(first - 1) : 0; // the page's characters before this one, as written
        char before2 = first > 1 ? html.charAt(first - 2) : 0;
        for (int from = first; from < html.length(); from += chunk.length) {
            int to = Math.min(html.length(), from + chunk.length);
            html.getChars(from, to, chunk, 0);
            for (int i = 0; i < to - from; i++) {
                char c = chunk[i];
                if (isInvisible(c)) {
                    if (before1 == '<' || (before1 == '/' && before2 == '<')) {
                        out.append(' ');
                    }
                } else if (isControl(c)) {
                    out.append(' ');
                } else {
                    out.append(c);
                }
                before2 = before1;
                before1 = c;
            }
        }
        return out.toString();
    }

    /** Where the first character {@link #CONTROL} matches is, or -1: a plain loop, far quicker than the pattern. */
    private static int firstControl(String html) {
        char[] chunk = new char[4096];
        for (int from = 0; from < html.length(); from += chunk.length) {
            int to = Math.min(html.length(), from + chunk.length);
            html.getChars(from, to, chunk, 0);
            for (int i = 0; i < to - from; i++) {
                char c = chunk[i];
                if (c >= 0x20 && c < 0x7F) {
                    continue; // printable ASCII, most of any page: one test
                }
                if (isControl(c) || isInvisible(c)) {
                    return from + i;
                }
            }
        }
        return -1;
    }

    /** A character of {@link #INVISIBLE}. */
    private static boolean isInvisible(char c) {
        return (c >= '\u200B' && c <= '\u200D') || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
    }

    /** A character of {@link #CONTROL} that is not {@link #isInvisible invisible}. */
    private static boolean isControl(char c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r') || c == 0x7F;
    }

    /**
     * Extracts a page's article and metadata. Never throws for any input and never returns markup.
     *
     * @param html    the page
     * @param address where the page was read from (gives the outlet's domain and a date in the path), or null
     */
    public static HtmlPage extract(String html, String address) {
        return extract(html, address, BlockClassifier.inUse().choice());
    }

    /**
     * What decides which of the text blocks the rules keep make the article: the rules alone keep them all;
     * a {@link BlockClassifier} reads every block of the page first, before any furniture goes, and drops
     * the kept blocks it takes for boilerplate.
     */
    interface BlockChoice {
        /** Whether {@link #page} wants the page's blocks (reading them costs a pass over the page). */
        boolean readsPage();

        /** Every text block of the page once scripts and other non-text are gone, in page order. */
        void page(List<TextBlock> blocks);

        /** The blocks that make the article, of those the rules kept. */
        List<TextBlock> choose(List<TextBlock> kept);
    }

    /** The blocks of a page: all of them before any furniture goes, and those the rules keep. */
    record PageRead(List<TextBlock> page, List<double[]> pageFeatures, List<TextBlock> kept) {
    }

    /** A page's blocks as the rules read them, before any {@link BlockClassifier} decides (what it is trained on). */
    static PageRead ruleBlocks(String html) {
        List<List<TextBlock>> page = new ArrayList<>();
        List<List<double[]>> features = new ArrayList<>();
        List<List<TextBlock>> kept = new ArrayList<>();
        extract(html, null, new BlockChoice() {
            @Override
            public boolean readsPage() {
                return true;
            }

            @Override
            public void page(List<TextBlock> blocks) {
                page.add(blocks);
                features.add(BlockFeatures.of(blocks)); // now: the elements lose their places as furniture goes
            }

            @Override
            public List<TextBlock> choose(List<TextBlock> blocks) {
                kept.add(blocks);
                return blocks;
            }
        });
        return page.isEmpty() || kept.isEmpty() ? new PageRead(List.of(), List.of(), List.of())
                : new PageRead(page.get(0), features.get(0), kept.get(0));
    }

    static HtmlPage extract(String html, String address, BlockChoice choice) {
        return extract(html, false, address, choice);
    }

    /** @param controlFree the text's decoder saw no control or invisible character in it ({@link TextDecoder.Utf8Scan}) */
    static HtmlPage extract(String html, boolean controlFree, String address, BlockChoice choice) {
        Document doc = parse(html, controlFree);
        keepPageWithoutScripts(doc.body());
        // raw-text elements in the body hold unparsed markup as "text"
        doc.body().select(evaluator("title, textarea, xmp, plaintext, noembed, noframes, noscript, template, iframe")).remove();
        LinkedData linkedData = LinkedData.of(doc);
        // the meta tags gathered once for the many meta questions below (nothing is removed until the text)
        List<Element> metas = doc.getElementsByTag("meta");
        String url = firstNonBlank(absoluteHttp(attr(doc, "link[rel=canonical]", "href")),
                absoluteHttp(meta(metas, "meta[property=og:url]")), absoluteHttp(address));
        String siteName = firstNonBlank(meta(metas, "meta[property=og:site_name]"),
                meta(metas, "meta[name=application-name]"));
        String outlet = firstNonBlank(siteName, linkedData.publisher());
        HtmlPage.OutletSource outletFrom = siteName != null ? HtmlPage.OutletSource.SITE_NAME
                : outlet != null ? HtmlPage.OutletSource.LINKED_DATA : null;
        if (outlet == null) {
            outlet = domain(firstNonBlank(url, address));
            outletFrom = outlet == null ? null : HtmlPage.OutletSource.DOMAIN;
        }
        String docTitle = Jsoup.parse(doc.title()).text();
        String h1 = firstText(doc, "h1");
        List<String> titles = java.util.Arrays.asList(meta(metas, "meta[property=og:title]"),
                meta(metas, "meta[name=twitter:title]"), linkedData.headline(), docTitle, h1);
        String title = SiteTitle.strip(firstNonBlank(titles.toArray(String[]::new)), siteName,
                domain(firstNonBlank(url, address)), titles);
        List<PublicationTime> dates = new ArrayList<>();
        addDate(dates, DateParsing.parseTime(linkedData.datePublished(), PublicationTime.Source.JSON_LD));
        // each asked only when those before it gave no time: the third searches the whole page
        addDate(dates, firstTime(PublicationTime.Source.META,
                () -> meta(metas, "meta[property=article:published_time]"), () -> meta(metas, "meta[itemprop=datePublished]"),
                () -> attr(doc, "[itemprop=datePublished]", "datetime"), () -> namedDateMeta(metas)));
        addDate(dates, firstTime(PublicationTime.Source.TIME_ELEMENT, doc.select(evaluator("time[datetime]")).stream()
                .map(t -> t.attr("datetime")).toArray(String[]::new)));
        addDate(dates, DateParsing.fromUrl(url));
        if (dates.stream().noneMatch(d -> d.source() == PublicationTime.Source.URL) && address != null) {
            addDate(dates, DateParsing.fromUrl(address));
        }
        String byline = byline(doc, metas, linkedData);

        GalleryCaptions.keepOnGalleryPage(doc.body());
        doc.select(evaluator(NON_TEXT_OR_READINGS)).remove();
        Element body = doc.body();
        if (choice.readsPage()) {
            choice.page(blocksOf(body));
        }
        // headings with nothing under them in the page itself, before any furniture goes
        Set<Element> emptyInThePage = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        emptyInThePage.addAll(orphanHeadings(body));
        // where the page asks for a password (before its form goes as furniture)
        List<Elements> passwordFieldAncestors = body.select(evaluator("input[type=password]")).stream().map(Element::parents).toList();
        // counted once for the whole page: removing an element changes no count of the elements after it
        TextCounts counts = TextCounts.of(body);
        int totalParagraphText = counts.paragraphText(body);
        TextCounts.Removals layout = new TextCounts.Removals();
        java.util.function.ToIntFunction<Element> held = articleText(counts, body);
        int pageText = held.applyAsInt(body);
        for (Element e : body.select(evaluator(FURNITURE))) {
            // a sidebar may hold much text, a page-wide form or footer-less layout most of it
            int share = e.tagName().equals("form") ? 3 : 2;
            if (e.parent() != null && held.applyAsInt(e) * share < pageText) {
                layout.remove(e);
            }
        }
        // counted once more for both: after the named furniture goes they are too high only for the blocks that
        // held it, which makes no block likelier to be taken for a box of other stories (counted again only
        // where the layout went: the counts of the page as it is now, each time, without reading it all again)
        TextCounts afterLayout = counts.after(layout, body);
        Set<Element> holdingMainContent = landmarkAncestors(body);
        TextCounts.Removals furniture = new TextCounts.Removals();
        removeNamedFurniture(body, totalParagraphText, afterLayout, holdingMainContent, furniture);
        TitledFurniture.remove(body, totalParagraphText, afterLayout, holdingMainContent, furniture);
        TextCounts afterFurniture = afterLayout.after(furniture, body);
        Element container = mainContainer(body, afterFurniture);
        // a page whose main block asks for a password is a login or subscription wall (a sign-in box in the
        // page's header or a pop-up is not inside the article)
        boolean signInForm = passwordFieldAncestors.stream().anyMatch(ancestors -> ancestors.contains(container));
        // the page's counts hold for the container when it is a block of the page (not one made of copies)
        removeLinkLists(container, afterFurniture.holds(container) ? afterFurniture : TextCounts.of(container));
        for (Element heading : orphanHeadings(container)) {
            if (!emptyInThePage.contains(heading)) {
                heading.remove();
            }
        }
        // the headline and a stand-alone date line are metadata, already taken above
        container.select(evaluator("h1")).remove();
        container.select(evaluator("time")).forEach(t -> {
            if (t.parent() != null && !t.parent().tagName().equals("p")) {
                t.remove();
            }
        });
        List<TextBlock> blocks = choice.choose(container == body ? blocksOf(container) : withStoryAround(container, body));
        blocks = PaywallPrompt.without(blocks); // after the choice: its blocks are the story's, the prompt is not
        String text = DateStamp.withoutStampLines(TextBlock.text(blocks));
        return new HtmlPage(title, byline, outlet, outletFrom, url, dates, text, signInForm);
    }

    /**
     * The container's text with the story's text just outside it ({@link StoryLead}): the lead before it and
     * the paragraphs beside it, in page order.
     */
    private static List<TextBlock> withStoryAround(Element container, Element body) {
        List<TextBlock> parts = new ArrayList<>();
        Element alone = StoryLead.aloneIn(container, body); // its siblings are the container's neighbours in the story
        List<Element> before = StoryLead.paragraphsBefore(alone);
        Element lead = StoryLead.leadBefore(container, body);
        if (lead != null && !before.contains(lead)) {
            Element copy = lead.clone();
            copy.select(evaluator("h1, time")).remove(); // the headline and date are metadata, as in the container
            parts.addAll(blocksOf(copy));
        }
        before.forEach(p -> parts.addAll(blocksOf(p)));
        parts.addAll(blocksOf(container));
        StoryLead.paragraphsAfter(alone).forEach(p -> parts.addAll(blocksOf(p)));
        return parts;
    }

    /**
     * Some pages put their whole content in a {@code <noscript>}, for readers without JavaScript, and build
     * the page from scripts for the others. A {@code <noscript>} holding at least half of the page's text is
     * that page and is read; any other is a fallback for one widget (a tracking image, "enable JavaScript")
     * and goes.
     */
    private static void keepPageWithoutScripts(Element body) {
        List<Element> pages = body.select(evaluator("noscript")).stream()
                .filter(fallback -> fallback.text().length() >= MIN_ARTICLE_CHARS).toList();
        if (pages.isEmpty()) {
            return; // the usual case: none, or a tracking image
        }
        int pageText = body.text().length();
        for (Element fallback : pages) {
            if (fallback.parent() != null && fallback.text().length() * 2 >= pageText) {
                fallback.unwrap();
            }
        }
    }

    /**
     * Removes the blocks whose class or id names furniture ({@link #furnitureWord}). A name is evidence, not
     * proof: some pages use a furniture word for their story (sections named "...--ads" because ads may go
     * between them, a story body named "paywall-container"). When the named blocks leave less than an
     * article's paragraph text outside them, and the blocks named by the word of the first one holding an
     * article's paragraphs (a story comes before its comments) hold more text than all that is left, that
     * word is not furniture on this page (a forum thread's posts named "comment"). Paragraphs are weighed as
     * {@link #articleText} says: by visible text on a page written without them.
     */
    private static void removeNamedFurniture(Element body, int totalParagraphText, TextCounts counts,
            Set<Element> holdingMainContent, TextCounts.Removals removals) {
        Map<String, String> wordOfNames = new HashMap<>();
        List<Element> named = namedFurniture(body, null, counts, totalParagraphText, holdingMainContent, wordOfNames);
        String storyWord = storyWord(named, body, counts, wordOfNames);
        if (storyWord != null) {
            named = namedFurniture(body, storyWord, counts, totalParagraphText, holdingMainContent, wordOfNames);
        }
        named.forEach(removals::remove);
    }

    /**
     * How much of the story an element may hold, as the layout and named-furniture rules weigh it: its
     * paragraph text, or its visible text on a page with less than an article's paragraph text (a forum
     * thread whose posts are lines parted by {@code <br>} in {@code <div>}s, a page that sets its story in
     * no {@code <p>}). Weighed by paragraphs, such a page's every block holds nothing: a form wrapping the
     * whole page went as furniture, and so did posts named "comment", leaving the search box's text.
     */
    private static java.util.function.ToIntFunction<Element> articleText(TextCounts counts, Element body) {
        return counts.paragraphText(body) >= MIN_ARTICLE_CHARS ? counts::paragraphText : counts::textAtLeast;
    }

    /** The furniture word that names the page's story, as {@link #removeNamedFurniture} tells it, or null. */
    private static String storyWord(List<Element> named, Element body, TextCounts counts, Map<String, String> wordOfNames) {
        java.util.function.ToIntFunction<Element> held = articleText(counts, body);
        int namedText = 0;
        int namedParagraphs = 0;
        Element first = null;
        for (Element e : named) {
            namedText += counts.textAtLeast(e);
            namedParagraphs += held.applyAsInt(e);
            if (first == null && held.applyAsInt(e) >= MIN_ARTICLE_CHARS) {
                first = e;
            }
        }
        if (first == null || held.applyAsInt(body) - namedParagraphs >= MIN_ARTICLE_CHARS) {
            return null;
        }
        String word = wordOfNames.get(first.className() + " " + first.id());
        int wordText = 0;
        for (Element e : named) {
            if (wordOfNames.get(e.className() + " " + e.id()).equals(word)) {
                wordText += counts.textAtLeast(e);
            }
        }
        return wordText > counts.textAtLeast(body) - namedText ? word : null;
    }

    /**
     * The outermost blocks named as furniture by any word but {@code storyWord}, in document order: never
     * the article itself ({@code <article>}, {@code <main>}, an hAtom entry), a block holding the page's
     * main landmark, or one holding a third of the page's paragraph text. Each name is matched once.
     */
    private static List<Element> namedFurniture(Element body, String storyWord, TextCounts counts,
            int totalParagraphText, Set<Element> holdingMainContent, Map<String, String> wordOfNames) {
        List<Element> named = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element e) || e == body || isArticleItself(e)
                        || (!e.hasAttr("class") && !e.hasAttr("id"))) {
                    return FilterResult.CONTINUE;
                }
                String word = wordOfNames.computeIfAbsent(e.className() + " " + e.id(), HtmlExtractor::furnitureWord);
                if (!word.isEmpty() && !word.equals(storyWord) && counts.paragraphText(e) * 3 < totalParagraphText
                        && !holdingMainContent.contains(e)) {
                    named.add(e);
                    return FilterResult.SKIP_ENTIRELY; // goes whole, with whatever else is named inside
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                return FilterResult.CONTINUE;
            }
        }, body);
        return named;
    }

    /**
     * An {@code <article>}, a {@code <main>}, or an hAtom/microformats2 entry ("hentry", "h-entry": the post
     * itself, whose other names label its topics, "tag-harbour category-news", not its role).
     */
    private static boolean isArticleItself(Element e) {
        return e.normalName().equals("article") || e.normalName().equals("main")
                || e.hasClass("hentry") || e.hasClass("h-entry");
    }

    /**
     * The furniture word in a block's class and id names, lower case and singular ("ads" and "ad" are one
     * word), or "" when they name none.
     */
    static String furnitureWord(String names) {
        java.util.regex.Matcher m = FURNITURE_NAME.matcher(names);
        String word;
        if (m.find()) {
            word = m.group(2);
        } else if ((m = FURNITURE_PART.matcher(names)).find()) {
            word = m.group();
        } else if (HIDDEN_NAME.matcher(names).find()) {
            word = "hidden";
        } else {
            return "";
        }
        word = word.toLowerCase(java.util.Locale.ROOT);
        return word.length() > 2 && word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
    }

    /** Each {@link #MAIN_LANDMARK} and the elements that hold it; each is visited once, however deep. */
    private static Set<Element> landmarkAncestors(Element body) {
        Set<Element> ancestors = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Element landmark : body.select(evaluator(MAIN_LANDMARK))) {
            for (Element up = landmark; up != null && ancestors.add(up); up = up.parent()) {
                // climbs until it meets an ancestor already counted
            }
        }
        return ancestors;
    }

    /** The block that holds the story; {@code counts} are the page's as it is now. */
    private static Element mainContainer(Element body, TextCounts counts) {
        for (Element marked : body.select(evaluator("[itemprop=articleBody]"))) {
            if (counts.textAtLeast(marked) >= MIN_MARKED_CHARS || marked.text().length() >= MIN_MARKED_CHARS) {
                return marked; // the page says where its article is
            }
        }
        Element bestArticle = null;
        int bestArticleText = 0;
        for (Element article : body.select(evaluator("article, main"))) {
            int text = counts.paragraphText(article);
            if (text > bestArticleText) {
                bestArticle = article;
                bestArticleText = text;
            }
        }
        int total = counts.paragraphText(body);
        if (bestArticle != null && bestArticleText >= MIN_ARTICLE_CHARS && bestArticleText * 2 >= total) {
            return bestArticle;
        }
        Map<Element, Double> scores = new HashMap<>();
        for (Element p : body.select(evaluator("p"))) {
            int length = p.text().length();
            if (length < 25) {
                continue;
            }
            Element parent = p.parent();
            if (parent != null) {
                scores.merge(parent, (double) length, Double::sum);
                if (parent.parent() != null) {
                    scores.merge(parent.parent(), length / 2.0, Double::sum);
                }
            }
        }
        Element best = scores.entrySet().stream()
                .max(Map.Entry.<Element, Double>comparingByValue())
                .map(Map.Entry::getKey)
                .orElse(body);
        if (counts.paragraphText(best) < MIN_ARTICLE_CHARS) {
            Element textBlock = densestTextBlock(body);
            if (textBlock != null && !best.getAllElements().contains(textBlock)
                    && textBlock.ownText().length() > Math.max(counts.paragraphText(best), MIN_ARTICLE_CHARS)) {
                return textBlock;
            }
        }
        return withSectionSiblings(best, body, counts);
    }

    /**
     * For a page that writes its story without paragraphs (lines parted by {@code <br>} in one block): the
     * block whose own lines of at least 25 characters, with half of its children's, carry the most text, in
     * the manner of the paragraph scoring, each such block standing for a paragraph. Null when no block has
     * such lines.
     */
    private static Element densestTextBlock(Element body) {
        Map<Element, Double> scores = new HashMap<>();
        for (Element e : body.getAllElements()) {
            if (e == body || e.normalName().equals("a")) {
                continue;
            }
            int own = e.ownText().length();
            if (own >= 25) {
                scores.merge(e, (double) own, Double::sum);
                if (e.parent() != null && e.parent() != body) {
                    scores.merge(e.parent(), own / 2.0, Double::sum);
                }
            }
        }
        return scores.entrySet().stream().max(Map.Entry.<Element, Double>comparingByValue())
                .map(Map.Entry::getKey).orElse(null);
    }

    /**
     * Some pages cut one story into several sections of the same kind (the text, a figure, more text). From
     * the densest block, climb while the parent holds nothing more, then take the parent when sibling
     * sections of the same tag and class carry more of the story.
     */
    private static Element withSectionSiblings(Element best, Element body, TextCounts counts) {
        Element node = best;
        int own = counts.paragraphText(node);
        while (node.parent() != null && node.parent() != body && counts.paragraphText(node.parent()) <= own * 1.05) {
            node = node.parent();
        }
        if (node.parent() == null || node.parent() == body || node.className().isBlank()) {
            return best;
        }
        List<Element> parts = new ArrayList<>();
        int siblings = 0;
        for (Element sibling : node.parent().children()) {
            boolean sameKind = sibling.tagName().equals(node.tagName()) && sibling.className().equals(node.className());
            if (sibling == node || (sameKind && linkDensity(sibling, counts) < 0.25)) {
                parts.add(sibling);
                siblings += sibling == node ? 0 : counts.paragraphText(sibling);
            } else if (!parts.isEmpty() && sibling.tagName().matches("h[2-6]")) {
                parts.add(sibling); // a subheading between two sections of the story
            }
        }
        if (siblings < own * 0.3) {
            return best;
        }
        Element story = new Element("div");
        parts.forEach(part -> story.appendChild(part.clone()));
        return story;
    }

    private static double linkDensity(Element e, TextCounts counts) {
        int text = e.text().length();
        return text == 0 ? 1 : counts.linkText(e) / (double) text;
    }

    /**
     * Drops short blocks that are mostly links: navigation lists and "read more" rows; an item of a list that
     * stays is kept with it when it has words of its own ({@link ListItems}). Blocks are visited
     * in document order; what lies inside a dropped block is not looked at (it has gone with it), and a
     * block's text is built only when its counts leave the question open, never for a long block.
     */
    private static void removeLinkLists(Element container, TextCounts counts) {
        Deque<Element> pending = new ArrayDeque<>();
        pending.push(container);
        while (!pending.isEmpty()) {
            Element e = pending.pop();
            if (e != container && LINK_LIST_BLOCKS.contains(e.normalName())
                    && isLinkList(e, counts) && !ListItems.staysWithItsList(e, container)) {
                e.remove();
                continue;
            }
            for (int i = e.childrenSize() - 1; i >= 0; i--) {
                pending.push(e.child(i));
            }
        }
    }

    /**
     * Headings with nothing under them: each followed only by a heading of the same or a higher rank, or by
     * nothing, before the container ends. One that had text under it in the page titled a block that has
     * gone as furniture ("Related articles", "More on this topic" over a removed link list) and goes too;
     * one that had none in the page is the page's own (a section title over its subsections) and stays.
     */
    private static List<Element> orphanHeadings(Element container) {
        List<Element> headings = new ArrayList<>();
        List<Integer> events = new ArrayList<>(); // rank of each heading in order, 0 for text between them
        NodeTraversor.traverse(new NodeVisitor() {
            private Element open;

            @Override
            public void head(Node node, int depth) {
                if (open != null) {
                    return;
                }
                if (node instanceof Element e && e.normalName().length() == 2 && e.normalName().charAt(0) == 'h'
                        && e.normalName().charAt(1) >= '1' && e.normalName().charAt(1) <= '6') {
                    open = e;
                    headings.add(e);
                    events.add(e.normalName().charAt(1) - '0');
                } else if (node instanceof TextNode t && !t.isBlank()
                        && (events.isEmpty() || events.get(events.size() - 1) != 0)) {
                    events.add(0);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node == open) {
                    open = null;
                }
            }
        }, container);
        List<Element> orphans = new ArrayList<>();
        int next = Integer.MAX_VALUE; // what follows: MAX_VALUE the end, 0 text, else a kept heading's rank
        int heading = headings.size();
        for (int i = events.size() - 1; i >= 0; i--) {
            int rank = events.get(i);
            if (rank == 0) {
                next = 0;
                continue;
            }
            Element h = headings.get(--heading);
            if (next != 0 && (next == Integer.MAX_VALUE || next <= rank)) {
                orphans.add(h);
            } else {
                next = rank;
            }
        }
        return orphans;
    }

    /** At most 400 characters of text, more than 60% of them in links. */
    private static boolean isLinkList(Element e, TextCounts counts) {
        int linked = counts.linkText(e);
        if (linked == 0 || counts.textAtLeast(e) > 400 || linked <= 0.6 * counts.textAtLeast(e)) {
            return false; // the text could only be longer, so the share of links only smaller
        }
        String text = e.text();
        return !text.isEmpty() && text.length() <= 400 && linked > 0.6 * text.length();
    }

    /**
     * The text blocks of the container, a block per block element, nothing but text nodes, each with the
     * element that holds it and how much of it is link text ({@link TextBlock}).
     */
    private static List<TextBlock> blocksOf(Element container) {
        List<TextBlock> blocks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            /** The block element holding the open block's first text, and the link characters in it so far. */
            private Element owner;
            private int links;
            private int inLinks;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String text = t.text();
                    if (owner == null && !text.isBlank()) {
                        owner = blockOf(t, container);
                    }
                    links += inLinks > 0 ? text.strip().length() : 0;
                    current.append(text);
                } else if (node instanceof Element e) {
                    if (e.tagName().equals("a")) {
                        inLinks++;
                    } else if (e.tagName().equals("br")) {
                        current.append('\n');
                    } else if (e.tagName().equals("td") || e.tagName().equals("th")) {
                        current.append(' ');
                    } else if (BLOCKS.contains(e.tagName())) {
                        end();
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.tagName().equals("a")) {
                    inLinks--;
                } else if (node instanceof Element e && (e.tagName().equals("td") || e.tagName().equals("th"))) {
                    current.append(' ');
                } else if (node instanceof Element e && BLOCKS.contains(e.tagName())) {
                    end();
                }
            }

            void end() {
                flush(blocks, current, owner == null ? container : owner, container, links);
                owner = null;
                links = 0;
            }
        }, container);
        flush(blocks, current, container, container, 0);
        return blocks;
    }

    /** The nearest block element around a text node, up to the container. */
    private static Element blockOf(Node text, Element container) {
        Element e = text.parent() instanceof Element parent ? parent : container;
        while (e != container && e.parent() != null && !BLOCKS.contains(e.tagName())) {
            e = e.parent();
        }
        return e;
    }

    /** Ends the current block; a {@link #BYLINE_HUSK} or a {@link PhotoCaption#credited picture's credit} is no paragraph. */
    private static void flush(List<TextBlock> blocks, StringBuilder current, Element owner, Element root, int links) {
        if (current.length() == 0) {
            return; // a block element with no text of its own before it: the usual case, nothing to end
        }
        String block = spaced(current);
        if (!block.isEmpty() && !(block.length() <= 60 && (BYLINE_HUSK.matcher(block).matches() || isDatedHusk(block)))
                && !PhotoCaption.credited(block)) {
            blocks.add(new TextBlock(block, owner, root, Math.min(links, block.length())));
        }
        current.setLength(0);
    }

    /**
     * A block's text as it is kept: each run of spaces, tabs and no-break spaces one space, no space beside a
     * line break, nothing around. One pass over the characters rather than two pattern replacements (the
     * same result: {@code "[ \\t\\u00A0]+"} by a space, then {@code " ?\\n ?"} by a line break, then strip).
     */
    static String spaced(CharSequence text) {
        int n = text.length();
        char[] out = new char[n]; // read and written in place: what is kept is never ahead of what is read
        if (text instanceof StringBuilder builder) {
            builder.getChars(0, n, out, 0);
        } else {
            text.toString().getChars(0, n, out, 0);
        }
        int length = 0;
        boolean spaceBefore = false; // the last character kept is a space standing for a run
        boolean afterBreak = false; // the last character kept is a line break: a run of spaces after it goes
        for (int i = 0; i < n; i++) {
            char c = out[i];
            if (c == ' ' || c == '\t' || c == '\u00A0') {
                if (!afterBreak && !spaceBefore) { // a run after a break goes whole; any other is one space
                    out[length++] = ' ';
                    spaceBefore = true;
                }
                continue;
            }
            if (c == '\n') {
                if (spaceBefore) {
                    length--; // the space before a break goes
                }
                out[length++] = '\n';
                spaceBefore = false;
                afterBreak = true;
                continue;
            }
            out[length++] = c;
            spaceBefore = false;
            afterBreak = false;
        }
        return new String(out, 0, length).strip();
    }

    private static boolean isDatedHusk(String block) {
        java.util.regex.Matcher m = DATED_HUSK.matcher(block);
        return m.matches() && DateStamp.isStamp(m.group(1));
    }

    private static String namedDateMeta(List<Element> metas) {
        for (Element m : metas) {
            if (!m.is(evaluator("meta[name], meta[property]"))) {
                continue;
            }
            String name = (m.hasAttr("name") ? m.attr("name") : m.attr("property")).toLowerCase();
            if (DATE_META_NAMES.contains(name) && !m.attr("content").isBlank()) {
                return m.attr("content");
            }
        }
        return null;
    }

    private static void addDate(List<PublicationTime> dates, PublicationTime found) {
        if (found != null) {
            dates.add(found);
        }
    }

    private static PublicationTime firstTime(PublicationTime.Source source, String... values) {
        for (String v : values) {
            PublicationTime t = DateParsing.parseTime(v, source);
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    @SafeVarargs
    private static PublicationTime firstTime(PublicationTime.Source source, java.util.function.Supplier<String>... values) {
        for (java.util.function.Supplier<String> v : values) {
            PublicationTime t = DateParsing.parseTime(v.get(), source);
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    /** Authors from JSON-LD, author meta tags, or the page's byline element; "By " dropped. */
    private static String byline(Document doc, List<Element> metas, LinkedData linkedData) {
        String found = firstNonBlank(linkedData.author(), notAnAddress(meta(metas, "meta[name=author]")),
                notAnAddress(meta(metas, "meta[property=article:author]")),
                notAnAddress(meta(metas, "meta[name=byl]")));
        if (found == null) { // the page's elements searched only when its metadata names no author
            found = firstNonBlank(shortText(doc, "[itemprop=author] [itemprop=name], [itemprop=author], [rel=author], "
                    + "[class*=byline], [class*=author-name]"));
        }
        if (found == null) {
            return null;
        }
        // byline elements often run on into a handle or the date: "Ada Moss @adamoss Nov 19, 2019"
        String byline = BYLINE_TAIL.matcher(found.replaceFirst("(?i)^by\\s+", "")).replaceFirst("").strip();
        return byline.isEmpty() ? null : byline;
    }

    private static String notAnAddress(String value) {
        return value == null || value.startsWith("http") || value.startsWith("/") ? null : value;
    }

    private static String shortText(Document doc, String query) {
        for (Element e : doc.select(evaluator(query))) {
            String text = e.text().strip();
            if (!text.isEmpty() && text.length() <= 120) {
                return text;
            }
        }
        return null;
    }

    /** The host name without "www.", or null when the value is not an http(s) address. */
    static String domain(String address) {
        String absolute = absoluteHttp(address);
        if (absolute == null) {
            return null;
        }
        try {
            String host = java.net.URI.create(absolute).getHost();
            if (host == null || host.isBlank()) {
                return null;
            }
            return host.toLowerCase(java.util.Locale.ROOT).replaceFirst("^www\\d?\\.", "");
        } catch (IllegalArgumentException notAUri) {
            return null;
        }
    }

    /** The value if it is an absolute http(s) address, else null. */
    private static String absoluteHttp(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        String lower = v.toLowerCase(java.util.Locale.ROOT);
        return (lower.startsWith("http://") || lower.startsWith("https://")) && !v.contains(" ") ? v : null;
    }

    /**
     * The first non-blank {@code content} of the meta tags {@code query} selects, as {@link #attr} reads it;
     * asked of the page's meta tags ({@code metas}, in page order) rather than the whole page each time.
     */
    private static String meta(List<Element> metas, String query) {
        Evaluator wanted = evaluator(query);
        return firstValue(metas.stream().filter(e -> e.is(wanted)).toList(), "content");
    }

    /** The extractor's queries, a fixed handful of selectors, each parsed once (a query given as text is parsed at every call). */
    private static final java.util.Map<String, Evaluator> EVALUATORS = new java.util.concurrent.ConcurrentHashMap<>();

    static Evaluator evaluator(String query) {
        return EVALUATORS.computeIfAbsent(query, QueryParser::parse);
    }

    private static String attr(Document doc, String query, String attribute) {
        return firstValue(doc.select(evaluator(query)), attribute);
    }

    private static String firstValue(List<Element> found, String attribute) {
        for (Element e : found) {
            String v = e.attr(attribute).strip();
            if (!v.isEmpty()) {
                return Jsoup.parse(v).text();
            }
        }
        return null;
    }

    private static String firstText(Document doc, String query) {
        Element e = doc.selectFirst(evaluator(query));
        return e == null ? null : e.text();
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
